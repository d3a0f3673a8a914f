/**
 * The `broken` target: deliberately non-conformant twins of the reference targets, for the self-test.
 * It declares the same capabilities as the reference, so each violation must surface as a Fail at
 * exactly its criterion (test/broken-criteria.ts), never as Not Applicable.
 */
import type { TargetDefinition } from '../config/schema';
import type { TargetBundle } from '../registry';
import { bundleOf, mergeCapabilities, REFERENCE_LWM2M_CLIENT_CAPABILITIES } from '../reference/bundle';
import { BROKEN_PSA_CRYPTO_CAPABILITIES } from './psa-crypto';

export function brokenBundle(name: string, def: TargetDefinition): TargetBundle {
  return bundleOf(name, def.kind, def.description ?? 'Deliberately broken targets', mergeCapabilities(REFERENCE_LWM2M_CLIENT_CAPABILITIES, BROKEN_PSA_CRYPTO_CAPABILITIES), {
    'lwm2m-client': () => (require('./lwm2m-client') as typeof import('./lwm2m-client')).createBrokenLwm2mClient(),
    'psa-crypto': (ctx) => (require('./psa-crypto') as typeof import('./psa-crypto')).createBrokenPsaCrypto(ctx),
  });
}
