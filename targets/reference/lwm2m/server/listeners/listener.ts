/**
 * One transport the reference server listens on (TS-Transport §6: CoAP over UDP, DTLS, TCP, TLS;
 * RFC 7252 §6 and RFC 8323 §8 URI schemes): the CoapEndpoint every LwM2M request arrives on and
 * every downlink request to a client registered through it leaves from. The LwM2M code above it
 * does not know the transport.
 *
 * - coap: NoSec UDP, and OSCORE (RFC 8613) for endpoints the security store holds a context for
 *   (oscore-listener.ts).
 * - coaps: DTLS 1.2 with PSK (identity → key from the security store) and, when the server has a
 *   certificate, TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 (TS-Transport §5.2.8).
 * - coap+tcp: plain TCP. coaps+tcp: TLS with the server certificate when it has one, else TLS-PSK
 *   (the TCP endpoint takes one or the other; `tls: 'psk'` chooses PSK).
 * - http: the LwM2M HTTP binding H (TS-Transport 1.2 §7), plain HTTP/1.1. §7 gives the server no
 *   way to learn a client's own HTTP URL (where DM requests go), so the context's `httpClientUrl`
 *   tells it (../http-clients.ts).
 */
import type { CoapEndpoint, CoapResponse, PeerAddress } from '../../../transport/coap-udp/types';
import { createUdpEndpoint } from '../../../transport/coap-udp/endpoint';
import { resolveTiming } from '../../../transport/coap-udp/parameters';
import { createDtlsServerEndpoint, type DtlsServerEndpoint } from '../../../transport/dtls';
import { createTcpServerEndpoint } from '../../../transport/coap-tcp';
import { createHttpLwm2mServerEndpoint } from '../../../transport/http';
import { createMqttLwm2mEndpoint } from '../../../transport/mqtt';
import type { OscoreContextStore } from '../../../transport/oscore';
import { oscoreListenerEndpoint } from './oscore-listener';

export const LWM2M_TRANSPORTS = ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'mqtt', 'http'] as const;
export type Lwm2mTransport = (typeof LWM2M_TRANSPORTS)[number];

export function isLwm2mTransport(x: string): x is Lwm2mTransport {
  return (LWM2M_TRANSPORTS as readonly string[]).includes(x);
}

export interface ListenerSpec {
  transport: Lwm2mTransport;
  /** Default 127.0.0.1. */
  address?: string;
  /** Default 0: any free port. */
  port?: number;
  /** coaps+tcp only: the TCP endpoint's TLS takes certificates or PSK, not both; default certificate when the server has one. */
  tls?: 'certificate' | 'psk';
  /** mqtt only: the broker the server connects to as an MQTT client (`mqtt://127.0.0.1:1883`). */
  brokerUrl?: string;
  /** mqtt only: topic PREFIX (TS-Transport §8.2); default none. */
  prefix?: string;
  /** mqtt only: 4 = MQTT 3.1.1 (default), 5 = MQTT 5. */
  mqttVersion?: 4 | 5;
}

/** The server's own certificate (PEM) for coaps / coaps+tcp certificate mode. */
export interface ServerCredentials {
  cert: string;
  key: string;
  /** Trust anchors for client certificates (x509 clients). */
  ca?: string;
  /** Refuse DTLS clients without a certificate (then PSK clients cannot connect to that listener). */
  requireClientCert?: boolean;
}

export interface ListenerContext {
  timeScale: number;
  /** PSK identity → key (the security store). */
  psk(identity: string): Buffer | undefined;
  credentials?: ServerCredentials;
  /** The security store's OSCORE contexts: the coap listener verifies protected requests with them. */
  oscore?: OscoreContextStore;
  /** Bound on a (D)TLS handshake; default 30 s × timeScale. */
  handshakeTimeoutMs?: number;
  /** http only: the base URL of the HTTP server of the client named `endpointName` (TS-Transport 1.2 §7 does not carry it). */
  httpClientUrl?(endpointName: string): string | undefined;
}

