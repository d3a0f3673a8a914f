/** What every `testfest serve …` subcommand shares: option parsing and running until interrupted. */
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors';
import { HttpClientUrls } from '../../targets/reference/lwm2m/server/http-clients';
import type { OscoreCredentials } from '../../targets/reference/lwm2m/server/security/oscore-credentials';

/** Resolves on the first SIGINT or SIGTERM: a served implementation runs until then. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

export function positive(name: string, v: string): number {
  const n = Number(v);
  if (!(n > 0)) throw new UsageError(`${name} must be a positive number (got "${v}")`);
  return n;
}

/** A UDP/TCP port option: 0..65535, 0 = any free port. */
export function portOption(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`${flag} must be 0..65535 (got "${v}")`);
  return n;
}

/** The transports a reference server can listen on (`--transport coap,coaps,…`); http (binding H, TS-Transport 1.2 §7) is `serve server` only. */
export const SERVE_TRANSPORTS = ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'http'] as const;
export type ServeTransport = (typeof SERVE_TRANSPORTS)[number];

/** `coap,coaps` → ['coap', 'coaps']: known names, no repeats. */
export function transportsOption(v: string): ServeTransport[] {
  const names = v.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) throw new UsageError(`--transport needs at least one of ${SERVE_TRANSPORTS.join(', ')}`);
  for (const name of names) {
    if (!(SERVE_TRANSPORTS as readonly string[]).includes(name)) throw new UsageError(`--transport: unknown transport "${name}" (use ${SERVE_TRANSPORTS.join(', ')})`);
  }
  if (new Set(names).size !== names.length) throw new UsageError(`--transport lists a transport twice (got "${v}")`);
  return names as ServeTransport[];
}

/**
 * `ep=http://host:port`: the client's own HTTP server, where the http listener sends DM requests
 * (TS-Transport 1.2 §7 does not carry it; docs/server-control-api.md "HTTP client URLs").
 */
export function httpClientOption(v: string): { endpoint: string; url: string } {
  const at = v.indexOf('=');
  if (at <= 0) throw new UsageError(`--http-client must be ep=http://host:port (got "${v}")`);
  const endpoint = v.slice(0, at);
  try {
    return { endpoint, url: new HttpClientUrls().set(endpoint, v.slice(at + 1)) };
  } catch (e) {
    throw new UsageError(`--http-client: ${(e as Error).message}`);
  }
}

/** TS-Transport §5.2.8.1: identity up to 128 bytes, key up to 64 bytes. */
function hexKey(flag: string, hex: string): Buffer {
  if (!/^(?:[0-9a-fA-F]{2}){1,64}$/.test(hex)) throw new UsageError(`${flag}: the key must be 1..64 bytes of hex (got "${hex}")`);
  return Buffer.from(hex, 'hex');
}

const part = (flag: string, s: string, what: string): string => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(s);
  } catch {
    throw new UsageError(`${flag}: bad %-escape in the ${what} "${s}"`);
  }
  if (decoded === '' || Buffer.byteLength(decoded) > 128) throw new UsageError(`${flag}: the ${what} must be 1..128 bytes`);
  return decoded;
};

/** `identity:hexkey` (the client's side; %3A for a ':' inside the identity). */
export function pskOption(flag: string, v: string): { identity: string; key: Buffer } {
  const pieces = v.split(':');
  if (pieces.length !== 2) throw new UsageError(`${flag} must be identity:hexkey, with %3A for a ':' inside the identity (got "${v}")`);
  return { identity: part(flag, pieces[0]!, 'identity'), key: hexKey(flag, pieces[1]!) };
}

/** `ep:identity:hexkey` (a server's security store entry; %3A for a ':' in ep or identity, e.g. urn%3Aimei%3A1). */
export function endpointPskOption(v: string): { endpoint: string; identity: string; key: Buffer } {
  const pieces = v.split(':');
  if (pieces.length !== 3) throw new UsageError(`--psk must be ep:identity:hexkey, with %3A for a ':' inside ep or identity (got "${v}")`);
  return { endpoint: part('--psk', pieces[0]!, 'endpoint name'), identity: part('--psk', pieces[1]!, 'identity'), key: hexKey('--psk', pieces[2]!) };
}

/**
 * `ep:senderIdHex:recipientIdHex:secretHex[:saltHex]`: an OSCORE context (RFC 8613 §3.2) in the
 * server's view — senderId is the server's (the client's /21/y/2 Recipient ID), recipientId the
 * client's Sender ID (/21/y/1, the kid of its requests). An ID may be empty (`ep::01:…`, §3.3).
 */
