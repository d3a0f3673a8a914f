/**
 * ETS Appendix C, configuration C.10 "Basic Connectivity Management Configuration 10": C.1 with the
 * Cellular Connectivity Object /10/0 and one APN Connection Profile /11/0 (active). Used by int-1200,
 * int-1204, CONMGMT-int-1250 and CONMGMT-int-1350.
 *
 * Differences from the ETS listing, each forced by the registry's object definitions:
 * - Object 10 is served in version 1.1 (the ETS expects `</10>;ver="1.1"` even with C.10, int-1204).
 *   Its Resource 6 "Serving PLMN Rate control" (ETS: 40) "was moved to the APN Connection Profile
 *   Object" (10-1_1.xml, note 0), so the value sits in /11/0/26.
 * - /10/0/8 and /10/0/9 are Opaque, "encoded as octet 3 in 3GPP TS 24.008 §10.5.5.32"; the ETS prints
 *   the cycle lengths 20.48 and 51.2 s. 20.48 s is eDRX value 0010 (0x02). 51.2 s is no E-UTRAN
 *   eDRX cycle; 0x03 (40.96 s, the nearest shorter one) stands in for it.
 * - /10/0/11 Activated Profile Names is Mandatory in the registry: it links the active /11/0.
 * - /11/0/4 Authentication Type is Mandatory: 3 = None.
 * - The WLAN Connectivity Object /12/0 is left out: the suite's object model has no DDF for Object 12,
 *   so no client provisioned from it can hold /12. int-1350 needs /12 and is Not Applicable to a
 *   target that does not declare `object=12`.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C1 } from './c1';
import { extendConfiguration, opaque } from './extend';

export const C10: ClientConfiguration = extendConfiguration(C1, 'C.10', [
  {
    objectId: 10, // LwM2M Cellular Connectivity (v1.1)
    instanceId: 0,
    resources: {
      4: 3600, // PSM Timer (s)
      5: 600, // Active Timer (s)
      8: opaque(Buffer.from([0x02])), // eDRX parameters for WB-S1 mode: 20.48 s
      9: opaque(Buffer.from([0x03])), // eDRX parameters for NB-S1 mode: 40.96 s (ETS: 51.2)
      11: { 0: { objlnk: '11:0' } }, // Activated Profile Names
    },
  },
  {
    objectId: 11, // LwM2M APN Connection Profile
    instanceId: 0,
    resources: {
      0: 'testfest-apn-0', // Profile name
      1: 'internet', // APN
      3: true, // Enable status
      4: 3, // Authentication Type: None
      26: 40, // Serving PLMN Rate control (ETS: /10/0/6)
    },
  },
]);
