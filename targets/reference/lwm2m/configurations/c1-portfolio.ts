/**
 * "C.1 + Portfolio": the precondition of ETS int-228, int-230, int-233, int-234, int-308 and int-309
 * — configuration C.1 with a Portfolio Object Instance /16/0 whose Identity Resource has several
 * instances (int-228: "at least two"; int-230 writes /16/0/0/0..3). The ETS names no values; these
 * follow C.12's host-device identity, without C.3's default periods.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C1 } from './c1';
import { extendConfiguration } from './extend';

export const C1_PORTFOLIO: ClientConfiguration = extendConfiguration(C1, 'C.1+/16', [
  {
    objectId: 16, // Portfolio
    instanceId: 0,
    resources: {
      0: { 0: 'Host Device ID #1', 1: 'Host Device Manufacturer #1' }, // Identity
    },
  },
]);
