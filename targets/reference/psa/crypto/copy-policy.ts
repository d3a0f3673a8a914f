/**
 * psa_copy_key policy rules, PSA Crypto API 1.2 §9.6 psa_copy_key and §9.5.2:
 * - the target usage is the intersection of the source usage and the requested usage;
 * - the target algorithm is the intersection of the two policies: equal algorithms, or a wildcard
 *   and an algorithm it permits (→ the specific one); PSA_ALG_NONE on either side gives NONE;
 *   two incompatible algorithms → PSA_ERROR_INVALID_ARGUMENT (as Mbed TLS psa_restrict_key_policy).
 */
import { macLength } from './mac/algorithms';
import { algorithmPermitted } from './policy';

/** The intersected algorithm, or undefined when the policies are incompatible. */
export function intersectAlgorithms(source: number, requested: number): number | undefined {
  if (source === requested) return source;
  if (source === 0 || requested === 0) return 0;
  if (algorithmPermitted(source, requested, macLength)) return requested;
  if (algorithmPermitted(requested, source, macLength)) return source;
  return undefined;
}
