/**
 * Which LwM2M Client an HTTP request to the server came from, and where that client's HTTP server
 * is. TS-Transport 1.2 §7.1.3 Register and §7.1.2 Bootstrap-Request carry the endpoint name (`ep`);
 * Update and De-register carry the registration's location (`/rd/{id}`, handed out in the Register
 * response); Send (`POST /dp`, §7.1.5) carries neither, so it is attributed to the client whose
 * earlier request came on the same TCP connection (clients keep one connection alive, RFC 9112
 * §9.3), to the common name of a verified client certificate (the endpoint name, TS-Transport
 * §5.2.6), or else to the only client known at that IP address. The client's HTTP server address is
 * not carried at all (index.ts, "Gaps"): `clientUrl(ep)` supplies it.
 */
import type { PeerAddress } from '../coap-udp/types';
import { normalizeAddress, peerKey } from '../coap-udp/peer';

export interface ClientAttribution {
  /** The client's HTTP server, when `clientUrl` knows it; else the request's source address. */
  peer: PeerAddress;
  endpointName?: string;
}

export class ClientDirectory {
  private readonly byLocation = new Map<string, string>();
  private readonly byConnection = new Map<string, string>();
  /** Source IP → the endpoint names seen from it (the fallback for a Send on a new connection). */
  private readonly byAddress = new Map<string, Set<string>>();
  /** peerKey of a client's HTTP server → its origin (`http://host:port`, https when told so). */
  private readonly origins = new Map<string, string>();

  constructor(private readonly clientUrl: (endpointName: string) => string | undefined) {}

  /** Attributes one request (`segments`, `query` as the binding decoded them; `certificateName` from mutual TLS). */
  attribute(segments: readonly string[], query: readonly string[], connection: string, remote: PeerAddress, certificateName?: string): ClientAttribution {
    const endpointName = this.endpointOf(segments, query, connection, remote, certificateName);
    if (endpointName === undefined) return { peer: remote };
    this.byConnection.set(connection, endpointName);
    const address = normalizeAddress(remote.address);
    this.byAddress.set(address, (this.byAddress.get(address) ?? new Set()).add(endpointName));
    const url = this.clientUrl(endpointName);
    if (url === undefined) return { peer: remote, endpointName };
    const parsed = new URL(url);
    const secure = parsed.protocol === 'https:';
    const peer = { address: parsed.hostname.replace(/^\[(.*)\]$/, '$1'), port: Number(parsed.port || (secure ? 443 : 80)) };
    this.origins.set(peerKey(peer), parsed.origin);
    return { peer, endpointName };
  }

  /** The origin reaching `peer`: a client's HTTP server when known, else plain http to the address. */
  originOf(peer: PeerAddress): string | undefined {
    return this.origins.get(peerKey(peer));
  }

  /** A Register (or Bootstrap-Request) was answered 2.01 with this location. */
  located(location: readonly string[], endpointName: string): void {
    this.byLocation.set(location.join('/'), endpointName);
  }

  /** A De-register was answered 2.02: the location is gone, and so is the client at its address. */
  removed(location: readonly string[]): void {
    const key = location.join('/');
    const endpointName = this.byLocation.get(key);
    this.byLocation.delete(key);
    if (endpointName !== undefined) for (const names of this.byAddress.values()) names.delete(endpointName);
  }

  connectionClosed(connection: string): void {
    this.byConnection.delete(connection);
  }

  private endpointOf(segments: readonly string[], query: readonly string[], connection: string, remote: PeerAddress, certificateName?: string): string | undefined {
    const root = segments[0];
    if ((root === 'rd' || root === 'bs' || root === 'bspack') && segments.length === 1) {
      const ep = query.find((q) => q.startsWith('ep='));
      if (ep !== undefined) return ep.slice(3);
    }
    if (root === 'rd' && segments.length > 1) {
      const known = this.byLocation.get(segments.join('/'));
      if (known !== undefined) return known;
    }
    if (certificateName !== undefined) return certificateName;
    const onConnection = this.byConnection.get(connection);
    if (onConnection !== undefined) return onConnection;
    const atAddress = this.byAddress.get(normalizeAddress(remote.address));
    return atAddress?.size === 1 ? [...atAddress][0] : undefined;
  }
}
