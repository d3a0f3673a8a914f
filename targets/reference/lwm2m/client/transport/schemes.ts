/**
 * Server URI scheme → transport (TS-Transport 1.1 §5.2, §6; RFC 7252 §6, RFC 8323 §8): the one
 * table a new transport joins with one entry — its default port, its binding letter for Register's
 * `b=` (TS-Core 1.2 §6.2.1.2: U UDP, T TCP, H HTTP, M MQTT) and its endpoint factory.
 * `secure` schemes get the account's security values (/0/x/2..5, /0/x/15); the others ignore them.
 * OSCORE (/0/x/17) is not a scheme: it goes on top of any of them (open-account-endpoint.ts).
 */
import type { AccountSecurity } from './account-security';
import type { AccountEndpointSettings } from './account-settings';
import { openCoapTcpEndpoint, openCoapsTcpEndpoint } from './coap-tcp';
import { openCoapsEndpoint } from './coaps';
import { openHttpEndpoint } from './http';
import type { BindingLetter, LinkEndpoint, TransportName } from './link-endpoint';
import { openMqttEndpoint, openMqttsEndpoint } from './mqtt';

export interface SchemeEntry {
  transport: TransportName;
  defaultPort: number;
  binding: BindingLetter;
  secure: boolean;
  open(security: AccountSecurity, settings: AccountEndpointSettings): LinkEndpoint;
}

export const SCHEMES: Readonly<Record<string, SchemeEntry>> = {
  // TS-Transport §6.4.3: every coap:// account shares the client's one UDP endpoint.
  'coap:': { transport: 'coap', defaultPort: 5683, binding: 'U', secure: false, open: (_s, settings) => settings.shared },
  'coaps:': { transport: 'coaps', defaultPort: 5684, binding: 'U', secure: true, open: openCoapsEndpoint },
  // RFC 8323 §8.1/§8.2: coap+tcp defaults to 5683, coaps+tcp to 5684.
  'coap+tcp:': { transport: 'coap+tcp', defaultPort: 5683, binding: 'T', secure: false, open: openCoapTcpEndpoint },
  'coaps+tcp:': { transport: 'coaps+tcp', defaultPort: 5684, binding: 'T', secure: true, open: openCoapsTcpEndpoint },
  // TS-Transport 1.2 §7: binding H, HTTP's own default ports (RFC 9110 §4.2.1, §4.2.2); https takes
  // the account's certificate (http.ts). The transport name stays `http` for both.
  'http:': { transport: 'http', defaultPort: 80, binding: 'H', secure: false, open: openHttpEndpoint },
  'https:': { transport: 'http', defaultPort: 443, binding: 'H', secure: true, open: openHttpEndpoint },
  // TS-Transport 1.2 §8 (binding M): IANA's ports, 1883 mqtt and 8883 secure-mqtt; mqtts is TLS to the
  // broker with the account's PSK or certificate (mqtt.ts). The transport name stays `mqtt` for both.
  'mqtt:': { transport: 'mqtt', defaultPort: 1883, binding: 'M', secure: false, open: openMqttEndpoint },
  'mqtts:': { transport: 'mqtt', defaultPort: 8883, binding: 'M', secure: true, open: openMqttsEndpoint },
};

/** The entry for a URI's scheme (`url.protocol`), or undefined when the client has no such transport. */
export function schemeOf(url: URL): SchemeEntry | undefined {
  return Object.prototype.hasOwnProperty.call(SCHEMES, url.protocol) ? SCHEMES[url.protocol] : undefined;
}
