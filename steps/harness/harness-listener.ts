/**
 * The listening CoAP endpoint of one of the suite's scripted servers, on the transport and security
 * of a HarnessSecurity: coap (RFC 7252 UDP), coaps (DTLS 1.2, RFC 7252 §9.1), coap+tcp and coaps+tcp
 * (RFC 8323 §3–4, TLS with PSK or certificates), mqtt (TS-Transport 1.2 §8: an MQTT client of the
 * run's broker subscribed to `lwm2m/rd/#` or `lwm2m/bs/#`, its URI the broker's), http (§7: the HTTP
 * server of Register/Bootstrap-Request; DM requests go to the client's own HTTP server, whose URL
 * the client target tells). The transcript still shows decrypted CoAP; the
 * security layer's outcome (and OSCORE's, RFC 8613: the listener then verifies and decrypts every
 * request with a server-role context from the account's /21 values, and keeps the protected messages
 * as they crossed the wire in `wire`) (handshake done with cipher suite and identity, or why it failed) is
 * written into the same transcript and kept in `handshakes` for the security criteria.
 */
import { createUdpEndpoint } from '../../targets/reference/transport/coap-udp/endpoint';
import { describePeer } from '../../targets/reference/transport/coap-udp/peer';
import type { CoapEndpoint, PeerAddress } from '../../targets/reference/transport/coap-udp/types';
import { createTcpServerEndpoint, type TlsServerOptions } from '../../targets/reference/transport/coap-tcp';
import { createDtlsServerEndpoint, type DtlsEvent } from '../../targets/reference/transport/dtls';
import { createMqttLwm2mEndpoint } from '../../targets/reference/transport/mqtt';
import { resolveTiming } from '../../targets/reference/transport/coap-udp/parameters';
import { runBroker } from '../support/run-broker';
import { createHttpLwm2mServerEndpoint } from '../../targets/reference/transport/http';
import { object21Values } from '../../targets/reference/lwm2m/configurations/oscore-account';
import { oscoreContextFromObject21, oscoreEndpoint } from '../../targets/reference/transport/oscore';
import type { TranscriptEntry } from '../../targets/reference/transport/coap-udp/types';
import { withInnerTranscript } from './oscore-inner-transcript';
import { assertListenable, type HarnessSecurity, type ListenerCredentials } from './harness-security';
import { TRANSCRIPT_SECTION, type EvidenceSink } from './transcript-recorder';

/** One security-layer event at the harness's listener. */
export interface HandshakeRecord {
  at: number;
  peer: PeerAddress;
  outcome: 'started' | 'connected' | 'failed';
  /** Cipher suite and identity (connected) or the reason (failed). */
  detail: string;
}

export interface HarnessListener {
  coap: CoapEndpoint;
  /** The URI clients are given when it is not `scheme://address:port` of `coap.local` (mqtt: the broker's). */
  readonly uri?: string;
  readonly handshakes: HandshakeRecord[];
  /** OSCORE only: every message as it crossed the wire (protected), both directions. */
  readonly wire?: TranscriptEntry[];
  /** Stops recording the security events (the endpoint is closed by its owner). */
  stop(): void;
}

export interface ListenOptions {
  security: HarnessSecurity;
  timeScale: number;
  evidence: EvidenceSink;
  /** `Server`, `Bootstrap-Server`, … (transcript lines). */
  role: string;
}

function pskLookup(credentials: ListenerCredentials): ((identity: string) => Buffer | undefined) | undefined {
  return credentials.mode === 'psk' ? (identity) => credentials.keys.get(identity) : undefined;
}

function tlsOptions(credentials: ListenerCredentials): TlsServerOptions {
  if (credentials.mode === 'psk') return { pskCallback: pskLookup(credentials)! };
  if (credentials.mode === 'x509') return { cert: credentials.cert, key: credentials.key, ca: credentials.clientCa, requestCert: true };
  throw new Error('coaps+tcp needs PSK or certificate credentials');
}

function describeDtls(event: Extract<DtlsEvent, { type: 'connected' }>): string {
  const { cipher, version, pskIdentity, peerSubject } = event.info;
  const who = pskIdentity !== undefined ? `PSK identity "${pskIdentity}"` : peerSubject !== undefined ? `client certificate ${peerSubject}` : 'no client identity';
  return `${version ?? 'DTLS'} ${cipher ?? '?'}, ${who}`;
}

export async function listen(options: ListenOptions): Promise<HarnessListener> {
  const plain = await listenPlain(options);
  const oscore = options.security.oscore;
  if (oscore === undefined) return plain;
  // The account's /21 holds the client's view; the server swaps Sender and Recipient ID (object21.ts).
  const context = oscoreContextFromObject21(object21Values(oscore.listener), { role: 'server' });
  const wire: TranscriptEntry[] = [];
  const stopWire = plain.coap.onTranscript((entry) => wire.push(entry));
  const coap = withInnerTranscript(oscoreEndpoint(plain.coap, context), options.evidence, options.role);
  options.evidence.line(TRANSCRIPT_SECTION, `${options.evidence.stamp()} ${options.role}: OSCORE (RFC 8613) Sender ID ${context.sender.id.toString('hex')}, Recipient ID ${context.recipient.id.toString('hex')}; the protected messages as on the wire, each exchange also "inside OSCORE"`);
  return {
    coap,
    uri: plain.uri,
    handshakes: plain.handshakes,
    wire,
    stop: () => {
      stopWire();
      plain.stop();
    },
  };
}

