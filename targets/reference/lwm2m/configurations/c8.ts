/**
 * ETS Appendix C, configuration C.8 "Firmware Update": C.3 (server account with the default periods
 * and disable timeout) plus the Firmware Update Object /5/0. Used by int-751..779.
 *
 * Package (/5/0/0) is write-only and Update (/5/0/2) executable: neither has a value to provision.
 * Protocol Support lists what the reference client's downloader implements (CoAP with block-wise
 * transfer, HTTP/1.1); Delivery Method 2 = push and pull.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C3 } from './c3';
import { extendConfiguration } from './extend';

/** /5/x/8 Firmware Update Protocol Support values (Object 5 v1.1). */
export const FirmwareProtocol = { Coap: 0, Coaps: 1, Http: 2, Https: 3 } as const;

export const C8: ClientConfiguration = extendConfiguration(C3, 'C.8', [
  {
    objectId: 5, // Firmware Update
    instanceId: 0,
    resources: {
      1: '', // Package URI
      3: 0, // State: Idle
      5: 0, // Update Result: initial value
      6: '', // PkgName
      7: '', // PkgVersion
      8: { 0: FirmwareProtocol.Coap, 1: FirmwareProtocol.Http }, // Firmware Update Protocol Support
      9: 2, // Firmware Update Delivery Method: both push and pull
    },
  },
]);
