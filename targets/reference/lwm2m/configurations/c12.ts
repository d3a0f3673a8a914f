/**
 * ETS Appendix C, configuration C.12: C.1 with the Server Object's default periods (as C.3) and the
 * Portfolio Object /16/0 whose Identity Resource has 4 instances. Used by int-1630, int-1635.
 *
 * The Identity strings are kept exactly as the ETS prints them, typo ("Develce") and leading spaces
 * included: a client must store what it is given.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C3 } from './c3';
import { extendConfiguration } from './extend';

export const C12: ClientConfiguration = extendConfiguration(C3, 'C.12', [
  {
    objectId: 16, // Portfolio
    instanceId: 0,
    resources: {
      0: {
        0: 'Host Device ID #1',
        1: ' Host Develce Manufacturer #1',
        2: ' Host Device Model #1',
        3: ' Host Device Software Version #1',
      },
    },
  },
]);
