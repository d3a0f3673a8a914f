/**
 * What the Mbed TLS 2.28 shim really supports through the bridge, in the capability spelling of the
 * reference manifest (targets/reference/psa/crypto/capabilities.ts). Only what the Crypto scenarios
 * showed working is claimed; everything else is Not Applicable on this target, never a Fail:
 * - no multipart AEAD (psa_aead_*_setup … declared by the 2.28 headers, not exported by
 *   libmbedcrypto), no psa_hash_suspend/resume, no psa_key_derivation_input_integer/verify_*, no
 *   psa_key_agreement (Crypto 1.2), no PAKE (psa.md §4.2, §5);
 * - no EdDSA, no FFDH, no SHA-3, no PBKDF2, no ARIA, no XChaCha20, no X448 (Curve448 is enabled in
 *   Debian's ECP configuration but psa_import_key of a MONTGOMERY 448-bit key answers
 *   PSA_ERROR_NOT_SUPPORTED).
 */
import type { CapabilityManifest } from '../capabilities';

const rsaSizes = [1024, 2048, 3072, 4096];
const secpR1Sizes = [192, 224, 256, 384, 521];

export const MBEDTLS_KEY_CAPABILITIES: string[] = [
  'RAW_DATA',
  'HMAC',
  'DERIVE',
  'AES:128',
  'AES:192',
  'AES:256',
  'DES:64',
  'DES:128',
  'DES:192',
  ...rsaSizes.map((b) => `RSA_KEY_PAIR:${b}`),
  ...rsaSizes.map((b) => `RSA_PUBLIC_KEY:${b}`),
  ...secpR1Sizes.map((b) => `ECC_KEY_PAIR(SECP_R1):${b}`),
  ...secpR1Sizes.map((b) => `ECC_PUBLIC_KEY(SECP_R1):${b}`),
  'ECC_KEY_PAIR(MONTGOMERY):255',
  'ECC_PUBLIC_KEY(MONTGOMERY):255',
  'CHACHA20:256',
];

/**
 * Algorithms, in the reference's spelling (families plus the hashes they run with). Absent on 2.28:
 * SHA_512_224, SHA_512_256, SHA3_*, CBC_MAC, CCM_STAR_NO_TAG, XTS, XCHACHA20_POLY1305,
 * RSA_PSS_ANY_SALT, PURE_EDDSA, ED25519PH, ED448PH, FFDH, HKDF_EXTRACT, HKDF_EXPAND, PBKDF2_*,
 * SP800_108_*, PAKE.
 */
export const MBEDTLS_ALG_CAPABILITIES: string[] = [
  'MD2',
  'MD4',
  'MD5',
  'RIPEMD160',
  'SHA_1',
  'SHA_224',
  'SHA_256',
  'SHA_384',
  'SHA_512',
  'HMAC',
  'CMAC',
  'ECB_NO_PADDING',
  'CBC_NO_PADDING',
  'CBC_PKCS7',
  'CTR',
  'CFB',
  'OFB',
  'STREAM_CIPHER',
  'CCM',
  'GCM',
  'CHACHA20_POLY1305',
  'RSA_PKCS1V15_SIGN',
  'RSA_PKCS1V15_SIGN_RAW',
  'RSA_PSS',
  'ECDSA',
  'ECDSA_ANY',
  'DETERMINISTIC_ECDSA',
  'RSA_PKCS1V15_CRYPT',
  'RSA_OAEP',
  'ECDH',
  'HKDF',
  'TLS12_PRF',
  'TLS12_PSK_TO_MS',
];

/** The functions the shim offers (src/*.c tables); test/mbedtls.spec.ts checks them against its hello. */
export const MBEDTLS_API: string[] = [
  'psa_crypto_init',
  'psa_generate_random',
  'psa_import_key',
  'psa_generate_key',
  'psa_copy_key',
  'psa_export_key',
  'psa_export_public_key',
  'psa_destroy_key',
  'psa_purge_key',
  'psa_get_key_attributes',
  'psa_hash_compute',
  'psa_hash_compare',
  'psa_hash_operation_init',
  'psa_hash_setup',
  'psa_hash_update',
  'psa_hash_finish',
  'psa_hash_verify',
  'psa_hash_abort',
  'psa_hash_clone',
  'psa_mac_compute',
  'psa_mac_verify',
  'psa_mac_operation_init',
  'psa_mac_sign_setup',
  'psa_mac_verify_setup',
  'psa_mac_update',
  'psa_mac_sign_finish',
  'psa_mac_verify_finish',
  'psa_mac_abort',
  'psa_cipher_encrypt',
  'psa_cipher_decrypt',
  'psa_cipher_operation_init',
  'psa_cipher_encrypt_setup',
  'psa_cipher_decrypt_setup',
  'psa_cipher_generate_iv',
  'psa_cipher_set_iv',
  'psa_cipher_update',
  'psa_cipher_finish',
  'psa_cipher_abort',
  'psa_aead_encrypt',
  'psa_aead_decrypt',
  'psa_sign_message',
  'psa_verify_message',
  'psa_sign_hash',
  'psa_verify_hash',
  'psa_asymmetric_encrypt',
  'psa_asymmetric_decrypt',
  'psa_raw_key_agreement',
  'psa_key_derivation_operation_init',
  'psa_key_derivation_setup',
  'psa_key_derivation_get_capacity',
  'psa_key_derivation_set_capacity',
  'psa_key_derivation_input_bytes',
  'psa_key_derivation_input_key',
  'psa_key_derivation_key_agreement',
  'psa_key_derivation_output_bytes',
  'psa_key_derivation_output_key',
  'psa_key_derivation_abort',
];

/** Mutable arrays, so the built-in target definition (registry.ts) can carry it as configuration. */
export const MBEDTLS_CAPABILITIES = {
  role: ['psa-crypto'],
  key: MBEDTLS_KEY_CAPABILITIES,
  alg: MBEDTLS_ALG_CAPABILITIES,
  lifetime: ['VOLATILE', 'PERSISTENT'],
  api: MBEDTLS_API,
} satisfies CapabilityManifest;
