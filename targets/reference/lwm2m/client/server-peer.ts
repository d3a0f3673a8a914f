/**
 * The address of the LwM2M Server from its URI (`coap://host:port`; the scheme's default port when
 * none is given: 5683 for coap and coap+tcp, 5684 for coaps and coaps+tcp, TS-Transport §6.4.1,
 * RFC 8323 §8). A host name is looked up in the static hosts table first (the start option `hosts`,
 * so `coaps://server.example.com:PORT` reaches loopback in tests), then in DNS. Requests from any
 * other address are not the server's and are ignored (TS-Transport §6.4: the client only serves its
 * registered server; Wakaama and Anjay do the same).
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { PeerAddress } from '../../transport/coap-udp/types';
import { peerKey } from '../../transport/coap-udp/peer';
import { ConfigurationError } from './config-values';
import { schemeOf, SCHEMES } from './transport/schemes';

/** Static hosts table: host name → IP address, consulted before DNS. */
export type HostsTable = Readonly<Record<string, string>>;

export async function resolveServerPeer(serverUri: string, hosts: HostsTable = {}): Promise<PeerAddress> {
  let url: URL;
  try {
    url = new URL(serverUri);
  } catch {
    throw new ConfigurationError(`LwM2M Server URI "${serverUri}" is not a URI`);
  }
  const scheme = schemeOf(url);
  if (!scheme) throw new ConfigurationError(`LwM2M Server URI "${serverUri}": the client has no transport for ${url.protocol}// (${Object.keys(SCHEMES).join(' ')})`);
  const host = uriHost(url);
  const listed = Object.prototype.hasOwnProperty.call(hosts, host) ? hosts[host] : undefined;
  const address = isIP(host) ? host : (listed ?? (await lookup(host)).address);
  return { address, port: url.port === '' ? scheme.defaultPort : Number(url.port) };
}

/** The URI's host without IPv6 brackets (the name a server certificate must carry, RFC 6125). */
export function uriHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
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
