/**
 * The scripted client's endpoint on the scenario's transport (TS-Transport 1.2 §5): CoAP over UDP,
 * DTLS 1.2 (RFC 7252 §9.1; PSK or certificate, TS-Transport §5.2.8), TCP or TLS (RFC 8323). Every
 * one is a CoapEndpoint, so the client above does not know which it has. Over TCP the Register's
 * binding letter is T, not U (TS-Core 1.2 §6.2.1.2).
 */
import type { CoapEndpoint, CoapResponse, PeerAddress } from '../../targets/reference/transport/coap-udp/types';
import { createUdpEndpoint } from '../../targets/reference/transport/coap-udp/endpoint';
import { resolveTiming } from '../../targets/reference/transport/coap-udp/parameters';
import { createDtlsClientEndpoint } from '../../targets/reference/transport/dtls';
import { createTcpClientEndpoint } from '../../targets/reference/transport/coap-tcp';

export type ServerTransport = 'coap' | 'coaps' | 'coap+tcp' | 'coaps+tcp';

/** What the client presents on a secured transport. */
export type ClientCredentials =
  | { psk: { identity: string; key: Buffer } }
  /** PEM; `ca` + `servername` make the client check the server's certificate (RFC 6125). */
  | { cert: string; key: string; ca?: string; servername?: string };

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
    case 'coap':
      return createUdpEndpoint({ address: server.address.includes(':') ? '::1' : '127.0.0.1', port: 0, ...local });
    case 'coaps':
      return createDtlsClientEndpoint({ peer: server, handshakeTimeoutMs, ...local, ...(psk ? { psk } : {}), ...(cert ? { cert: cert.cert, key: cert.key, ca: cert.ca, servername: cert.servername } : {}) });
    case 'coap+tcp':
    case 'coaps+tcp': {
      const tls = transport === 'coap+tcp' ? undefined : psk ? { psk } : { cert: cert!.cert, key: cert!.key, ca: cert!.ca, servername: cert!.servername, rejectUnauthorized: cert!.ca !== undefined };
      // No retransmission over TCP: a request waits as long as a UDP exchange could (RFC 7252 §4.8.2).
      return createTcpClientEndpoint({ peer: server, tls, connectTimeoutMs: handshakeTimeoutMs, requestTimeoutMs: resolveTiming({}, timeScale).maxTransmitWaitMs });
    }
  }
}

/** `b=U` → `b=T` over TCP (and `UQ` → `TQ` of LwM2M 1.0): the binding follows the transport. */
export function bindingFor(transport: ServerTransport, binding: string): string {
  return isTcp(transport) ? binding.replace(/U/g, 'T') : binding;
}

export function withTransportBinding(transport: ServerTransport, query: readonly string[]): string[] {
  return query.map((item) => (item.startsWith('b=') ? `b=${bindingFor(transport, item.slice(2))}` : item));
}
