/**
 * ETS Appendix C, configuration C.16 "Event Log 16": C.1 with the Server Object's default periods (as
 * C.3) and one Event Log instance /20/0 holding a stopped collection with valid data. Used by
 * int-2000, int-2001.
 *
 * The ETS also provisions `/20/0/4011` = "0,100", but LogStart is an Executable Resource (20.xml, all
 * versions): it has no value to provision. The reference client implements it (client/objects/).
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C3 } from './c3';
import { extendConfiguration, opaque } from './extend';

/** LogStatus bits (Object 20, 4013): 1st LSB stopped, 2nd LSB LogData holds valid data. */
export const LogStatus = { Stopped: 0b01, ValidData: 0b10 } as const;

export const C16: ClientConfiguration = extendConfiguration(C3, 'C.16', [
  {
    objectId: 20, // Event Log
    instanceId: 0,
    resources: {
      4010: 0, // LogClass: generic
      4013: LogStatus.Stopped | LogStatus.ValidData, // LogStatus = 3
      4014: opaque('2013-05-02T10:40:15Z boot\n'), // LogData: the collection so far
    },
  },
]);
