/**
 * Verifies a PSA attestation token as a relying party would: envelope (RFC 9783 §5), signature or
 * MAC, claims-set profile and claim types (claims.ts), and freshness (the nonce equals the challenge
 * the verifier sent). Accepts the RFC 9783 profile, the PSA 2.0.0 draft and legacy PSA_IOT_PROFILE_1
 * (RFC 9783 recommends accepting the legacy format during the transition). Never throws: the result
 * says why a token was refused.
 */
import { timingSafeEqual } from 'node:crypto';
import type { PsaAttestationVerificationKey } from '../../../../roles/psa-attestation';
import { CLAIM_KEYS, type ProfileId } from '../claim-keys';
import { claimProblems } from './claims';
import { decodeStrict, parseEnvelope, VerificationProblem } from './envelope';
import { detectProfile } from './profiles';
import { signatureProblem } from './signature';

export interface VerifyOptions {
  key: PsaAttestationVerificationKey;
  /** The challenge sent with psa_initial_attest_get_token; the nonce claim must equal it. */
  challenge?: Uint8Array;
  /** When given, the instance ID claim must equal it (e.g. 0x01 || SHA-256 of the IAK public key). */
  instanceId?: Uint8Array;
}

export type TokenVerification =
  | { ok: true; envelope: 'COSE_Sign1' | 'COSE_Mac0'; alg: string; profile: ProfileId; claims: Map<unknown, unknown> }
  | { ok: false; reason: string };

const sameBytes = (a: unknown, b: Uint8Array) => a instanceof Uint8Array && a.length === b.length && timingSafeEqual(a, b);

export function verifyPsaToken(token: Uint8Array, options: VerifyOptions): TokenVerification {
  try {
    const env = parseEnvelope(token);
    const badSignature = signatureProblem(env, options.key);
    if (badSignature) return { ok: false, reason: badSignature };
    const claims = decodeStrict(env.payload, 'payload');
    if (!(claims instanceof Map)) throw new VerificationProblem('payload must be a claims map');
    const profile = detectProfile(claims);
    const problems = claimProblems(claims, profile);
    if (problems.length > 0) return { ok: false, reason: problems.join('; ') };
    const keys = CLAIM_KEYS[profile];
    if (options.challenge && !sameBytes(claims.get(keys.nonce), options.challenge)) {
      return { ok: false, reason: `claim ${keys.nonce} (nonce) does not match the challenge` };
    }
    if (options.instanceId && !sameBytes(claims.get(keys.instanceId), options.instanceId)) {
      return { ok: false, reason: `claim ${keys.instanceId} (instance ID) does not identify the expected IAK` };
    }
    return { ok: true, envelope: env.kind, alg: env.alg.name, profile, claims };
  } catch (e) {
    if (e instanceof VerificationProblem) return { ok: false, reason: e.message };
    throw e;
  }
}
