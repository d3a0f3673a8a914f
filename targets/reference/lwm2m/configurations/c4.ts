/**
 * ETS Appendix C, configuration C.4: C.3 plus the Device Object's power sources — an internal (1) and
 * an external (2) battery with their voltage and current as multiple-instance Resources — and the
 * battery level. Used by int-260, int-264, int-266, int-301..303, int-312, int-313.
 *
 * The ETS provisions every measurement as 0; the reference client then moves them on a timer
 * (client/observe/simulated-sensors.ts) so that observations have something to report.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C3 } from './c3';
import { extendConfiguration } from './extend';

export const C4: ClientConfiguration = extendConfiguration(C3, 'C.4', [
  {
    objectId: 3, // Device
    instanceId: 0,
    resources: {
      6: { 0: 1, 1: 2 }, // Available Power Sources: 1 internal battery, 2 external battery
      7: { 0: 0, 1: 0 }, // Power Source Voltage (mV)
      8: { 0: 0, 1: 0 }, // Power Source Current (mA)
      9: 0, // Battery Level (%)
    },
  },
]);
