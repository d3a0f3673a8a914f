/**
 * The simulator's honest capability manifest for the PSA Crypto role (the analogue of psa-arch-tests'
 * `pal_crypto_config.h` ARCH_TEST_* flags). Key values use the capability spelling of
 * `keyCapabilityName` (constants/key-type-names.ts): `<PSA_KEY_TYPE_ suffix>[(<family suffix>)]:<bits>`,
 * e.g. `AES:128`, `DES:192` (3-key 3DES), `RSA_KEY_PAIR:2048`, `ECC_KEY_PAIR(SECP_R1):256`. A value
 * without `:bits` (`HMAC`) covers every size. Algorithm values are the PSA_ALG_ name without the
 * prefix; hash-parameterised families are claimed by family (`HMAC`, `ECDSA`, `HKDF`) plus the hashes
 * they can run with (`SHA_256`). These are the values of `@requires:key=…` / `@requires:alg=…` tags;
 * capabilities.spec.ts runs every claim.
 *
 * Deliberately absent, so their rows are Not Applicable: `DES:64` (single DES needs OpenSSL's legacy
 * provider), `ECC_*(SECP_R1):192`, other Weierstrass families, DH 4096 and larger (no verified RFC 7919
 * prime here), ARIA, CAMELLIA, SM4, ARC4, MD2, MD4, AES-MMO-Zigbee, CBC_MAC claims beyond AES, XTS,
 * and SPAKE2P_MATTER (the Matter draft key schedule). PAKE is claimed on P-256 with SHA-256 only:
 * J-PAKE, SPAKE2P_HMAC and SPAKE2P_CMAC, with SPAKE2+ keys on SECP_R1 256. psa_hash_suspend/resume are
 * claimed: they work for SHA-224/256/384/512 (hash/suspend.ts) and return NOT_SUPPORTED for the rest.
 */
import type { CapabilityManifest } from '../../../capabilities';
import { SUPPORTED_HASHES } from './hash/algorithms';

const rsaSizes = [1024, 2048, 3072, 4096];
const secpR1Sizes = [224, 256, 384, 521];
const pairAndPublic = (type: string, sizes: number[]): string[] =>
  sizes.flatMap((b) => [`${type.replace('*', 'KEY_PAIR')}:${b}`, `${type.replace('*', 'PUBLIC_KEY')}:${b}`]);

export const PSA_SIMULATOR_KEY_CAPABILITIES: readonly string[] = [
  'RAW_DATA',
  'HMAC',
  'DERIVE',
  'PASSWORD',
  'PASSWORD_HASH',
  'PEPPER',
  'AES:128',
  'AES:192',
  'AES:256',
  'DES:128',
  'DES:192',
  'CHACHA20:256',
  'XCHACHA20:256',
  ...pairAndPublic('RSA_*', rsaSizes),
  ...pairAndPublic('ECC_*(SECP_R1)', secpR1Sizes),
  ...pairAndPublic('ECC_*(MONTGOMERY)', [255, 448]),
  ...pairAndPublic('ECC_*(TWISTED_EDWARDS)', [255, 448]),
  ...pairAndPublic('DH_*(RFC7919)', [2048, 3072]),
  ...pairAndPublic('SPAKE2P_*(SECP_R1)', [256]),
];

