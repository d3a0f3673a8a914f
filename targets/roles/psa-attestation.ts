/**
 * Role: a PSA Initial Attestation implementation under test (PSA Certified Attestation API 1.0/2.0,
 * psa-api headers/attestation/{1.0,2.0}/psa/initial_attestation.h; the two have identical function
 * signatures, 2.0 produces RFC 9783 tokens). Typed async methods named exactly as the spec, plain data
 * only, so an out-of-process bridge can serve the same interface.
 */
import type { JsonWebKey } from 'node:crypto';
import type { PsaStatus } from './psa-crypto';

export interface PsaAttestationTokenResult {
  status: PsaStatus;
  /** The token (`*token_size` bytes of `token_buf`) on success; empty on failure. */
  token: Uint8Array;
}

export interface PsaAttestationTokenSizeResult {
  status: PsaStatus;
  /** `*token_size` on success; 0 on failure. */
  tokenSize: number;
}

/**
 * How a verifier checks the target's tokens: the Initial Attestation Key's public part (asymmetric
 * IAK, COSE_Sign1) or the shared key (symmetric IAK, COSE_Mac0), as a JWK (RFC 7517). This is the
 * role of psa-arch-tests' PAL hook for the attestation public key (pal_attestation_config.h,
 * PLATFORM_OVERRIDE_ATTEST_PK): not a PSA function, a harness input a vendor supplies.
 */
export interface PsaAttestationVerificationKey {
  /** COSE algorithm name: ES256, ES384, ES512 (Sign1) or HS256, HS384, HS512 (Mac0). */
  alg: string;
  /** Public JWK (kty EC) or, for a symmetric IAK, the secret (kty oct). */
  jwk: JsonWebKey;
}

export interface PsaAttestationTarget {
  /**
   * `psa_initial_attest_get_token(auth_challenge, challenge_size, token_buf, token_buf_size, &token_size)`:
   * `tokenBufSize` is the caller's buffer size (PSA_ERROR_BUFFER_TOO_SMALL when it cannot hold the token).
   */
  psa_initial_attest_get_token(challenge: Uint8Array, tokenBufSize: number): Promise<PsaAttestationTokenResult>;
  /** `psa_initial_attest_get_token_size(challenge_size, &token_size)`. */
  psa_initial_attest_get_token_size(challengeSize: number): Promise<PsaAttestationTokenSizeResult>;
  /** Harness input, not a PSA function: the key to verify this target's tokens with. */
  verification_key(): Promise<PsaAttestationVerificationKey>;
  /** Not a spec function: the target releases what it holds. Safe to call twice. */
  close(): Promise<void>;
}
