/** The PSA attestation token verifier (RFC 9783, PSA 2.0.0 draft, legacy PSA_IOT_PROFILE_1). */
export { verifyPsaToken, type TokenVerification, type VerifyOptions } from './verify-token';
export { claimProblems } from './claims';
export { detectProfile } from './profiles';
export { cborStructureProblem } from './cbor-wellformed';