/** The endpoint with the optional extras the server needs (every transport here has them). */
export type ListenerEndpoint = CoapEndpoint & {
  onUnmatchedResponse(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void;
};

export interface Listener {
  readonly transport: Lwm2mTransport;
  readonly endpoint: ListenerEndpoint;
  /** e.g. `coaps://127.0.0.1:40123`. */
  readonly uri: string;
  /** DTLS session bookkeeping (coaps only). */
  readonly dtls?: DtlsServerEndpoint['dtls'];
}

export function uriOf(transport: Lwm2mTransport, local: PeerAddress): string {
  return `${transport}://${local.address.includes(':') ? `[${local.address}]` : local.address}:${local.port}`;
}

export async function openListener(spec: ListenerSpec, ctx: ListenerContext): Promise<Listener> {
  const address = spec.address ?? '127.0.0.1';
  const port = spec.port ?? 0;
  const { timeScale, credentials } = ctx;
  // Over TCP there is no retransmission: a request waits as long as a UDP exchange could take (RFC 7252 §4.8.2).
  const requestTimeoutMs = resolveTiming({}, timeScale).maxTransmitWaitMs;
  const handshakeTimeoutMs = ctx.handshakeTimeoutMs ?? 30_000 * timeScale;
  const made = (endpoint: ListenerEndpoint, dtls?: DtlsServerEndpoint['dtls']): Listener => ({ transport: spec.transport, endpoint, uri: uriOf(spec.transport, endpoint.local), dtls });
  switch (spec.transport) {
    case 'coap': {
      const udp = await createUdpEndpoint({ address, port, timeScale });
      return made(ctx.oscore !== undefined ? oscoreListenerEndpoint(udp, ctx.oscore) : udp);
    }
    case 'coaps': {
      const endpoint = await createDtlsServerEndpoint({
        address,
        port,
        timeScale,
        handshakeTimeoutMs,
        psk: (identity) => ctx.psk(identity),
        ...(credentials !== undefined ? { cert: credentials.cert, key: credentials.key, ca: credentials.ca, requireClientCert: credentials.requireClientCert } : {}),
      });
      return made(endpoint, endpoint.dtls);
    }
    case 'coap+tcp':
      return made(await createTcpServerEndpoint({ address, port, requestTimeoutMs }));
    case 'coaps+tcp': {
      const tls =
        credentials !== undefined && spec.tls !== 'psk'
          ? // Certificate mode is mutual (TS-Transport §5.2.8.3): with a client CA, every client must present a certificate.
            { cert: credentials.cert, key: credentials.key, ca: credentials.ca, requestCert: credentials.ca !== undefined }
          : { pskCallback: (identity: string) => ctx.psk(identity) };
      return made(await createTcpServerEndpoint({ address, port, requestTimeoutMs, tls }));
    }
    case 'http':
      // TS-Transport 1.2 §7: Register/Update/De-register/Send arrive here; DM requests go to the client's URL.
      return made(await createHttpLwm2mServerEndpoint({ address, port, requestTimeoutMs, timeScale, clientUrl: (ep) => ctx.httpClientUrl?.(ep) }));
    case 'mqtt': {
      if (spec.brokerUrl === undefined) throw new RangeError('an mqtt listener needs brokerUrl (the MQTT broker to connect to)');
      const endpoint = await createMqttLwm2mEndpoint({
        role: 'server',
        brokerUrl: spec.brokerUrl,
        prefix: spec.prefix,
        protocolVersion: spec.mqttVersion ?? 4,
        timeoutMs: requestTimeoutMs,
        timeScale,
      });
      return { transport: 'mqtt', endpoint, uri: spec.brokerUrl };
    }
  }
}

/** Opens one listener per spec (at least one, one per transport); on a failure closes those already open. */
export async function openListeners(specs: readonly ListenerSpec[], ctx: ListenerContext): Promise<Listener[]> {
  if (specs.length === 0) throw new RangeError('at least one listener is needed');
  const duplicate = specs.find((spec, i) => specs.findIndex((s) => s.transport === spec.transport) !== i);
  if (duplicate) throw new RangeError(`two listeners for ${duplicate.transport}: one per transport`);
  const open: Listener[] = [];
  try {
    for (const spec of specs) open.push(await openListener(spec, ctx));
  } catch (error) {
    await Promise.all(open.map((l) => l.endpoint.close().catch(() => {})));
    throw error;
  }
  return open;
}
