/**
 * Algorithm identifiers (`psa_algorithm_t`, 32 bit), PSA Crypto API 1.2 §10.1 "Algorithms" and the
 * per-family sections (§10.2 hashes, §10.3 MAC, §10.4 ciphers, §10.5 AEAD, §10.6 KDF, §10.7 signatures,
 * §10.8 asymmetric encryption, §10.9 key agreement; PAKE from the 1.2 PAKE extension).
 * `hh` in a comment is the low byte of the hash algorithm.
 */

export const PSA_ALG_NONE = 0;

// Hashes, 0x020000hh
export const PSA_ALG_MD2 = 0x02000001;
export const PSA_ALG_MD4 = 0x02000002;
export const PSA_ALG_MD5 = 0x02000003;
export const PSA_ALG_RIPEMD160 = 0x02000004;
export const PSA_ALG_SHA_1 = 0x02000005;
export const PSA_ALG_AES_MMO_ZIGBEE = 0x02000007;
export const PSA_ALG_SHA_224 = 0x02000008;
export const PSA_ALG_SHA_256 = 0x02000009;
export const PSA_ALG_SHA_384 = 0x0200000a;
export const PSA_ALG_SHA_512 = 0x0200000b;
export const PSA_ALG_SHA_512_224 = 0x0200000c;
export const PSA_ALG_SHA_512_256 = 0x0200000d;
export const PSA_ALG_SHA3_224 = 0x02000010;
export const PSA_ALG_SHA3_256 = 0x02000011;
export const PSA_ALG_SHA3_384 = 0x02000012;
export const PSA_ALG_SHA3_512 = 0x02000013;
export const PSA_ALG_SM3 = 0x02000014;
export const PSA_ALG_SHAKE256_512 = 0x02000015;
/** Wildcard for hash-and-sign policies only (§9.5.2). */
export const PSA_ALG_ANY_HASH = 0x020000ff;

const hh = (hash: number): number => hash & 0xff;

// MAC
export const PSA_ALG_HMAC = (hash: number): number => 0x03800000 | hh(hash);
export const PSA_ALG_CBC_MAC = 0x03c00100;
export const PSA_ALG_CMAC = 0x03c00200;
const LENGTH_MASK = 0x003f8000;
export const PSA_ALG_TRUNCATED_MAC = (mac: number, length: number): number => ((mac & ~LENGTH_MASK) | ((length & 0x3f) << 16)) >>> 0;
export const PSA_ALG_FULL_LENGTH_MAC = (mac: number): number => (mac & ~LENGTH_MASK) >>> 0;
export const PSA_ALG_AT_LEAST_THIS_LENGTH_MAC = (mac: number, length: number): number => (PSA_ALG_TRUNCATED_MAC(mac, length) | 0x8000) >>> 0;

// Unauthenticated ciphers
export const PSA_ALG_STREAM_CIPHER = 0x04800100;
export const PSA_ALG_CTR = 0x04c01000;
export const PSA_ALG_CFB = 0x04c01100;
export const PSA_ALG_OFB = 0x04c01200;
export const PSA_ALG_CCM_STAR_NO_TAG = 0x04c01300;
export const PSA_ALG_XTS = 0x0440ff00;
export const PSA_ALG_ECB_NO_PADDING = 0x04404400;
export const PSA_ALG_CBC_NO_PADDING = 0x04404000;
export const PSA_ALG_CBC_PKCS7 = 0x04404100;

// AEAD
export const PSA_ALG_CCM = 0x05500100;
export const PSA_ALG_GCM = 0x05500200;
export const PSA_ALG_CHACHA20_POLY1305 = 0x05100500;
export const PSA_ALG_XCHACHA20_POLY1305 = 0x05100600;
export const PSA_ALG_AEAD_WITH_SHORTENED_TAG = (aead: number, tag: number): number => ((aead & ~LENGTH_MASK) | ((tag & 0x3f) << 16)) >>> 0;
export const PSA_ALG_AEAD_WITH_DEFAULT_LENGTH_TAG = (aead: number): number => (aead & ~LENGTH_MASK) >>> 0;
export const PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG = (aead: number, tag: number): number =>
  (PSA_ALG_AEAD_WITH_SHORTENED_TAG(aead, tag) | 0x8000) >>> 0;
