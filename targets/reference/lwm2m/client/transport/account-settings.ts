/**
 * What every scheme's endpoint factory gets besides the account's security values: where the server
 * is, the client's endpoint name and Object tree (mqtt: topic and /24 MQTT Server), the client's shared UDP endpoint (plain coap), the time scale, and the log.
 */
import type { UdpCoapEndpoint } from '../../../transport/coap-udp/endpoint';
import type { PeerAddress } from '../../../transport/coap-udp/types';
import type { ObjectTree } from '../object-tree';
import type { AccountSecurity } from './account-security';
import type { ChannelSecurityFaults } from './channel-faults';

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
  /** The client's Endpoint Client Name (the MQTT topic's ENDPOINT, TS-Transport 1.2 §8.2). */
  endpointName: string;
  /** A Bootstrap-Server Account (/0/x/1): MQTT talks on `lwm2m/bs/<ep>` then. */
  bootstrap: boolean;
  /** The account's Security Object Instance (/0/x): mqtt reads /0/x/26 MQTT Server from it. */
  securityInstanceId: number;
  /** The client's Object tree (the /24 instance /0/x/26 links). */
  tree: ObjectTree;
  /** mqtt: MQTT protocol level (device setting `mqttVersion`); default 4 (3.1.1). */
  mqttVersion?: 4 | 5;
  /** The broken target's channel faults (channel-faults.ts); none for the reference client. */
  faults?: ChannelSecurityFaults;
}

export type AccountEndpointFactory<E> = (security: AccountSecurity, settings: AccountEndpointSettings) => E;
