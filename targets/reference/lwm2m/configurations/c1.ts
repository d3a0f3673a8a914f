/**
 * ETS Appendix C, configuration C.1: one LwM2M Server account, the Server Object Instance that goes
 * with it, and the Device Object with its basic information. The minimum configuration of most DM
 * and Information Reporting cases and of the Registration cases int-101..105.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';

/** Security Mode values of /0/x/2 (TS-Core App. E.1). */
export const SecurityMode = { PreSharedKey: 0, RawPublicKey: 1, Certificate: 2, NoSec: 3, Est: 4 } as const;

/** Placeholder until the suite's runner provides the URI of its server (`withServerUri`). */
export const UNSET_SERVER_URI = 'coap://0.0.0.0:5683';

/**
 * C.1 as the reference client runs it. The ETS provisions a PSK account (/0/0/2 = 0 with identity
 * /0/0/3 and key /0/0/5). The fixture is NoSec (/0/0/2 = 3; the PSK values stay provisioned but
 * unused), as runs over coap use it; the harness rewrites the account for the run's transport at
 * start (with-security.ts: over coaps/coaps+tcp a PSK generated per scenario, the ETS's own setting).
 *
 * Executable resources (/1/0/4 Disable, /1/0/8 Registration Update Trigger, /3/0/4 Reboot) carry no
 * value; they exist because the client implements them (client/executables.ts).
 */
export const C1: ClientConfiguration = {
  id: 'C.1',
  instances: [
    {
      objectId: 0, // LwM2M Security
      instanceId: 0,
      resources: {
        0: UNSET_SERVER_URI, // LwM2M Server URI
        1: false, // Bootstrap-Server
        2: SecurityMode.NoSec, // Security Mode (ETS: 0, PSK)
        3: { opaque: Buffer.from('testfest-client').toString('base64') }, // Public Key or Identity
        5: { opaque: Buffer.from('testfest-psk-key-000000000000000', 'utf8').toString('base64') }, // Secret Key
        10: 1, // Short Server ID
      },
    },
    {
      objectId: 1, // LwM2M Server
      instanceId: 0,
      resources: {
        0: 1, // Short Server ID
        1: 86400, // Lifetime
        6: false, // Notification Storing When Disabled or Offline
        7: 'U', // Binding
      },
    },
    {
      objectId: 3, // Device
      instanceId: 0,
      resources: {
        0: 'Open Mobile Alliance', // Manufacturer
        1: 'Lightweight M2M Client', // Model Number
        2: '345000123', // Serial Number
        3: '1.0', // Firmware Version
        11: { 0: 0 }, // Error Code (multiple): 0 = no error
        16: 'U', // Supported Binding and Modes
      },
    },
  ],
};
