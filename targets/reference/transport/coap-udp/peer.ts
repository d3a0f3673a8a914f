/**
 * Peer addresses: keys for matching (RFC 7252 §5.3.2: a response comes from the endpoint the
 * request went to) and name resolution before sending.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { PeerAddress } from './types';

/** `host:port`, with IPv6 literals bracketed (RFC 3986 §3.2.2). */
export function describePeer(peer: PeerAddress): string {
  return peer.address.includes(':') ? `[${peer.address}]:${peer.port}` : `${peer.address}:${peer.port}`;
}

/** Lower-cases and unwraps IPv4-mapped IPv6 (`::ffff:127.0.0.1` → `127.0.0.1`). */
export function normalizeAddress(address: string): string {
  if (!address.includes(':')) return address; // IPv4 literal (what sockets report): nothing to normalise
  const lower = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  return mapped ? mapped[1] : lower;
}

/** A stable key for one peer endpoint (address + port). */
export function peerKey(peer: PeerAddress): string {
  return `${normalizeAddress(peer.address)}|${peer.port}`;
}

/** Resolves a host name to an address of the socket's family; IP literals pass through. */
export async function resolvePeer(peer: PeerAddress, type: 'udp4' | 'udp6'): Promise<PeerAddress> {
  if (isIP(peer.address) !== 0) return peer;
  const { address } = await lookup(peer.address, { family: type === 'udp6' ? 6 : 4 });
  return { address, port: peer.port };
}