export function endpointOscoreOption(v: string): { endpoint: string; oscore: OscoreCredentials } {
  const pieces = v.split(':');
  if (pieces.length !== 4 && pieces.length !== 5) throw new UsageError(`--oscore must be ep:senderIdHex:recipientIdHex:secretHex[:saltHex] (server's view; %3A for a ':' in ep) (got "${v}")`);
  const hex = (what: string, s: string, allowEmpty: boolean): Buffer => {
    if (!(allowEmpty && s === '') && !/^(?:[0-9a-fA-F]{2})+$/.test(s)) throw new UsageError(`--oscore: the ${what} must be ${allowEmpty ? '' : 'non-empty '}even-length hex (got "${s}")`);
    return Buffer.from(s, 'hex');
  };
  const oscore: OscoreCredentials = {
    senderId: hex('Sender ID', pieces[1]!, true),
    recipientId: hex('Recipient ID', pieces[2]!, true),
    masterSecret: hex('Master Secret', pieces[3]!, false),
    ...(pieces[4] !== undefined ? { masterSalt: hex('Master Salt', pieces[4], true) } : {}),
  };
  const { serverSecurityContext } = require('../../targets/reference/lwm2m/server/security/oscore-credentials') as typeof import('../../targets/reference/lwm2m/server/security/oscore-credentials');
  try {
    serverSecurityContext(oscore); // §3.3: IDs that fit the nonce and differ
  } catch (e) {
    throw new UsageError(`--oscore: ${(e as Error).message}`);
  }
  return { endpoint: part('--oscore', pieces[0]!, 'endpoint name'), oscore };
}

/** commander collector for repeatable options. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** A PEM file's text, with a clear error. */
export function readPem(flag: string, file: string, kind: 'CERTIFICATE' | 'PRIVATE KEY'): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${flag} ${file}: ${(e as Error).message}`);
  }
  if (!text.includes('-----BEGIN') || !text.includes(kind)) throw new UsageError(`${flag} ${file}: not a PEM ${kind.toLowerCase()}`);
  return text;
}

/** `coap://h:p` … `coaps+tcp://h:p`: the scheme of a server URI, or a usage error. */
export function uriScheme(flag: string, uri: string): ServeTransport {
  const m = /^(coaps?(?:\+tcp)?):\/\/[^/]+\/?$/.exec(uri);
  if (!m) throw new UsageError(`${flag} must be a coap://, coaps://, coap+tcp:// or coaps+tcp:// URI (got "${uri}")`);
  return m[1] as ServeTransport;
}

/** What `serve server` / `serve bootstrap` share: where to listen and which credentials to hold. */
export interface ListenFlags {
  address: string;
  port: string;
  securePort: string;
  transport: string;
  psk?: string[];
  x509?: string[];
  oscore?: string[];
  cert?: string;
  key?: string;
  ca?: string;
  requireClientCert?: boolean;
  tcpTls?: string;
}

export interface ListenPlan {
  listeners: Array<{ transport: ServeTransport; address: string; port: number; tls?: 'certificate' | 'psk' }>;
  credentials?: { cert: string; key: string; ca?: string; requireClientCert?: boolean };
  /** Security store entries: endpoint → PSK, x509 (certificate CN = endpoint) or an OSCORE context (coap). */
  security: Array<[string, { psk: { identity: string; key: Buffer } } | { x509: true } | { oscore: OscoreCredentials }]>;
}

