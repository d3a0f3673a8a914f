/**
 * The Bootstrap Information most deployments hand out (TS-Core §6.1.2): one LwM2M Server Account —
 * Security Object Instance 0 (NoSec, Short Server ID) and Server Object Instance 0 — pointing at a
 * given LwM2M Server, with the values of ETS configuration C.1. What `testfest serve bootstrap
 * --server <uri>` provisions for every endpoint.
 */
import type { BootstrapInformation } from './bootstrap-information';

/** /0/x/2 Security Mode 3: NoSec (TS-Core App. E.1). */
const NO_SEC = 3;

export interface ServerAccountOptions {
  /** Short Server ID (/0/0/10, /1/0/0); default 1. */
  shortServerId?: number;
  /** Lifetime in seconds (/1/0/1); default 86400. */
  lifetime?: number;
  /** Binding (/1/0/7); default U. */
  binding?: string;
}

export function serverAccountInformation(serverUri: string, options: ServerAccountOptions = {}): BootstrapInformation {
  const ssid = options.shortServerId ?? 1;
  return {
    instances: [
      { objectId: 0, instanceId: 0, resources: { 0: serverUri, 1: false, 2: NO_SEC, 10: ssid } },
      { objectId: 1, instanceId: 0, resources: { 0: ssid, 1: options.lifetime ?? 86400, 6: false, 7: options.binding ?? 'U' } },
    ],
  };
}
