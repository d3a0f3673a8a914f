/**
 * The endpoint one Server Account (LwM2M Server or Bootstrap-Server) is reached on, picked by the
 * scheme of its URI /0/x/0 (TS-Core App. E.1; schemes.ts) and secured with the account's own
 * security values, with OSCORE on top when /0/x/17 links an OSCORE Object instance (oscore-account.ts,
 * TS-Transport 1.2 §5.5). An account the client cannot use throws UnusableAccountError (or
 * ConfigurationError for a URI it has no transport for); the runtime logs it and skips the account.
 */
import { ConfigurationError } from '../config-values';
import { LWM2M_VERSION } from '../register-request';
import { uriHost } from '../server-peer';
import { accountSecurity } from './account-security';
import type { AccountEndpointSettings } from './account-settings';
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

/** What opens an account's endpoint: the factory settings, with the Server URI as written in /0/x/0. */
export type AccountEndpointOptions = Omit<AccountEndpointSettings, 'uri' | 'host'> & { serverUri: string };

export function openAccountEndpoint(o: AccountEndpointOptions): AccountEndpoint {
  const uri = new URL(o.serverUri);
  const scheme = schemeOf(uri);
  if (!scheme) throw new ConfigurationError(`LwM2M Server URI "${o.serverUri}": the client has no transport for ${uri.protocol}//`);
  const security = scheme.secure ? accountSecurity(o.tree, o.securityInstanceId) : { mode: 'nosec' as const };
  const oscore = accountOscore(o.tree, o.securityInstanceId);
  // OSCORE over HTTP (RFC 8613 §11) is not an LwM2M binding (TS-Transport 1.2 §7 secures HTTP with TLS).
  if (oscore && scheme.transport === 'http') throw new UnusableAccountError(`${o.serverUri}: OSCORE (/0/${o.securityInstanceId}/17) is not offered over HTTP`);
  // TS-Transport 1.2 §8 carries operations as CBOR maps, not CoAP messages: there is nothing for OSCORE to protect.
  if (oscore && scheme.transport === 'mqtt') throw new UnusableAccountError(`${o.serverUri}: OSCORE (/0/${o.securityInstanceId}/17) is not offered over MQTT`);
  const { serverUri: _uri, ...rest } = o;
  const settings: AccountEndpointSettings = { ...rest, uri, host: uriHost(uri) };
  const opened = scheme.open(security, settings);
  if (!oscore) return { endpoint: opened, transport: scheme.transport, binding: scheme.binding, owned: opened !== o.shared };
  const inner = opened === o.shared ? ownUdpEndpoint(settings) : opened;
  if (!isRenewable(inner)) throw new UnusableAccountError(`${o.serverUri}: OSCORE cannot be put on this endpoint`);
  return { endpoint: withOscore(inner, oscore), transport: scheme.transport, binding: scheme.binding, owned: true };
}

/**
 * The enabler version an account speaks (`lwm2m=` in Register, TS-Core 1.2 §6.2.1): the device
 * setting when there is one, else the client's default — except bindings M and H, which exist only from
 * LwM2M 1.2 on (TS-Transport 1.2 §8, §7; a 1.1 Register with b=M or b=H is malformed), so an mqtt(s):// or
 * http(s):// account speaks 1.2 unless the setting says otherwise.
 */
export function enablerVersionFor(setting: '1.1' | '1.2' | undefined, binding: BindingLetter): '1.1' | '1.2' {
  return setting ?? (binding === 'M' || binding === 'H' ? '1.2' : LWM2M_VERSION);
}

/**
 * The Register `b=` for an account (TS-Core 1.2 §6.2.1.2): /1/x/7 as written, except that a TCP,
 * HTTP or MQTT URI whose /1/x/7 does not name T (H, M) registers with b=T (b=H, b=M), logged — the URI decides where
 * the client talks. UDP accounts keep /1/x/7 untouched (scenarios write other bindings on purpose).
 */
export function bindingFor(serverBinding: string, transport: BindingLetter, log: (line: string) => void): string {
  if (transport === 'U' || serverBinding.includes(transport)) return serverBinding;
  log(`/1/x/7 Binding "${serverBinding}" does not name the transport of the Server URI; registering with b=${transport}`);
  return transport;
}
