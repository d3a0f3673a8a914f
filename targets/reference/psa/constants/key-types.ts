/**
 * Key types (`psa_key_type_t`, 16 bit) and their helper macros, PSA Crypto API 1.2 §9.2 "Key types"
 * (psa-api doc/crypto/api/keys/types.rst). Values and names exactly as the spec.
 */

export const PSA_KEY_TYPE_NONE = 0x0000;
export const PSA_KEY_TYPE_RAW_DATA = 0x1001;
export const PSA_KEY_TYPE_HMAC = 0x1100;
export const PSA_KEY_TYPE_DERIVE = 0x1200;
export const PSA_KEY_TYPE_PASSWORD = 0x1203;
export const PSA_KEY_TYPE_PASSWORD_HASH = 0x1205;
export const PSA_KEY_TYPE_PEPPER = 0x1206;
export const PSA_KEY_TYPE_ARC4 = 0x2002;
export const PSA_KEY_TYPE_CHACHA20 = 0x2004;
export const PSA_KEY_TYPE_XCHACHA20 = 0x2007;
export const PSA_KEY_TYPE_DES = 0x2301;
export const PSA_KEY_TYPE_AES = 0x2400;
export const PSA_KEY_TYPE_CAMELLIA = 0x2403;
export const PSA_KEY_TYPE_SM4 = 0x2405;
export const PSA_KEY_TYPE_ARIA = 0x2406;
export const PSA_KEY_TYPE_RSA_PUBLIC_KEY = 0x4001;
export const PSA_KEY_TYPE_RSA_KEY_PAIR = 0x7001;

/** Elliptic curve families (`psa_ecc_family_t`), §9.2.5. */
export const PSA_ECC_FAMILY_SECP_K1 = 0x17;
export const PSA_ECC_FAMILY_SECP_R1 = 0x12;
export const PSA_ECC_FAMILY_SECP_R2 = 0x1b;
export const PSA_ECC_FAMILY_SECT_K1 = 0x27;
export const PSA_ECC_FAMILY_SECT_R1 = 0x22;
export const PSA_ECC_FAMILY_SECT_R2 = 0x2b;
export const PSA_ECC_FAMILY_BRAINPOOL_P_R1 = 0x30;
export const PSA_ECC_FAMILY_FRP = 0x33;
export const PSA_ECC_FAMILY_MONTGOMERY = 0x41;
export const PSA_ECC_FAMILY_TWISTED_EDWARDS = 0x42;

/** Diffie-Hellman group families (`psa_dh_family_t`), §9.2.6. */
export const PSA_DH_FAMILY_RFC7919 = 0x03;

export const ECC_FAMILIES = {
  PSA_ECC_FAMILY_SECP_K1,
  PSA_ECC_FAMILY_SECP_R1,
  PSA_ECC_FAMILY_SECP_R2,
  PSA_ECC_FAMILY_SECT_K1,
  PSA_ECC_FAMILY_SECT_R1,
  PSA_ECC_FAMILY_SECT_R2,
  PSA_ECC_FAMILY_BRAINPOOL_P_R1,
  PSA_ECC_FAMILY_FRP,
  PSA_ECC_FAMILY_MONTGOMERY,
  PSA_ECC_FAMILY_TWISTED_EDWARDS,
} as const;

export const PSA_KEY_TYPE_ECC_PUBLIC_KEY = (family: number): number => 0x4100 | family;
export const PSA_KEY_TYPE_ECC_KEY_PAIR = (family: number): number => 0x7100 | family;
export const PSA_KEY_TYPE_DH_PUBLIC_KEY = (group: number): number => 0x4200 | group;
export const PSA_KEY_TYPE_DH_KEY_PAIR = (group: number): number => 0x7200 | group;
export const PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY = (family: number): number => 0x4400 | family;
export const PSA_KEY_TYPE_SPAKE2P_KEY_PAIR = (family: number): number => 0x7400 | family;

/** Raw data, HMAC, derivation inputs and block/stream cipher keys: no internal structure. */
export const PSA_KEY_TYPE_IS_UNSTRUCTURED = (type: number): boolean => (type & 0x7000) === 0x1000 || (type & 0x7000) === 0x2000;
export const PSA_KEY_TYPE_IS_ASYMMETRIC = (type: number): boolean => (type & 0x4000) === 0x4000;
export const PSA_KEY_TYPE_IS_PUBLIC_KEY = (type: number): boolean => (type & 0x7000) === 0x4000;
export const PSA_KEY_TYPE_IS_KEY_PAIR = (type: number): boolean => (type & 0x7000) === 0x7000;
export const PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR = (type: number): number => type & ~0x3000;
export const PSA_KEY_TYPE_KEY_PAIR_OF_PUBLIC_KEY = (type: number): number => type | 0x3000;
export const PSA_KEY_TYPE_IS_RSA = (type: number): boolean => PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(type) === PSA_KEY_TYPE_RSA_PUBLIC_KEY;
export const PSA_KEY_TYPE_IS_ECC = (type: number): boolean => (PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(type) & 0xff00) === 0x4100;
export const PSA_KEY_TYPE_IS_ECC_KEY_PAIR = (type: number): boolean => (type & 0xff00) === 0x7100;
export const PSA_KEY_TYPE_IS_ECC_PUBLIC_KEY = (type: number): boolean => (type & 0xff00) === 0x4100;
export const PSA_KEY_TYPE_IS_SPAKE2P = (type: number): boolean => (PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(type) & 0xff00) === 0x4400;
export const PSA_KEY_TYPE_IS_SPAKE2P_KEY_PAIR = (type: number): boolean => (type & 0xff00) === 0x7400;
export const PSA_KEY_TYPE_IS_SPAKE2P_PUBLIC_KEY = (type: number): boolean => (type & 0xff00) === 0x4400;
export const PSA_KEY_TYPE_SPAKE2P_GET_FAMILY = (type: number): number => type & 0xff;
/** The curve family of an ECC key type (meaningful only when PSA_KEY_TYPE_IS_ECC). */
export const PSA_KEY_TYPE_ECC_GET_FAMILY = (type: number): number => (PSA_KEY_TYPE_IS_ECC(type) ? type & 0xff : 0);
