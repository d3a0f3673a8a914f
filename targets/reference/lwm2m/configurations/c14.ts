/**
 * ETS Appendix C, configuration C.14 "Multi-Servers Initial": the Bootstrap-Server Account in /0/1,
 * Server Account #1 (/0/0 + /1/0, Short Server ID 1) and #2 (/0/2 + /1/1, SSID 2), both with the
 * default periods of C.3, and Access Control. Used by int-950, int-951.
 *
 * ETS defect: C.14 prints all three Access Control entries on /2/0; they are three instances here —
 * /2/0 for /1/0 (owner 1), /2/1 for /1/1 (owner 2), /2/2 for /3/0 (full access for both servers,
 * owner MAX_ID "so that Server #2 & #1 have full access"). The server URIs are placeholders that the
 * harness replaces per account (`withServerAccountUri`).
 */
import type { ClientConfiguration, ConfigInstance } from '../../../roles/lwm2m-client';
import { C1, SecurityMode, UNSET_SERVER_URI } from './c1';
import { C13 } from './c13';
import { opaque } from './extend';

/** ACL bits (TS-Core §8.1.2.2): 1 Read/Observe/Discover/Write-Attributes, 2 Write, 4 Execute, 8 Delete (Create is 16). */
const FULL_ACCESS = 15;
const MAX_ID = 65535;

const bootstrapAccount = C13.instances.find((i) => i.objectId === 0)!;
const device = C1.instances.find((i) => i.objectId === 3 && i.instanceId === 0)!;

function serverAccount(securityInstanceId: number, serverInstanceId: number, ssid: number): ConfigInstance[] {
  return [
    {
      objectId: 0,
      instanceId: securityInstanceId,
      resources: {
        0: UNSET_SERVER_URI,
        1: false,
        2: SecurityMode.NoSec,
        3: opaque(`testfest-client-${ssid}`),
        5: opaque(`testfest-psk-key-${ssid}-0000000000000`),
        10: ssid,
      },
    },
    { objectId: 1, instanceId: serverInstanceId, resources: { 0: ssid, 1: 86400, 2: 1, 3: 10, 5: 86400, 6: false, 7: 'U' } },
  ];
}

function acl(instanceId: number, objectId: number, objectInstanceId: number, rights: Record<number, number>, owner: number): ConfigInstance {
  return { objectId: 2, instanceId, resources: { 0: objectId, 1: objectInstanceId, 2: rights, 3: owner } };
}

export const C14: ClientConfiguration = {
  id: 'C.14',
  instances: [
    ...serverAccount(0, 0, 1),
    bootstrapAccount,
    ...serverAccount(2, 1, 2),
    acl(0, 1, 0, { 1: FULL_ACCESS }, 1),
    acl(1, 1, 1, { 2: FULL_ACCESS }, 2),
    acl(2, 3, 0, { 1: FULL_ACCESS, 2: FULL_ACCESS }, MAX_ID),
    device,
  ],
};
