/**
 * How one of the suite's scripted servers (LwM2M Server, Bootstrap-Server) is reached and secured:
 * the transport it listens on (TS-Transport 1.2 §5), what its listener accepts, and what the client's
 * account is provisioned with (TS-Core App. E.1). Over coaps and coaps+tcp the default is PSK with an
 * identity and key generated per server (RFC 7925 §4.2; ETS App. C provisions PSK accounts); the
 * certificate cases use the test PKI (targets/reference/transport/dtls/test-pki.ts).
 */
import { randomBytes } from 'node:crypto';
import type { AccountCredentials, AccountSecurity } from '../../targets/reference/lwm2m/configurations/with-security';
import type { MqttAccountValues } from '../../targets/reference/lwm2m/configurations/mqtt-account';
import type { ScenarioMqttConnection } from './scenario-mqtt-broker';
import { generatedOscore, type OscoreValues } from '../../targets/reference/lwm2m/configurations/oscore-account';
import { testPki, SERVER_NAME, type PemFiles } from '../../targets/reference/transport/dtls/test-pki';
import { InconclusiveError } from '../support/verdict';
import type { BrokerKind } from '../support/run-broker';
import { isSecured, type Lwm2mTransport } from '../support/transport';

/** What the harness's listener accepts. */
export type ListenerCredentials =
  | { mode: 'nosec' }
  /** identity → key; an identity not listed is refused (RFC 4279 §2 unknown_psk_identity). */
  | { mode: 'psk'; keys: ReadonlyMap<string, Buffer> }
  /** PEM: our certificate and key; client certificates must chain to `clientCa` (mutual authentication). */
  | { mode: 'x509'; cert: string; key: string; clientCa: string };

export interface HarnessSecurity {
  transport: Lwm2mTransport;
  listener: ListenerCredentials;
  /** What the client's account gets (/0/x/2..5, 15). */
  client: AccountCredentials;
  /** Host name in the account's URI (the client maps it with its `hosts` table); default the bound address. */
  host?: string;
  /**
   * OSCORE on top (RFC 8613; ETS C.22–C.24): the /21 values the client's account gets (/0/x/17 links
   * them) and the ones the listener derives its server-side context from — the same, unless a
   * negative case gives the server another Master Secret.
   */
  oscore?: { account: OscoreValues; listener: OscoreValues };
  /**
   * http: the base URL of the client's own HTTP server for endpoint `ep` (TS-Transport 1.2 §7 gives
   * the server no way to learn it: the client target tells, e.g. the reference client's httpUrl()).
   */
  httpClientUrl?: (endpointName: string) => string | undefined;
  /** mqtt: which broker the run uses (the server connects to it, the account's URI names it); default aedes. */
  broker?: BrokerKind;
  /**
   * mqtt: a scenario's own broker instead of the run's (ETS 1.2 int-19: mqtts with TLS-PSK and
   * passwords) — how the suite's server connects to it, and the /24 (and /23) the client's account links.
   */
  mqtt?: { connection: ScenarioMqttConnection; account?: MqttAccountValues };
}

/**
 * The transports the harness can listen on: over mqtt it subscribes at the run's broker (TS-Transport
 * 1.2 §8.3), over http it is the HTTP server of the client-initiated interfaces (§7).
 */
export const HARNESS_TRANSPORTS: readonly Lwm2mTransport[] = ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'mqtt', 'http'];

export function assertListenable(transport: Lwm2mTransport): void {
  if (!HARNESS_TRANSPORTS.includes(transport)) {
    throw new InconclusiveError(`harness: the suite's LwM2M test servers cannot listen on ${transport} yet (they listen on ${HARNESS_TRANSPORTS.join(', ')})`);
  }
}

/** A fresh PSK: a readable identity naming the server, a 128-bit key (TS-Transport §5.2.8.1 PSK_WITH_AES_128_CCM_8). */
export function generatedPsk(label: string): { identity: string; key: Buffer } {
  return { identity: `testfest-${label}-${randomBytes(4).toString('hex')}`, key: randomBytes(16) };
}

export function pskSecurity(transport: Lwm2mTransport, label: string): HarnessSecurity {
  const psk = generatedPsk(label);
  return { transport, listener: { mode: 'psk', keys: new Map([[psk.identity, psk.key]]) }, client: { mode: 'psk', ...psk } };
}

/** The run's default for a server: NoSec on coap / coap+tcp, a generated PSK on coaps / coaps+tcp. */
export function defaultSecurity(transport: Lwm2mTransport, label: string): HarnessSecurity {
  if (isSecured(transport)) return pskSecurity(transport, label);
  return { transport, listener: { mode: 'nosec' }, client: { mode: 'nosec' } };
}

/** OSCORE over `transport` (the layer below as the run's default: NoSec on coap), a fresh context per server. */
export function oscoreSecurity(transport: Lwm2mTransport, label: string): HarnessSecurity {
  const account = generatedOscore();
  return { ...defaultSecurity(transport, label), oscore: { account, listener: account } };
}

/** PEM → DER (the Security Object holds DER, TS-Core App. E.1). */
export function derOf(pem: string): Buffer {
  const body = /-----BEGIN [^-]+-----([\s\S]*?)-----END [^-]+-----/.exec(pem);
  if (!body) throw new Error('not a PEM block');
  return Buffer.from(body[1]!.replace(/\s+/g, ''), 'base64');
}

export interface CertificateSecurityOptions {
  /** The certificate the server presents; default the test PKI's server.example.com. */
  serverCertificate?: PemFiles;
  /** The name in /0/x/0; default server.example.com. */
  host?: string;
  /** /0/x/15; default 0 (CA constraint: /0/x/4 is the CA, the name must match). */
  certificateUsage?: 0 | 1 | 2 | 3;
  /** /0/x/4; default the test CA (usage 0, 2) or the presented certificate (usage 1, 3). */
  serverPublicKey?: string;
}

/**
 * Certificate mode (/0/x/2 = 2): the server presents `serverCertificate`, the client holds the test
 * PKI's client certificate (CN testfest-client) and trusts what /0/x/4 names.
 */
export function certificateSecurity(transport: Lwm2mTransport, options: CertificateSecurityOptions = {}): HarnessSecurity {
  const pki = testPki();
  const presented = options.serverCertificate ?? pki.server;
  const usage = options.certificateUsage ?? 0;
  const trusted = options.serverPublicKey ?? (usage === 1 || usage === 3 ? presented.cert : pki.ca.cert);
  return {
    transport,
    host: options.host ?? SERVER_NAME,
    listener: { mode: 'x509', cert: presented.cert, key: presented.key, clientCa: pki.ca.cert },
    client: { mode: 'certificate', certificate: derOf(pki.client.cert), privateKey: derOf(pki.client.key), serverPublicKey: derOf(trusted), certificateUsage: usage },
  };
}

/** The client's account for a test server at `uri`: URI and credentials, plus OSCORE and MQTT links (TS-Core App. E.1). */
export function accountFor(uri: string, security: HarnessSecurity): AccountSecurity {
  const mqtt = security.mqtt?.account;
  return { uri, credentials: security.client, ...(security.oscore ? { oscore: security.oscore.account } : {}), ...(mqtt ? { mqtt } : {}) };
}
