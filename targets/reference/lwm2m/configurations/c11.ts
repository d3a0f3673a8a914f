/**
 * ETS Appendix C, configuration C.11 "Basic Connectivity Management Configuration 11 supporting Object
 * ID:10 version 1.1": C.10 plus the APN profile list and the Power Saving Mode Resources. Used by
 * int-1201, int-1202, int-1203.
 *
 * The ETS calls /10/0/13 "Power Saving Modes" (3) and /10/0/14 "Active Power Saving Modes" (1): the
 * numbering of an Object 10 v1.1 draft. In the registry's v1.1, 12 is Supported Power Saving Modes,
 * 13 Active Power Saving Modes and 14 Release Assistance Indication Usage. The printed paths and values
 * are kept (both are valid for the registry's definitions: 13 = 3 "PSM and eDRX active", 14 = 1 "RAI
 * not used"), and /10/0/12 = 3 is added (a superset, ETS App. C preamble) so that what is active is
 * also supported.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C10 } from './c10';
import { extendConfiguration } from './extend';

export const C11: ClientConfiguration = extendConfiguration(C10, 'C.11', [
  {
    objectId: 10,
    instanceId: 0,
    resources: {
      11: { 0: { objlnk: '11:0' } }, // Activated Profile Names, the ETS's `"vlo":"11:0"` (C.10 has it already: Mandatory)
      12: 3, // Supported Power Saving Modes: PSM and eDRX
      13: 3, // ETS "Power Saving Modes" (registry: Active Power Saving Modes)
      14: 1, // ETS "Active Power Saving Modes" (registry: Release Assistance Indication Usage)
    },
  },
]);
