/**
 * CoAP over DTLS 1.2 endpoints (RFC 7252 §9.1, "coaps"): the coap-udp message layer over a
 * DTLS datagram channel. Each implements CoapEndpoint; the server adds the authenticated
 * identity to every IncomingRequest (`peerIdentity`), for LwM2M's binding of the endpoint name
 * to the security identity (TS-Transport §5.2.6).
 */
import { isIP } from 'node:net';
import { createChannelEndpoint, type ChannelEndpointOptions, type UdpCoapEndpoint } from '../coap-udp/endpoint';
import { resolvePeer } from '../coap-udp/peer';
import { bindSocket, closeSocket } from '../coap-udp/socket';
import type { PeerAddress } from '../coap-udp/types';
import { DtlsClientChannel } from './client-channel';
import { createContext, type CertificateCredentials } from './credentials';
import type { DtlsEvent, DtlsStats } from './events';
import type { NativeSessionInfo } from './native';
import { DtlsServerChannel } from './server-channel';

/** RFC 7252 §4.6 / RFC 6347 §4.1.1: a datagram fits 1280 bytes (IPv6 minimum MTU). */
export const DEFAULT_MTU = 1280;

interface CommonOptions extends ChannelEndpointOptions, CertificateCredentials {
  /** Whole-handshake bound in ms (default 30 s × timeScale); a silent peer fails with DtlsHandshakeTimeoutError. */
  handshakeTimeoutMs?: number;
  mtu?: number;
}

export interface DtlsServerEndpointOptions extends CommonOptions {
  address?: string;
  /** Default 0 (OS-assigned); 5684 is coaps' port. */
  port?: number;
  /** PSK identity → key, e.g. the LwM2M Security object lookup; undefined: unknown identity. */
  psk?: (identity: string) => Buffer | undefined;
  /** RFC 4279 §2 identity hint; default none (RFC 7925 §4.2: SHOULD NOT be sent). */
  pskHint?: string;
  /** Refuse clients without a certificate (when `ca` is set). */
  requireClientCert?: boolean;
  /** Default true (RFC 6347 §4.2.1). */
  cookieExchange?: boolean;
  /** Idle associations end with close_notify after this long (default 10 min × timeScale). */
  idleTimeoutMs?: number;
  /** Default 1000. */
  maxSessions?: number;
}

export interface DtlsClientEndpointOptions extends CommonOptions {
  /** The coaps server. A host name is resolved once. */
  peer: PeerAddress;
  /** Local address; default 127.0.0.1 (or ::1 for an IPv6 peer). */
  address?: string;
  psk?: { identity: string; key: Buffer };
  /** Name the server certificate must carry (checked with `ca`); default `peer.address` if a DNS name. */
  servername?: string;
}

export interface DtlsServerEndpoint extends UdpCoapEndpoint {
  readonly dtls: {
    readonly stats: DtlsStats;
    onEvent(listener: (event: DtlsEvent) => void): () => void;
    sessionCount(): { handshaking: number; connected: number };
    closePeer(peer: PeerAddress): void;
  };
}

export interface DtlsClientEndpoint extends UdpCoapEndpoint {
  readonly dtls: {
    readonly stats: DtlsStats;
    readonly info: NativeSessionInfo | undefined;
    onEvent(listener: (event: DtlsEvent) => void): () => void;
    /** Makes the association again if it ended. */
    connect(): Promise<NativeSessionInfo>;
    /** close_notify; the next request makes a new association. */
    disconnect(): void;
  };
}

const scaled = (ms: number, options: { timeScale?: number }): number => ms * (options.timeScale ?? 1);

export async function createDtlsServerEndpoint(options: DtlsServerEndpointOptions): Promise<DtlsServerEndpoint> {
  const context = createContext('server', { ...options, psk: options.psk !== undefined, requirePeerCert: options.requireClientCert });
  const type = options.address?.includes(':') ? 'udp6' : 'udp4';
  const socket = await bindSocket(type, options.address ?? (type === 'udp6' ? '::1' : '127.0.0.1'), options.port ?? 0);
  const channel = new DtlsServerChannel(socket, type, context, {
    psk: options.psk,
    cookieExchange: options.cookieExchange,
    handshakeTimeoutMs: options.handshakeTimeoutMs ?? scaled(30_000, options),
    idleTimeoutMs: options.idleTimeoutMs ?? scaled(600_000, options),
    maxSessions: options.maxSessions ?? 1000,
    mtu: options.mtu ?? DEFAULT_MTU,
    initialTimeoutMs: scaled(1000, options),
  });
  const endpoint = createChannelEndpoint(channel, options);
  const dtls: DtlsServerEndpoint['dtls'] = {
    stats: channel.events.stats,
    onEvent: (listener) => channel.events.subscribe(listener),
    sessionCount: () => channel.sessionCount(),
    closePeer: (peer) => channel.closePeer(peer),
  };
  return Object.assign(endpoint, { dtls });
}

/** Binds, makes the association, and returns the endpoint; rejects (socket closed) if the handshake fails. */
export async function createDtlsClientEndpoint(options: DtlsClientEndpointOptions): Promise<DtlsClientEndpoint> {
  const servername = options.servername ?? (isIP(options.peer.address) === 0 ? options.peer.address : undefined);
  const context = createContext('client', { ...options, psk: options.psk !== undefined });
  const family = isIP(options.peer.address) === 6 || options.address?.includes(':') ? 'udp6' : 'udp4';
  const peer = await resolvePeer(options.peer, family);
  const socket = await bindSocket(family, options.address ?? (family === 'udp6' ? '::1' : '127.0.0.1'), 0);
  const channel = new DtlsClientChannel(socket, family, context, {
    peer,
    session: {
      pskIdentity: options.psk?.identity,
      pskKey: options.psk?.key,
      // A pinned certificate is matched exactly instead (RFC 6698 usage 3: no name check).
      host: options.ca !== undefined && options.pinnedCert === undefined ? servername : undefined,
      sni: servername,
      initialTimeoutMs: scaled(1000, options),
    },
    handshakeTimeoutMs: options.handshakeTimeoutMs ?? scaled(30_000, options),
    mtu: options.mtu ?? DEFAULT_MTU,
  });
  try {
    await channel.connect();
  } catch (error) {
    await channel.close().catch(() => closeSocket(socket));
    throw error;
  }
  const endpoint = createChannelEndpoint(channel, options);
  const dtls: DtlsClientEndpoint['dtls'] = {
    stats: channel.events.stats,
    get info() {
      return channel.info;
    },
    onEvent: (listener) => channel.events.subscribe(listener),
    connect: () => channel.connect(),
    disconnect: () => channel.disconnect(),
  };
  return Object.assign(endpoint, { dtls });
}
