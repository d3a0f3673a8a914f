/**
 * The Bootstrap Information most deployments hand out (TS-Core §6.1.2): one LwM2M Server Account —
 * Security Object Instance 0 (Short Server ID; NoSec, or the PSK / certificate the client presents
 * to that server, TS-Core App. E.1 /0/x/2..5) and Server Object Instance 0 — pointing at a given
 * LwM2M Server, with the values of ETS configuration C.1. What `testfest serve bootstrap --server
 * <uri>` provisions for every endpoint. The binding /1/0/7 follows the URI's transport (T over TCP,
 * TS-Core 1.2 §6.2.1.2).
 */
import { bindingForUri, securityResources, type AccountCredentials } from '../configurations/with-security';
import type { BootstrapInformation } from './bootstrap-information';

export interface ServerAccountOptions {
  /** Short Server ID (/0/0/10, /1/0/0); default 1. */
  shortServerId?: number;
  /** Lifetime in seconds (/1/0/1); default 86400. */
  lifetime?: number;
  /** Binding (/1/0/7); default U (T for a coap+tcp / coaps+tcp URI). */
  binding?: string;
  /** What the client presents to the server (/0/0/2..5, 15); default NoSec. */
  credentials?: AccountCredentials;
}

export function serverAccountInformation(serverUri: string, options: ServerAccountOptions = {}): BootstrapInformation {
  const ssid = options.shortServerId ?? 1;
  return {
    instances: [
      { objectId: 0, instanceId: 0, resources: { ...securityResources({ uri: serverUri, credentials: options.credentials ?? { mode: 'nosec' } }), 1: false, 10: ssid } },
      { objectId: 1, instanceId: 0, resources: { 0: ssid, 1: options.lifetime ?? 86400, 6: false, 7: options.binding ?? bindingForUri(serverUri, 'U') } },
    ],
  };
}
