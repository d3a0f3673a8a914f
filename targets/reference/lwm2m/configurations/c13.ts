/**
 * ETS Appendix C, configuration C.13 "Bootstrap Server Contact": only the Bootstrap-Server Account,
 * in Security Object Instance 1 (instance 0 is left for the Server Account the Bootstrap-Server
 * writes), and the Device basics. "The mandatory Server Object is supported but has no instance."
 * Used by int-0, 4, 6..9, 12. As with C.1, the ETS's PSK account runs NoSec here; /0/1/0 is replaced
 * by the URI of the suite's Bootstrap-Server (`withBootstrapServerUri`).
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C1, SecurityMode } from './c1';
import { opaque } from './extend';

/** Placeholder until the harness knows its Bootstrap-Server's address. */
export const UNSET_BOOTSTRAP_URI = 'coap://0.0.0.0:5683';

const device = C1.instances.find((i) => i.objectId === 3 && i.instanceId === 0)!;

export const C13: ClientConfiguration = {
  id: 'C.13',
  instances: [
    {
      objectId: 0, // LwM2M Security: the Bootstrap-Server Account
      instanceId: 1,
      resources: {
        0: UNSET_BOOTSTRAP_URI, // LwM2M Server URI (of the Bootstrap-Server)
        1: true, // Bootstrap-Server
        2: SecurityMode.NoSec, // Security Mode (ETS: 0, PSK)
        3: opaque('testfest-bootstrap-client'), // Public Key or Identity
        5: opaque('testfest-bs-psk-key-000000000000'), // Secret Key
      },
    },
    device,
  ],
};
