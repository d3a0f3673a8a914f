/**
 * ETS Appendix C, configuration C.3: C.1 plus the Server Object's default notification periods and
 * disable timeout. Used by int-103 (Deregistration) and the "Setting basic information" cases.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C1 } from './c1';

export const C3: ClientConfiguration = {
  id: 'C.3',
  instances: C1.instances.map((instance) =>
    instance.objectId === 1 && instance.instanceId === 0
      ? {
          ...instance,
          resources: {
            ...instance.resources,
            1: 86400, // Lifetime
            2: 1, // Default Minimum Period
            3: 10, // Default Maximum Period
            5: 86400, // Disable Timeout (listed in C.3; also the TS-Core default)
          },
        }
      : instance,
  ),
};
