/**
 * `http://` / `https://` URIs of the HTTP binding ⇄ peer addresses. Default ports are HTTP's
 * (RFC 9110 §4.2.1 / §4.2.2: 80 and 443); TS-Transport 1.2 §7 names no LwM2M-specific port.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { PeerAddress } from '../coap-udp/types';
import { HttpBindingError } from './errors';

/** `http://127.0.0.1:8080` for a peer; IPv6 literals bracketed (RFC 3986 §3.2.2). */
export function originOf(peer: PeerAddress, secure: boolean): string {
  const host = peer.address.includes(':') ? `[${peer.address}]` : peer.address;
  return `${secure ? 'https' : 'http'}://${host}:${peer.port}`;
}

/** The peer and scheme of an http(s) URI; host names resolved, `hosts` consulted first. */
export async function parseHttpUrl(uri: string, hosts: Record<string, string> = {}): Promise<{ peer: PeerAddress; secure: boolean; hostname: string }> {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new HttpBindingError(`"${uri}" is not a URI`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new HttpBindingError(`"${uri}" is not an http:// or https:// URI (the LwM2M HTTP binding, TS-Transport 1.2 §7)`);
  const secure = url.protocol === 'https:';
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const address = isIP(hostname) ? hostname : (hosts[hostname] ?? (await lookup(hostname)).address);
  return { peer: { address, port: url.port === '' ? (secure ? 443 : 80) : Number(url.port) }, secure, hostname };
}