/** Checks and turns the listen flags into listeners, server credentials and security entries. */
export function listenPlan(flags: ListenFlags): ListenPlan {
  const transports = transportsOption(flags.transport);
  const port = portOption('--port', flags.port);
  const securePort = portOption('--secure-port', flags.securePort);
  if ((flags.cert === undefined) !== (flags.key === undefined)) throw new UsageError('--cert and --key go together (the server certificate and its private key)');
  const credentials =
    flags.cert !== undefined && flags.key !== undefined
      ? { cert: readPem('--cert', flags.cert, 'CERTIFICATE'), key: readPem('--key', flags.key, 'PRIVATE KEY'), ca: flags.ca === undefined ? undefined : readPem('--ca', flags.ca, 'CERTIFICATE'), requireClientCert: flags.requireClientCert }
      : undefined;
  if (credentials === undefined && (flags.ca !== undefined || flags.requireClientCert)) throw new UsageError('--ca / --require-client-cert need the server certificate (--cert, --key)');
  const secured = transports.some((t) => t === 'coaps' || t === 'coaps+tcp');
  if (!secured && (credentials !== undefined || (flags.psk ?? []).length > 0 || (flags.x509 ?? []).length > 0)) {
    throw new UsageError('--psk, --x509 and --cert need a secured transport: add coaps or coaps+tcp to --transport');
  }
  if ((flags.x509 ?? []).length > 0 && credentials?.ca === undefined) throw new UsageError('--x509 clients need --cert, --key and --ca (the CA that signs the client certificates)');
  if (flags.tcpTls !== undefined && flags.tcpTls !== 'psk' && flags.tcpTls !== 'certificate') throw new UsageError(`--tcp-tls must be psk or certificate (got "${flags.tcpTls}")`);
  if (flags.tcpTls === 'certificate' && credentials === undefined) throw new UsageError('--tcp-tls certificate needs --cert and --key');
  const security: ListenPlan['security'] = [];
  for (const v of flags.psk ?? []) {
    const { endpoint, identity, key } = endpointPskOption(v);
    if (security.some(([, info]) => 'psk' in info && info.psk.identity === identity)) throw new UsageError(`--psk: identity "${identity}" is given twice`);
    security.push([endpoint, { psk: { identity, key } }]);
  }
  for (const endpoint of flags.x509 ?? []) security.push([part('--x509', endpoint, 'endpoint name'), { x509: true }]);
  if ((flags.oscore ?? []).length > 0 && !transports.includes('coap')) throw new UsageError('--oscore needs the coap transport (OSCORE runs over plain CoAP here): add coap to --transport');
  for (const v of flags.oscore ?? []) {
    const { endpoint, oscore } = endpointOscoreOption(v);
    const key = `${oscore.recipientId.toString('hex')}`;
    if (security.some(([, info]) => 'oscore' in info && info.oscore.recipientId.toString('hex') === key)) throw new UsageError(`--oscore: Recipient ID "${key}" is given twice (it names one endpoint)`);
    security.push([endpoint, { oscore }]);
  }
  // http and coap+tcp are both TCP: one --port cannot take both.
  if (transports.includes('http') && transports.includes('coap+tcp') && port !== 0) throw new UsageError('http and coap+tcp would both listen on TCP --port: use --port 0 or leave one out');
  const listeners = transports.map((transport) => ({
    transport,
    address: flags.address,
    port: transport === 'coaps' || transport === 'coaps+tcp' ? securePort : port,
    ...(transport === 'coaps+tcp' ? { tls: (flags.tcpTls as 'psk' | 'certificate' | undefined) ?? (credentials ? 'certificate' : 'psk') } : {}),
  }));
  return { listeners, credentials, security };
}

/** The client's credentials for one account, from `--psk identity:hexkey` or `--cert/--key` (+ `--ca` or `--server-cert`). */
export interface AccountFlags {
  psk?: string;
  cert?: string;
  key?: string;
  ca?: string;
  serverCert?: string;
}

export type AccountCredentialsPlan =
  | { mode: 'nosec' }
  | { mode: 'psk'; identity: string; key: Buffer }
  | { mode: 'certificate'; certificate: Buffer; privateKey: Buffer; serverPublicKey: Buffer; certificateUsage: 2 | 3 };

/**
 * TS-Core App. E.1: PSK → /0/x/3 identity, /0/x/5 key; certificate → /0/x/3 DER certificate,
 * /0/x/5 DER PKCS#8 key, /0/x/4 the trust anchor (`--ca`, usage 2) or the server's own certificate
 * (`--server-cert`, usage 3, exact match).
 */
export function accountCredentials(uriFlag: string, uri: string, flags: AccountFlags, pskFlag = '--psk'): AccountCredentialsPlan {
  const scheme = uriScheme(uriFlag, uri);
  const secured = scheme === 'coaps' || scheme === 'coaps+tcp';
  const wantsCert = flags.cert !== undefined || flags.key !== undefined || flags.ca !== undefined || flags.serverCert !== undefined;
  if (!secured) {
    if (flags.psk !== undefined || wantsCert) throw new UsageError(`${pskFlag} / --cert need a coaps:// or coaps+tcp:// ${uriFlag} (got "${uri}")`);
    return { mode: 'nosec' };
  }
  if (flags.psk !== undefined && wantsCert) throw new UsageError(`give either ${pskFlag} or --cert/--key, not both`);
  if (flags.psk !== undefined) return { mode: 'psk', ...pskOption(pskFlag, flags.psk) };
  if (flags.cert === undefined || flags.key === undefined) throw new UsageError(`${uriFlag} ${uri} is secured: give ${pskFlag} identity:hexkey${pskFlag === '--psk' ? ', or --cert and --key (with --ca or --server-cert)' : ''}`);
  if ((flags.ca === undefined) === (flags.serverCert === undefined)) throw new UsageError('with --cert, give exactly one of --ca (trust anchor, usage 2) or --server-cert (the server\'s own certificate, usage 3)');
  const { X509Certificate, createPrivateKey } = require('node:crypto') as typeof import('node:crypto');
  const der = (flag: string, file: string): Buffer => new X509Certificate(readPem(flag, file, 'CERTIFICATE')).raw;
  return {
    mode: 'certificate',
    certificate: der('--cert', flags.cert),
    privateKey: createPrivateKey(readPem('--key', flags.key, 'PRIVATE KEY')).export({ type: 'pkcs8', format: 'der' }),
    serverPublicKey: flags.ca !== undefined ? der('--ca', flags.ca) : der('--server-cert', flags.serverCert!),
    certificateUsage: flags.ca !== undefined ? 2 : 3,
  };
}
