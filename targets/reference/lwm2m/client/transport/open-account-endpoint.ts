/**
 * The endpoint one Server Account (LwM2M Server or Bootstrap-Server) is reached on, picked by the
 * scheme of its URI /0/x/0 (TS-Core App. E.1; schemes.ts) and secured with the account's own
 * security values, with OSCORE on top when /0/x/17 links an OSCORE Object instance (oscore-account.ts,
 * TS-Transport 1.2 §5.5). An account the client cannot use throws UnusableAccountError (or
 * ConfigurationError for a URI it has no transport for); the runtime logs it and skips the account.
 */
import type { UdpCoapEndpoint } from '../../../transport/coap-udp/endpoint';
import type { PeerAddress } from '../../../transport/coap-udp/types';
import { ConfigurationError } from '../config-values';
import type { ObjectTree } from '../object-tree';
import { uriHost } from '../server-peer';
import { accountSecurity } from './account-security';
import { isRenewable, UnusableAccountError, type BindingLetter, type LinkEndpoint, type TransportName } from './link-endpoint';
import { accountOscore } from './oscore-account';
import { ownUdpEndpoint, withOscore } from './oscore-link';
import { schemeOf } from './schemes';

export interface AccountEndpoint {
  endpoint: LinkEndpoint;
  transport: TransportName;
  /** The binding letter of the transport (TS-Core 1.2 §6.2.1.2). */
  binding: BindingLetter;
  /** False for the client's shared UDP endpoint, which the account must not close. */
  owned: boolean;
}

export interface AccountEndpointOptions {
  tree: ObjectTree;
  securityInstanceId: number;
  serverUri: string;
  /** The server's address (resolveServerPeer). */
  peer: PeerAddress;
  shared: UdpCoapEndpoint;
  timeScale: number;
  log(line: string): void;
}

export function openAccountEndpoint(o: AccountEndpointOptions): AccountEndpoint {
  const uri = new URL(o.serverUri);
  const scheme = schemeOf(uri);
  if (!scheme) throw new ConfigurationError(`LwM2M Server URI "${o.serverUri}": the client has no transport for ${uri.protocol}//`);
  const security = scheme.secure ? accountSecurity(o.tree, o.securityInstanceId) : { mode: 'nosec' as const };
  const oscore = accountOscore(o.tree, o.securityInstanceId);
  // OSCORE over HTTP (RFC 8613 §11) is not an LwM2M binding (TS-Transport 1.2 §7 secures HTTP with TLS).
  if (oscore && scheme.transport === 'http') throw new UnusableAccountError(`${o.serverUri}: OSCORE (/0/${o.securityInstanceId}/17) is not offered over HTTP`);
  const settings = { uri, host: uriHost(uri), peer: o.peer, shared: o.shared, timeScale: o.timeScale, log: o.log };
  const opened = scheme.open(security, settings);
  if (!oscore) return { endpoint: opened, transport: scheme.transport, binding: scheme.binding, owned: opened !== o.shared };
  const inner = opened === o.shared ? ownUdpEndpoint(settings) : opened;
  if (!isRenewable(inner)) throw new UnusableAccountError(`${o.serverUri}: OSCORE cannot be put on this endpoint`);
  return { endpoint: withOscore(inner, oscore), transport: scheme.transport, binding: scheme.binding, owned: true };
}

/**
 * The Register `b=` for an account (TS-Core 1.2 §6.2.1.2): /1/x/7 as written, except that a TCP or
 * HTTP URI whose /1/x/7 does not name T (H) registers with b=T (b=H), logged — the URI decides where
 * the client talks. UDP accounts keep /1/x/7 untouched (scenarios write other bindings on purpose).
 */
export function bindingFor(serverBinding: string, transport: BindingLetter, log: (line: string) => void): string {
  if (transport === 'U' || serverBinding.includes(transport)) return serverBinding;
  log(`/1/x/7 Binding "${serverBinding}" does not name the transport of the Server URI; registering with b=${transport}`);
  return transport;
}
