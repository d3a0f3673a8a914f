/**
 * ETS Appendix C, configuration C.9: C.1 with the Server Object's default periods (as C.3) plus the
 * Connectivity Statistics Object /7/0: counters 0..5 at 0 and no Collection Period (0). Start /7/0/6
 * and Stop /7/0/7 are executables the reference client implements (client/objects/). Used by
 * int-901, int-905, int-910.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C3 } from './c3';
import { extendConfiguration } from './extend';

export const C9: ClientConfiguration = extendConfiguration(C3, 'C.9', [
  {
    objectId: 7, // Connectivity Statistics
    instanceId: 0,
    resources: {
      0: 0, // SMS Tx Counter
      1: 0, // SMS Rx Counter
      2: 0, // Tx Data (kB)
      3: 0, // Rx Data (kB)
      4: 0, // Max Message Size (B)
      5: 0, // Average Message Size (B)
      8: 0, // Collection Period (s): 0 = collect until Stop
    },
  },
]);
