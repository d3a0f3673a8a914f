/**
 * The criteria the broken targets (targets/broken/) violate on purpose. The self-test requires that a
 * run against them fails exactly these steps: one more or one less is a defect of the suite.
 */
export const BROKEN_CRITERIA: Array<{ id: string; name: string; step: string }> = [
  // targets/broken/lwm2m-client.ts omits lwm2m= from the Register query (TS-Transport §6.4.3, ETS int-101).
  { id: '@LightweightM2M-1.1-int-101', name: 'Initial Registration', step: '(A) the Register request carries lwm2m=1.1' },
  // ... and answers a write of /1/0/1 with 2.04 but neither stores it nor sends the Update with lt= (TS-Core §6.2.2).
  { id: '@LightweightM2M-1.1-int-102', name: 'Registration Update', step: '(B) the Server receives an Update request with lt=20' },
  // targets/broken/psa-crypto.ts exports without checking PSA_KEY_USAGE_EXPORT (Crypto API §9.6 psa_export_key).
  { id: '@psa-c003', name: 'psa_export_key: Key Management APIs — Test psa_export_key with key policy verify', step: '(checkpoint 4) the status is NOT_PERMITTED' },
  { id: '@psa-c003', name: 'psa_export_key: Key Management APIs — Test psa_export_key with RSA 2048 keypair without export usage', step: '(checkpoint 4) the status is NOT_PERMITTED' },
];
