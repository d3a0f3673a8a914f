/**
 * The identity a TLS connection authenticated (RFC 8323 §9), in the same shape as the DTLS endpoint's
 * `peerIdentity`, so an LwM2M server binds the endpoint name to it over coaps+tcp as over coaps
 * (TS-Transport §5.2.6): the TLS-PSK identity, else the verified client certificate's subject.
 */
import type { Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import type { PeerIdentity } from '../coap-udp/types';
import { pskIdentities } from './tls-options';

export function tlsPeerIdentity(socket: Socket): PeerIdentity | undefined {
  if (!(socket instanceof TLSSocket)) return undefined;
  const psk = pskIdentities.get(socket);
  if (psk !== undefined) return { mode: 'psk', identity: psk };
  if (!socket.authorized) return undefined;
  const cert = socket.getPeerCertificate();
  if (!cert || cert.subject === undefined) return undefined;
  // RFC 4514 order (most specific first), as OpenSSL prints it for the DTLS endpoint: CN=…,O=…
  const parts = Object.entries(cert.subject).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`).reverse();
  const cn = cert.subject.CN;
  return { mode: 'certificate', subject: parts.join(','), commonName: Array.isArray(cn) ? cn[0] : cn };
}
