/**
 * ETS Appendix C, configuration C.7: C.1 with the Server Object's default periods (as C.3) plus the
 * Location Object /6/0 with the values the ETS prints. Used by int-801 and int-810.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C3 } from './c3';
import { extendConfiguration, opaque } from './extend';

export const C7: ClientConfiguration = extendConfiguration(C3, 'C.7', [
  {
    objectId: 6, // Location
    instanceId: 0,
    resources: {
      0: 43.5723, // Latitude (deg)
      1: 153.2176, // Longitude (deg); printed 153.21760
      2: 140, // Altitude (m)
      3: 100, // Radius (m)
      // Velocity, 3GPP TS 23.032 §8.12: the ETS prints the opaque value "0"; one zero octet here is
      // the smallest honest reading of it (the suite never decodes it as a velocity).
      4: opaque(Buffer.from([0])),
      5: 1367491215, // Timestamp (2013-05-02T10:40:15Z)
      6: 3, // Speed (m/s)
    },
  },
]);
