/**
 * PAKE constants of the PSA Crypto API 1.2 PAKE extension (psa-api doc/ext-pake/api.rst):
 * primitives, steps, roles and key confirmation.
 */
export const PSA_PAKE_PRIMITIVE_TYPE_ECC = 0x01;
export const PSA_PAKE_PRIMITIVE_TYPE_DH = 0x02;
/** PSA_PAKE_PRIMITIVE(type, family, bits) = type << 24 | family << 16 | bits. */
export const PSA_PAKE_PRIMITIVE = (type: number, family: number, bits: number): number => ((type << 24) | (family << 16) | bits) >>> 0;

export const PSA_PAKE_CONFIRMED_KEY = 0;
export const PSA_PAKE_UNCONFIRMED_KEY = 1;

export const PSA_PAKE_STEP_KEY_SHARE = 0x01;
export const PSA_PAKE_STEP_ZK_PUBLIC = 0x02;
export const PSA_PAKE_STEP_ZK_PROOF = 0x03;
export const PSA_PAKE_STEP_CONFIRM = 0x04;

export const PSA_PAKE_ROLE_NONE = 0x00;
export const PSA_PAKE_ROLE_FIRST = 0x01;
export const PSA_PAKE_ROLE_SECOND = 0x02;
export const PSA_PAKE_ROLE_CLIENT = 0x11;
export const PSA_PAKE_ROLE_SERVER = 0x12;

export const PAKE_NAMES: Record<string, number> = {
  PSA_PAKE_STEP_KEY_SHARE,
  PSA_PAKE_STEP_ZK_PUBLIC,
  PSA_PAKE_STEP_ZK_PROOF,
  PSA_PAKE_STEP_CONFIRM,
  PSA_PAKE_ROLE_NONE,
  PSA_PAKE_ROLE_FIRST,
  PSA_PAKE_ROLE_SECOND,
  PSA_PAKE_ROLE_CLIENT,
  PSA_PAKE_ROLE_SERVER,
  PSA_PAKE_CONFIRMED_KEY,
  PSA_PAKE_UNCONFIRMED_KEY,
};
