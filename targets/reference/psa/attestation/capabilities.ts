/**
 * The attestation simulator's capability manifest: the psa-attestation role and both functions. Its
 * tokens are RFC 9783 COSE_Sign1 ES256; the verifier (verifier/) accepts every profile, so scenarios
 * need no profile capability.
 */
import type { CapabilityManifest } from '../../../capabilities';

export const PSA_ATTESTATION_SIMULATOR_CAPABILITIES: CapabilityManifest = {
  role: ['psa-attestation'],
  api: ['psa_initial_attest_get_token', 'psa_initial_attest_get_token_size'],
};
