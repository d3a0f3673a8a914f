/**
 * What every scheme's endpoint factory gets besides the account's security values: where the server
 * is, the client's shared UDP endpoint (plain coap), the time scale, and the log.
 */
import type { UdpCoapEndpoint } from '../../../transport/coap-udp/endpoint';
import type { PeerAddress } from '../../../transport/coap-udp/types';
import type { AccountSecurity } from './account-security';

export interface AccountEndpointSettings {
  /** The Server URI as written in /0/x/0. */
  uri: URL;
  /** The URI host without IPv6 brackets: the name the server certificate must carry (RFC 6125). */
  host: string;
  /** Where the server is (the host resolved through the static hosts table or DNS). */
  peer: PeerAddress;
  /** The client's one plain-UDP endpoint (TS-Transport §6.4.3: every coap:// account uses it). */
  shared: UdpCoapEndpoint;
  /** Wall-clock seconds per spec second. */
  timeScale: number;
  log(line: string): void;
}

export type AccountEndpointFactory<E> = (security: AccountSecurity, settings: AccountEndpointSettings) => E;
