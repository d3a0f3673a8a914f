/**
 * ETS Appendix C, configuration C.5: C.1 with the Server Object's default periods (pmin 1, pmax 10,
 * disable timeout, as C.3) plus the full Connectivity Monitoring Object /4/0. Used by int-701, int-710
 * (and 1.2-int-111).
 *
 * The ETS lists which resources C.5 holds (0, 1/0..1, 2, 3, 4/0..1, 5/0..1, 6, 7/0..1, 8, 9, 10) but
 * the values are the device's own radio state; these are a plausible LTE-FDD attachment, each inside
 * its DDF range (Object 4 v1.3). Addresses come from the documentation ranges (RFC 5737, RFC 3849).
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C3 } from './c3';
import { extendConfiguration } from './extend';

/** Network Bearer enumeration of /4/x/0 (Object 4): 6 = LTE-FDD, 21 = WLAN. */
export const NetworkBearer = { LteFdd: 6, Wlan: 21 } as const;

export const C5: ClientConfiguration = extendConfiguration(C3, 'C.5', [
  {
    objectId: 4, // Connectivity Monitoring
    instanceId: 0,
    resources: {
      0: NetworkBearer.LteFdd, // Network Bearer
      1: { 0: NetworkBearer.LteFdd, 1: NetworkBearer.Wlan }, // Available Network Bearer
      2: -93, // Radio Signal Strength (dBm)
      3: 12, // Link Quality
      4: { 0: '192.0.2.20', 1: '2001:db8::20' }, // IP Addresses
      5: { 0: '192.0.2.1', 1: '2001:db8::1' }, // Router IP Addresses
      6: 25, // Link Utilization (%)
      7: { 0: 'internet', 1: 'm2m.example' }, // APN
      8: 20513, // Cell ID
      9: 1, // SMNC
      10: 208, // SMCC
    },
  },
]);