/** CCM* with any tag length: a wildcard policy (§10.4). */
export const PSA_ALG_CCM_STAR_ANY_TAG = 0x04c09300;

// Key derivation
export const PSA_ALG_HKDF = (hash: number): number => 0x08000100 | hh(hash);
export const PSA_ALG_TLS12_PRF = (hash: number): number => 0x08000200 | hh(hash);
export const PSA_ALG_TLS12_PSK_TO_MS = (hash: number): number => 0x08000300 | hh(hash);
export const PSA_ALG_HKDF_EXTRACT = (hash: number): number => 0x08000400 | hh(hash);
export const PSA_ALG_HKDF_EXPAND = (hash: number): number => 0x08000500 | hh(hash);
export const PSA_ALG_TLS12_ECJPAKE_TO_PMS = 0x08000609;
export const PSA_ALG_SP800_108_COUNTER_HMAC = (hash: number): number => 0x08000700 | hh(hash);
export const PSA_ALG_SP800_108_COUNTER_CMAC = 0x08000800;
export const PSA_ALG_PBKDF2_HMAC = (hash: number): number => 0x08800100 | hh(hash);
export const PSA_ALG_PBKDF2_AES_CMAC_PRF_128 = 0x08800200;

// Signatures
export const PSA_ALG_RSA_PKCS1V15_SIGN = (hash: number): number => 0x06000200 | hh(hash);
export const PSA_ALG_RSA_PKCS1V15_SIGN_RAW = 0x06000200;
export const PSA_ALG_RSA_PSS = (hash: number): number => 0x06000300 | hh(hash);
export const PSA_ALG_RSA_PSS_ANY_SALT = (hash: number): number => 0x06001300 | hh(hash);
export const PSA_ALG_ECDSA = (hash: number): number => 0x06000600 | hh(hash);
export const PSA_ALG_ECDSA_ANY = 0x06000600;
export const PSA_ALG_DETERMINISTIC_ECDSA = (hash: number): number => 0x06000700 | hh(hash);
export const PSA_ALG_PURE_EDDSA = 0x06000800;
export const PSA_ALG_ED25519PH = 0x0600090b;
export const PSA_ALG_ED448PH = 0x06000915;

// Asymmetric encryption
export const PSA_ALG_RSA_PKCS1V15_CRYPT = 0x07000200;
export const PSA_ALG_RSA_OAEP = (hash: number): number => 0x07000300 | hh(hash);

// Key agreement
export const PSA_ALG_FFDH = 0x09010000;
export const PSA_ALG_ECDH = 0x09020000;
export const PSA_ALG_KEY_AGREEMENT = (ka: number, kdf: number): number => (ka | kdf) >>> 0;

// PAKE (Crypto API 1.2 PAKE extension)
export const PSA_ALG_JPAKE = (hash: number): number => 0x0a000100 | hh(hash);
export const PSA_ALG_SPAKE2P_HMAC = (hash: number): number => 0x0a000400 | hh(hash);
export const PSA_ALG_SPAKE2P_CMAC = (hash: number): number => 0x0a000500 | hh(hash);
export const PSA_ALG_SPAKE2P_MATTER = 0x0a000609;

export const PSA_ALG_IS_HASH = (alg: number): boolean => (alg & 0x7f000000) === 0x02000000;
export const PSA_ALG_IS_MAC = (alg: number): boolean => (alg & 0x7f000000) === 0x03000000;
export const PSA_ALG_IS_AEAD = (alg: number): boolean => (alg & 0x7f000000) === 0x05000000;
export const PSA_ALG_IS_KEY_DERIVATION = (alg: number): boolean => (alg & 0x7f000000) === 0x08000000;
export const PSA_ALG_IS_KEY_AGREEMENT = (alg: number): boolean => (alg & 0x7f000000) === 0x09000000;
