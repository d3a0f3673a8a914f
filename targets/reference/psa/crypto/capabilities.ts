/**
 * The simulator's honest capability manifest for the PSA Crypto role (the analogue of psa-arch-tests'
 * `pal_crypto_config.h` ARCH_TEST_* flags). Key values use the capability spelling of
 * `keyCapabilityName` (constants/key-type-names.ts): `<PSA_KEY_TYPE_ suffix>[(<family suffix>)]:<bits>`,
 * e.g. `AES:128`, `DES:192` (3-key 3DES), `RSA_KEY_PAIR:2048`, `ECC_KEY_PAIR(SECP_R1):256`. A value
 * without `:bits` (`HMAC`) covers every size. These are the values of `@requires:key=…` tags.
 *
 * Deliberately absent: `DES:64` (single DES needs OpenSSL's legacy provider), `ECC_*(SECP_R1):192`,
 * other curve families. No `alg` values yet: this slice stores algorithm policies but performs no
 * cryptographic operation with them, so it claims none.
 */
import type { CapabilityManifest } from '../../../capabilities';

const rsaSizes = [1024, 2048, 3072, 4096];
const secpR1Sizes = [224, 256, 384, 521];

export const PSA_SIMULATOR_KEY_CAPABILITIES: readonly string[] = [
  'RAW_DATA',
  'HMAC',
  'DERIVE',
  'AES:128',
  'AES:192',
  'AES:256',
  'DES:128',
  'DES:192',
  ...rsaSizes.map((b) => `RSA_KEY_PAIR:${b}`),
  ...rsaSizes.map((b) => `RSA_PUBLIC_KEY:${b}`),
  ...secpR1Sizes.map((b) => `ECC_KEY_PAIR(SECP_R1):${b}`),
  ...secpR1Sizes.map((b) => `ECC_PUBLIC_KEY(SECP_R1):${b}`),
];

export const PSA_SIMULATOR_CAPABILITIES: CapabilityManifest = {
  role: ['psa-crypto'],
  key: PSA_SIMULATOR_KEY_CAPABILITIES,
  lifetime: ['VOLATILE', 'PERSISTENT'],
  api: [
    'psa_crypto_init',
    'psa_generate_random',
    'psa_import_key',
    'psa_generate_key',
    'psa_export_key',
    'psa_export_public_key',
    'psa_destroy_key',
    'psa_get_key_attributes',
  ],
};
