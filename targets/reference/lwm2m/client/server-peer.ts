/**
 * The address of the LwM2M Server from its URI (`coap://host:port`, default port 5683 per
 * TS-Transport §6.4.1). Requests from any other address are not the server's and are ignored
 * (TS-Transport §6.4: the client only serves its registered server; Wakaama and Anjay do the same).
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { PeerAddress } from '../../transport/coap-udp/types';
import { peerKey } from '../../transport/coap-udp/peer';
import { ConfigurationError } from './config-values';

export const COAP_DEFAULT_PORT = 5683;

export async function resolveServerPeer(serverUri: string): Promise<PeerAddress> {
  let url: URL;
  try {
    url = new URL(serverUri);
  } catch {
    throw new ConfigurationError(`LwM2M Server URI "${serverUri}" is not a URI`);
  }
  if (url.protocol !== 'coap:') throw new ConfigurationError(`LwM2M Server URI "${serverUri}": only coap:// (NoSec UDP) is supported here`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const address = isIP(host) ? host : (await lookup(host)).address;
  return { address, port: url.port === '' ? COAP_DEFAULT_PORT : Number(url.port) };
}

/** Same peer, treating IPv4-mapped IPv6 (`::ffff:127.0.0.1`) as its IPv4 address (the transport's peer key). */
export function samePeer(a: PeerAddress, b: PeerAddress): boolean {
  return peerKey(a) === peerKey(b);
}

/** Where the client's socket binds: loopback for a loopback server, else every interface. */
export function localAddressFor(server: PeerAddress): string {
  const v6 = server.address.includes(':') && !/^::ffff:/i.test(server.address);
  if (server.address === '::1') return '::1';
  if (/^(::ffff:)?127\./i.test(server.address)) return '127.0.0.1';
  return v6 ? '::' : '0.0.0.0';
}
