/**
 * Verifies the scenario's tokens with the suite's own verifier (targets/reference/psa/attestation/
 * verifier: RFC 9783, PSA 2.0.0 draft, legacy PSA_IOT_PROFILE_1) against the key the target declares
 * (psa-arch-tests does the same in VAL with the PAL's attestation public key).
 */
import { CLAIM_KEYS, type ClaimKeys } from '../../targets/reference/psa/attestation/claim-keys';
import { verifyPsaToken, type TokenVerification } from '../../targets/reference/psa/attestation/verifier';
import type { TestfestWorld } from '../support/world';
import { attestationTarget } from './attestation-scenario';

export async function verifyToken(world: TestfestWorld, token: Uint8Array, challenge?: Uint8Array): Promise<TokenVerification> {
  const key = await (await attestationTarget(world)).verification_key();
  const result = verifyPsaToken(token, { key, challenge });
  world.evidence.line(
    'attestation-verifier',
    result.ok ? `verified: ${result.envelope} ${result.alg}, profile ${result.profile}, ${token.length} bytes` : `refused: ${result.reason}`,
  );
  return result;
}

export interface VerifiedClaims {
  claims: Map<unknown, unknown>;
  keys: ClaimKeys;
}

/** The claims of a token that must verify (a precondition of the claim checks). */
export async function verifiedClaims(world: TestfestWorld, token: Uint8Array): Promise<VerifiedClaims> {
  const r = await verifyToken(world, token);
  if (!r.ok) throw new Error(`the token does not verify, so its claims cannot be checked: ${r.reason}`);
  return { claims: r.claims, keys: CLAIM_KEYS[r.profile] };
}
