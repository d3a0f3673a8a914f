/**
 * Opens the endpoint of one account for the runtime: resolves the Server URI (static hosts table,
 * then DNS), opens the scheme's endpoint with the account's security values, routes the requests
 * arriving on it to the runtime, and feeds its traffic to the counters. Any reason the account
 * cannot be used (no transport for the scheme, RPK, missing credentials, unknown host) is logged
 * with the account's tag and gives undefined: the runtime goes on with its other accounts.
 */
import type { UdpCoapEndpoint } from '../../../transport/coap-udp/endpoint';
import type { IncomingRequest, PeerAddress, RequestHandler } from '../../../transport/coap-udp/types';
import type { ObjectTree } from '../object-tree';
import { resolveServerPeer, type HostsTable } from '../server-peer';
import type { ChannelSecurityFaults } from '../transport/channel-faults';
import type { LinkEndpoint } from '../transport/link-endpoint';
import { openAccountEndpoint, type AccountEndpoint } from '../transport/open-account-endpoint';
import type { TrafficHub } from '../transport/traffic-hub';

export interface AccountOpenerOptions {
  tree: ObjectTree;
  shared: UdpCoapEndpoint;
  hosts: HostsTable;
  timeScale: number;
  traffic: TrafficHub;
  log(line: string): void;
  /** The client's Endpoint Client Name (the MQTT topic's ENDPOINT). */
  endpointName: string;
  /** mqtt accounts: the MQTT protocol level (settings.mqttVersion). */
  mqttVersion?: 4 | 5;
  /** The broken target's channel faults (none for the reference client). */
  faults?: ChannelSecurityFaults;
  /** Where requests arriving on an account's own endpoint go (with the endpoint they came on). */
  route(req: IncomingRequest, endpoint: LinkEndpoint): ReturnType<RequestHandler>;
}

export interface OpenedAccount {
  peer: PeerAddress;
  transport: AccountEndpoint;
}

export async function openAccount(o: AccountOpenerOptions, securityInstanceId: number, serverUri: string, tag: string, bootstrap = false): Promise<OpenedAccount | undefined> {
  try {
    const peer = await resolveServerPeer(serverUri, o.hosts);
    const transport = openAccountEndpoint({ tree: o.tree, securityInstanceId, serverUri, peer, shared: o.shared, timeScale: o.timeScale, log: (line) => o.log(`${tag} ${line}`), endpointName: o.endpointName, bootstrap, mqttVersion: o.mqttVersion, faults: o.faults });
    if (transport.owned) {
      const endpoint = transport.endpoint;
      endpoint.onRequest((req) => o.route(req, endpoint));
      o.traffic.add(endpoint); // ends with the endpoint (its close clears its listeners)
    }
    return { peer, transport };
  } catch (e) {
    o.log(`${tag} ${(e as Error).message}`);
    return undefined;
  }
}