/** Algorithm claims: families, then every hash they may be combined with. */
export const PSA_SIMULATOR_ALG_CAPABILITIES: readonly string[] = [
  ...SUPPORTED_HASHES.map((h) => h.name),
  // MAC (§10.3)
  'HMAC',
  'CMAC',
  'CBC_MAC',
  // Ciphers (§10.4)
  'ECB_NO_PADDING',
  'CBC_NO_PADDING',
  'CBC_PKCS7',
  'CTR',
  'CFB',
  'OFB',
  'CCM_STAR_NO_TAG',
  'STREAM_CIPHER',
  // AEAD (§10.5)
  'CCM',
  'GCM',
  'CHACHA20_POLY1305',
  'XCHACHA20_POLY1305',
  // Signatures (§10.7)
  'RSA_PKCS1V15_SIGN',
  'RSA_PKCS1V15_SIGN_RAW',
  'RSA_PSS',
  'RSA_PSS_ANY_SALT',
  'ECDSA',
  'ECDSA_ANY',
  'DETERMINISTIC_ECDSA',
  'PURE_EDDSA',
  'ED25519PH',
  'ED448PH',
  // Asymmetric encryption (§10.8)
  'RSA_PKCS1V15_CRYPT',
  'RSA_OAEP',
  // Key agreement (§10.9)
  'ECDH',
  'FFDH',
  // Key derivation (§10.6)
  'HKDF',
  'HKDF_EXTRACT',
  'HKDF_EXPAND',
  'TLS12_PRF',
  'TLS12_PSK_TO_MS',
  'PBKDF2_HMAC',
  'PBKDF2_AES_CMAC_PRF_128',
  'SP800_108_COUNTER_HMAC',
  'SP800_108_COUNTER_CMAC',
  'TLS12_ECJPAKE_TO_PMS',
  // PAKE (1.2 extension): with SHA-256 over P-256 only
  'JPAKE',
  'SPAKE2P_HMAC',
  'SPAKE2P_CMAC',
];

/**
 * The spec functions the simulator implements (`@requires:api=…`): every PsaCryptoTarget function
 * (capabilities.spec.ts checks this list against the simulator's prototype).
 */
export const PSA_SIMULATOR_API: readonly string[] = [
  'psa_crypto_init', 'psa_generate_random',
  'psa_import_key', 'psa_generate_key', 'psa_copy_key', 'psa_export_key', 'psa_export_public_key',
  'psa_destroy_key', 'psa_purge_key', 'psa_get_key_attributes',
  ...['compute', 'compare', 'operation_init', 'setup', 'update', 'finish', 'verify', 'abort', 'clone', 'suspend', 'resume'].map((f) => `psa_hash_${f}`),
  ...['compute', 'verify', 'operation_init', 'sign_setup', 'verify_setup', 'update', 'sign_finish', 'verify_finish', 'abort'].map((f) => `psa_mac_${f}`),
  ...['encrypt', 'decrypt', 'operation_init', 'encrypt_setup', 'decrypt_setup', 'generate_iv', 'set_iv', 'update', 'finish', 'abort'].map((f) => `psa_cipher_${f}`),
  ...['encrypt', 'decrypt', 'operation_init', 'encrypt_setup', 'decrypt_setup', 'set_lengths', 'generate_nonce', 'set_nonce', 'update_ad', 'update', 'finish', 'verify', 'abort'].map((f) => `psa_aead_${f}`),
  'psa_sign_message', 'psa_verify_message', 'psa_sign_hash', 'psa_verify_hash',
  'psa_asymmetric_encrypt', 'psa_asymmetric_decrypt',
  'psa_raw_key_agreement', 'psa_key_agreement',
  ...['operation_init', 'setup', 'get_capacity', 'set_capacity', 'input_bytes', 'input_integer', 'input_key', 'key_agreement', 'output_bytes', 'output_key', 'verify_bytes', 'verify_key', 'abort'].map((f) => `psa_key_derivation_${f}`),
  ...['operation_init', 'setup', 'set_role', 'set_user', 'set_peer', 'set_context', 'output', 'input', 'get_shared_key', 'abort'].map((f) => `psa_pake_${f}`),
];

export const PSA_SIMULATOR_CAPABILITIES: CapabilityManifest = {
  role: ['psa-crypto'],
  key: PSA_SIMULATOR_KEY_CAPABILITIES,
  alg: PSA_SIMULATOR_ALG_CAPABILITIES,
  lifetime: ['VOLATILE', 'PERSISTENT'],
  api: PSA_SIMULATOR_API,
};
