/**
 * ETS Appendix C, configuration C.15 "Binary AppData Container 15": C.1 with the Server Object's
 * default periods (as C.3) and two BinaryAppDataContainer instances: /19/0 carries data from the
 * client to the server (a meter reading as JSON, the ETS's "Base64 JSON meter blob"), /19/1 the other
 * way and starts empty (the ETS prints "n/a" for /19/1/0). Used by int-1900, int-1901.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C3 } from './c3';
import { extendConfiguration, opaque } from './extend';

/** The meter reading in /19/0/0/0. */
export const METER_READING = JSON.stringify({ meter: 'testfest-water-1', unit: 'm3', index: 1234.5, at: '2013-05-02T10:40:15Z' });

export const C15: ClientConfiguration = extendConfiguration(C3, 'C.15', [
  { objectId: 19, instanceId: 0, resources: { 0: { 0: opaque(METER_READING) } } }, // Data: client → server
  { objectId: 19, instanceId: 1, resources: { 0: {} } }, // Data: server → client, empty
]);
