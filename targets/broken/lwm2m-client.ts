/**
 * The broken LwM2M client of the self-test: the reference client with two deliberate faults. Against
 * it the suite must fail exactly ETS int-101 criterion A (no `lwm2m=` in Register) and the criterion
 * that needs the lifetime write to take effect (int-102 B, the Update with `lt=20`) — nothing else.
 */
import { createReferenceClient, type ReferenceLwm2mClient } from '../reference/lwm2m/client';

export function createBrokenLwm2mClient(): ReferenceLwm2mClient {
  return createReferenceClient({ faults: { omitLwm2mVersion: true, ignoreLifetimeWrite: true } });
}
