/**
 * Which profile a claims-set follows: legacy PSA_IOT_PROFILE_1 when it uses the −75000…−75010 keys
 * (its profile claim is optional, and the Attestation API 1.0.4 example even spells it
 * "PSA_IoT_PROFILE_1", so the keys decide, psa-token-examples.md §4); otherwise the profile claim
 * (265): "http://arm.com/psa/2.0.0" or an RFC 9783 "tag:psacertified.org,2023:psa#…" URI.
 */
import { CLAIM_KEYS, PROFILE_NAMES, RFC9783_PROFILE_PREFIX, type ProfileId } from '../claim-keys';
import { VerificationProblem } from './envelope';

const LEGACY_KEYS = new Set(Object.values(CLAIM_KEYS['psa-iot-1']));

export function detectProfile(claims: Map<unknown, unknown>): ProfileId {
  if ([...claims.keys()].some((k) => LEGACY_KEYS.has(k as number))) {
    const named = claims.get(CLAIM_KEYS['psa-iot-1'].profile);
    if (named !== undefined && (typeof named !== 'string' || named.toUpperCase() !== PROFILE_NAMES['psa-iot-1'])) {
      throw new VerificationProblem(`legacy claims-set names profile ${JSON.stringify(named)}, expected "${PROFILE_NAMES['psa-iot-1']}"`);
    }
    return 'psa-iot-1';
  }
  const profile = claims.get(CLAIM_KEYS['psa-tfm'].profile);
  if (profile === undefined) throw new VerificationProblem('claim 265 (profile) is missing');
  if (profile === PROFILE_NAMES['psa-2.0.0']) return 'psa-2.0.0';
  if (typeof profile === 'string' && profile.startsWith(RFC9783_PROFILE_PREFIX)) return 'psa-tfm';
  throw new VerificationProblem(`claim 265 (profile) ${JSON.stringify(profile)} is not a PSA attestation profile`);
}