async function listenPlain(options: ListenOptions): Promise<HarnessListener> {
  const { security, timeScale, evidence, role } = options;
  assertListenable(security.transport);
  const handshakes: HandshakeRecord[] = [];
  const note = (record: HandshakeRecord, text: string): void => {
    handshakes.push(record);
    evidence.line(TRANSCRIPT_SECTION, `${evidence.stamp(record.at)} ${describePeer(record.peer)} ⇄ ${role}: ${text}`);
  };
  const creds = security.listener;
  if (security.transport === 'coap') {
    return { coap: await createUdpEndpoint({ address: '127.0.0.1', port: 0, timeScale }), handshakes, stop: () => undefined };
  }
  if (security.transport === 'mqtt') {
    // A scenario's own broker (int-19: TLS-PSK, passwords) or the run's.
    const own = security.mqtt?.connection;
    const broker = own ?? (await runBroker(security.broker));
    // No retransmission over MQTT (§8): a request waits as long as a UDP exchange could (RFC 7252 §4.8.2).
    const coap = await createMqttLwm2mEndpoint({
      role: role === 'Bootstrap-Server' ? 'bootstrap-server' : 'server',
      brokerUrl: broker.url,
      protocolVersion: broker.protocolVersion,
      timeoutMs: resolveTiming({}, timeScale).maxTransmitWaitMs,
      timeScale,
      ...(own ? { tls: own.tls, username: own.username, password: own.password } : {}),
    });
    const which = own ? own.description : `the ${'kind' in broker ? broker.kind : ''} broker`;
    evidence.line(TRANSCRIPT_SECTION, `${evidence.stamp()} ${role}: MQTT client ${coap.clientId} of ${which} ${broker.url} (MQTT ${broker.protocolVersion === 5 ? '5' : '3.1.1'})`);
    return { coap, uri: own?.accountUri ?? broker.url, handshakes, stop: () => undefined };
  }
  if (security.transport === 'http') {
    const clientUrl = security.httpClientUrl ?? (() => undefined);
    const coap = await createHttpLwm2mServerEndpoint({ address: '127.0.0.1', port: 0, timeScale, requestTimeoutMs: resolveTiming({}, timeScale).maxTransmitWaitMs, clientUrl });
    return { coap, handshakes, stop: () => undefined };
  }
  if (security.transport === 'coaps') {
    if (creds.mode === 'nosec') throw new Error('coaps needs PSK or certificate credentials');
    const x509 = creds.mode === 'x509' ? { cert: creds.cert, key: creds.key, ca: creds.clientCa, requireClientCert: true } : {};
    const coap = await createDtlsServerEndpoint({ address: '127.0.0.1', port: 0, timeScale, psk: pskLookup(creds), ...x509 });
    const stop = coap.dtls.onEvent((event) => {
      const at = Date.now();
      if (event.type === 'handshake-start') note({ at, peer: event.peer, outcome: 'started', detail: 'ClientHello' }, 'DTLS handshake started (ClientHello)');
      else if (event.type === 'connected') note({ at, peer: event.peer, outcome: 'connected', detail: describeDtls(event) }, `DTLS handshake completed: ${describeDtls(event)}`);
      else if (event.type === 'failed') note({ at, peer: event.peer, outcome: 'failed', detail: event.error.message }, `DTLS handshake failed: ${event.error.message}`);
    });
    return { coap, handshakes, stop };
  }
  const tls = security.transport === 'coaps+tcp' ? tlsOptions(creds) : undefined;
  const coap = await createTcpServerEndpoint({ address: '127.0.0.1', port: 0, tls });
  if (tls === undefined) return { coap, handshakes, stop: () => undefined };
  // The TCP endpoint reports failed TLS handshakes as transcript errors; a connection that carries a
  // message (our CSM goes out right after the handshake) completed it. The endpoint does not expose
  // the negotiated suite (requested from the transport's owner).
  const connected = new Set<string>();
  const stop = coap.onTranscript((entry) => {
    const key = describePeer(entry.peer);
    if (entry.error?.startsWith('TLS handshake failed')) handshakes.push({ at: entry.time, peer: entry.peer, outcome: 'failed', detail: entry.error });
    else if (entry.message && !connected.has(key)) {
      connected.add(key);
      note({ at: entry.time, peer: entry.peer, outcome: 'connected', detail: `TLS (${creds.mode === 'psk' ? 'PSK' : 'certificates'})` }, `TLS handshake completed (${creds.mode === 'psk' ? 'PSK' : 'certificates'}); CoAP over TLS follows`);
    }
  });
  return { coap, handshakes, stop };
}
