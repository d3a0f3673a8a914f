/**
 * Algorithm classification and decomposition macros, PSA Crypto API 1.2 §10.1 and the family
 * sections (psa-api doc/crypto/api/ops/*.rst). Kept apart from algorithms.ts so that the name table
 * (algorithm-names.ts) only sees algorithm constructors.
 */
const CATEGORY = 0x7f000000;

export const PSA_ALG_IS_CIPHER = (alg: number): boolean => (alg & CATEGORY) === 0x04000000;
export const PSA_ALG_IS_SIGN = (alg: number): boolean => (alg & CATEGORY) === 0x06000000;
export const PSA_ALG_IS_ASYMMETRIC_ENCRYPTION = (alg: number): boolean => (alg & CATEGORY) === 0x07000000;
export const PSA_ALG_IS_PAKE = (alg: number): boolean => (alg & CATEGORY) === 0x0a000000;
export const PSA_ALG_IS_HMAC = (alg: number): boolean => (alg & 0x7fc0ff00) === 0x03800000;
export const PSA_ALG_IS_BLOCK_CIPHER_MAC = (alg: number): boolean => (alg & 0x7fc00000) === 0x03c00000;
export const PSA_ALG_IS_STREAM_CIPHER = (alg: number): boolean => (alg & 0x7f800000) === 0x04800000;
/** Sign algorithms that hash the message first: their low byte is the hash (§10.7). */
export const PSA_ALG_IS_HASH_AND_SIGN = (alg: number): boolean =>
  PSA_ALG_IS_SIGN(alg) && (alg & 0xff) !== 0 && !PSA_ALG_IS_PURE_EDDSA(alg);
export const PSA_ALG_IS_PURE_EDDSA = (alg: number): boolean => alg >>> 0 === 0x06000800;
export const PSA_ALG_IS_RSA_PKCS1V15_SIGN = (alg: number): boolean => (alg & ~0xff) >>> 0 === 0x06000200;
export const PSA_ALG_IS_RSA_PSS = (alg: number): boolean => (alg & ~0x10ff) >>> 0 === 0x06000300;
export const PSA_ALG_IS_RSA_PSS_ANY_SALT = (alg: number): boolean => (alg & ~0xff) >>> 0 === 0x06001300;
export const PSA_ALG_IS_ECDSA = (alg: number): boolean => (alg & ~0x1ff) >>> 0 === 0x06000600;
export const PSA_ALG_IS_DETERMINISTIC_ECDSA = (alg: number): boolean => (alg & ~0xff) >>> 0 === 0x06000700;
export const PSA_ALG_IS_HASH_EDDSA = (alg: number): boolean => (alg & ~0xff) >>> 0 === 0x06000900;
export const PSA_ALG_IS_RSA_OAEP = (alg: number): boolean => (alg & ~0xff) >>> 0 === 0x07000300;
export const PSA_ALG_IS_WILDCARD_HASH = (alg: number): boolean => (alg & 0xff) === 0xff;

/** The hash of a hash-parameterised algorithm, 0 when there is none (PSA_ALG_GET_HASH). */
export const PSA_ALG_GET_HASH = (alg: number): number => ((alg & 0xff) === 0 ? 0 : (0x02000000 | (alg & 0xff)) >>> 0);

/** PSA_ALG_KEY_AGREEMENT_GET_BASE / _GET_KDF (§10.9). */
export const PSA_ALG_KEY_AGREEMENT_GET_BASE = (alg: number): number => (alg & 0xffff0000) >>> 0;
export const PSA_ALG_KEY_AGREEMENT_GET_KDF = (alg: number): number => ((alg & 0xfe00ffff) | 0x08000000) >>> 0;
export const PSA_ALG_IS_RAW_KEY_AGREEMENT = (alg: number): boolean =>
  (alg & CATEGORY) === 0x09000000 && (alg & 0xffff) === 0;

/** MAC / AEAD length field (bits 16–21) and the at-least flag (bit 15). */
export const LENGTH_FIELD = (alg: number): number => (alg >> 16) & 0x3f;
export const AT_LEAST_FLAG = 0x8000;
/** The MAC or AEAD algorithm without its length field and at-least flag. */
export const BASE_OF_LENGTH_ALG = (alg: number): number => (alg & ~0x003f8000) >>> 0;
