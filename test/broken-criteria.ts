/**
 * The criteria the broken targets (targets/broken/) violate on purpose. The self-test requires that a
 * run against them fails exactly these steps: one more or one less is a defect of the suite.
 */
export const BROKEN_CRITERIA: Array<{ id: string; name: string; step: string }> = [
  // targets/broken/psa-crypto.ts exports without checking PSA_KEY_USAGE_EXPORT (Crypto API §9.6 psa_export_key).
  { id: '@psa-c003', name: 'psa_export_key: Key Management APIs — Test psa_export_key with key policy verify', step: '(checkpoint 4) the status is NOT_PERMITTED' },
  { id: '@psa-c003', name: 'psa_export_key: Key Management APIs — Test psa_export_key with RSA 2048 keypair without export usage', step: '(checkpoint 4) the status is NOT_PERMITTED' },
];
