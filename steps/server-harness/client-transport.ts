/**
 * The scripted client's endpoint on the scenario's transport (TS-Transport 1.2 §5): CoAP over UDP,
 * DTLS 1.2 (RFC 7252 §9.1; PSK or certificate, TS-Transport §5.2.8), TCP or TLS (RFC 8323). Every
 * one is a CoapEndpoint, so the client above does not know which it has — or MQTT (TS-Transport 1.2
 * §8): an MQTT client of the server's broker publishing on `lwm2m/rd/<endpoint name>`. Over TCP the
 * Register's binding letter is T, over MQTT M, not U (TS-Core 1.2 §6.2.1.2); M exists from LwM2M 1.2
 * on, so an MQTT Register says `lwm2m=1.2`. Over coap the client may protect its messages with OSCORE
 * (RFC 8613; TS-Transport 1.1+ §5.2.9): the UDP endpoint is wrapped with the client's Security Context
 * and requests from the server must be protected too (an unprotected one gets 4.01, §8.2).
 */
import type { CoapEndpoint, CoapResponse, PeerAddress } from '../../targets/reference/transport/coap-udp/types';
import { createUdpEndpoint } from '../../targets/reference/transport/coap-udp/endpoint';
import { resolveTiming } from '../../targets/reference/transport/coap-udp/parameters';
import { createDtlsClientEndpoint } from '../../targets/reference/transport/dtls';
import { createTcpClientEndpoint } from '../../targets/reference/transport/coap-tcp';
import { createMqttLwm2mEndpoint } from '../../targets/reference/transport/mqtt';
import { deriveSecurityContext, oscoreEndpoint, type SecurityContextParameters } from '../../targets/reference/transport/oscore';

export type ServerTransport = 'coap' | 'coaps' | 'coap+tcp' | 'coaps+tcp' | 'mqtt';

/** What the client presents on a secured transport. */
export type ClientCredentials =
  | { psk: { identity: string; key: Buffer } }
  /** PEM; `ca` + `servername` make the client check the server's certificate (RFC 6125). */
  | { cert: string; key: string; ca?: string; servername?: string }
  /** OSCORE over coap, in the client's view (its Sender ID is the kid of its requests). */
  | { oscore: SecurityContextParameters };

export type ClientEndpoint = CoapEndpoint & {
  onUnmatchedResponse(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void;
};

export interface ClientTransportOptions {
  transport: ServerTransport;
  server: PeerAddress;
  timeScale: number;
  credentials?: ClientCredentials;
  /** Bound on the (D)TLS handshake / TCP connect; default 30 s × timeScale. */
  handshakeTimeoutMs?: number;
  /** mqtt: the Endpoint Client Name (the topic's ENDPOINT, TS-Transport 1.2 §8.2) and the MQTT version (default 4 = 3.1.1). */
  endpointName?: string;
  mqttVersion?: 4 | 5;
}

export const isTcp = (t: ServerTransport): boolean => t === 'coap+tcp' || t === 'coaps+tcp';
export const isSecured = (t: ServerTransport): boolean => t === 'coaps' || t === 'coaps+tcp';

/** Opens the endpoint; on a secured transport the handshake is done (or failed) when this settles. */
export async function openClientEndpoint(options: ClientTransportOptions): Promise<ClientEndpoint> {
  const { transport, server, timeScale, credentials } = options;
  const handshakeTimeoutMs = options.handshakeTimeoutMs ?? 30_000 * timeScale;
  if (isSecured(transport) && credentials === undefined) throw new Error(`${transport} needs credentials (a PSK or a certificate)`);
  const psk = credentials !== undefined && 'psk' in credentials ? credentials.psk : undefined;
  const cert = credentials !== undefined && 'cert' in credentials ? credentials : undefined;
  // The server's requests must wait for our piggy-backed answers: no separate responses.
  const local = { timeScale, separateResponseAfterMs: Infinity };
  switch (transport) {
    case 'coap': {
      const udp = await createUdpEndpoint({ address: server.address.includes(':') ? '::1' : '127.0.0.1', port: 0, ...local });
      if (credentials === undefined || !('oscore' in credentials)) return udp;
      try {
        return oscoreEndpoint(udp, deriveSecurityContext(credentials.oscore), { unprotectedRequests: 'reject' });
      } catch (error) {
        await udp.close();
        throw error;
      }
    }
    case 'coaps':
      return createDtlsClientEndpoint({ peer: server, handshakeTimeoutMs, ...local, ...(psk ? { psk } : {}), ...(cert ? { cert: cert.cert, key: cert.key, ca: cert.ca, servername: cert.servername } : {}) });
    case 'mqtt':
      if (options.endpointName === undefined) throw new Error('mqtt needs the endpoint name (the client topic, TS-Transport 1.2 §8.2)');
      // `server` is the broker (its URI is the server's Server URI): requests from the server carry it as their peer.
      return createMqttLwm2mEndpoint({
        role: 'client',
        brokerUrl: `mqtt://${server.address.includes(':') ? `[${server.address}]` : server.address}:${server.port}`,
        endpoint: options.endpointName,
        serverPeer: server,
        protocolVersion: options.mqttVersion ?? 4,
        timeoutMs: resolveTiming({}, timeScale).maxTransmitWaitMs,
        timeScale,
      });
    case 'coap+tcp':
    case 'coaps+tcp': {
      const tls = transport === 'coap+tcp' ? undefined : psk ? { psk } : { cert: cert!.cert, key: cert!.key, ca: cert!.ca, servername: cert!.servername, rejectUnauthorized: cert!.ca !== undefined };
      // No retransmission over TCP: a request waits as long as a UDP exchange could (RFC 7252 §4.8.2).
      return createTcpClientEndpoint({ peer: server, tls, connectTimeoutMs: handshakeTimeoutMs, requestTimeoutMs: resolveTiming({}, timeScale).maxTransmitWaitMs });
    }
  }
}

/** `b=U` → `b=T` over TCP (and `UQ` → `TQ` of LwM2M 1.0), → `b=M` over MQTT: the binding follows the transport. */
export function bindingFor(transport: ServerTransport, binding: string): string {
  if (transport === 'mqtt') return binding.replace(/[UT]/g, 'M');
  return isTcp(transport) ? binding.replace(/U/g, 'T') : binding;
}

/** The LwM2M version a Register on `transport` says (withTransportBinding): 1.2 over MQTT. */
export function versionFor(transport: ServerTransport, version: string): string {
  return transport === 'mqtt' && /^1\.[01]$/.test(version) ? '1.2' : version;
}

/**
 * Whether the client learns where the server keeps its registration: over MQTT the Register result
 * carries no Location and Update / De-register are addressed by the topic (TS-Transport 1.2 §8.3.1),
 * so the MQTT endpoint shows a synthetic `rd/<endpoint>`.
 */
export const learnsLocation = (transport: ServerTransport): boolean => transport !== 'mqtt';

/** The Register/Update query on `transport`: its binding letter, and over MQTT `lwm2m=1.2` (b=M is 1.2's). */
export function withTransportBinding(transport: ServerTransport, query: readonly string[]): string[] {
  return query.map((item) => {
    if (item.startsWith('b=')) return `b=${bindingFor(transport, item.slice(2))}`;
    if (transport === 'mqtt' && /^lwm2m=1\.[01]$/.test(item)) return 'lwm2m=1.2';
    return item;
  });
}
