/**
 * ETS Appendix C, configuration C.6: C.4 (C.3 with the power-source and battery Resources) completed
 * with every optional Device Resource, and the executables /3/0/5 Factory Reset and /3/0/12 Reset
 * Error Code. Used by int-257, int-651, int-652.
 *
 * The ETS names the Resources but not their values (beyond C.4's); these are a plausible device. The
 * Current Time, UTC Offset and Timezone differ from int-651's 651-SetOfValues so its Write shows.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C4 } from './c4';
import { extendConfiguration } from './extend';

/** TS-Core App. C: an Objlnk that points nowhere is MAX_ID:MAX_ID. */
const NO_LINK = { objlnk: '65535:65535' };

export const C6: ClientConfiguration = extendConfiguration(C4, 'C.6', [
  {
    objectId: 3, // Device
    instanceId: 0,
    resources: {
      10: 15, // Memory Free (KiB)
      13: 1700000000, // Current Time
      14: '+01:00', // UTC Offset (ISO 8601)
      15: 'Europe/Berlin', // Timezone (IANA)
      17: 'Smart Meter', // Device Type
      18: 'HW-1.0', // Hardware Version
      19: 'SW-1.0', // Software Version
      20: 0, // Battery Status: 0 normal
      21: 64, // Memory Total (KiB)
      22: { 0: NO_LINK }, // ExtDevInfo
    },
  },
]);
