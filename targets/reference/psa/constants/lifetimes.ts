/**
 * Key lifetimes (`psa_key_lifetime_t` = persistence in bits 0–7 | location in bits 8–31), PSA Crypto
 * API 1.2 §9.3 "Key lifetimes", and key identifier ranges (`psa_key_id_t`), §9.4 "Key identifiers"
 * (psa-api doc/crypto/api/keys/lifetimes.rst and ids.rst).
 */

export const PSA_KEY_LIFETIME_VOLATILE = 0x00000000;
export const PSA_KEY_LIFETIME_PERSISTENT = 0x00000001;
export const PSA_KEY_PERSISTENCE_VOLATILE = 0x00;
export const PSA_KEY_PERSISTENCE_DEFAULT = 0x01;
export const PSA_KEY_PERSISTENCE_READ_ONLY = 0xff;
export const PSA_KEY_LOCATION_LOCAL_STORAGE = 0x000000;
export const PSA_KEY_LOCATION_PRIMARY_SECURE_ELEMENT = 0x000001;

export const PSA_KEY_LIFETIME_GET_PERSISTENCE = (lifetime: number): number => lifetime & 0xff;
export const PSA_KEY_LIFETIME_GET_LOCATION = (lifetime: number): number => lifetime >>> 8;
export const PSA_KEY_LIFETIME_IS_VOLATILE = (lifetime: number): boolean =>
  PSA_KEY_LIFETIME_GET_PERSISTENCE(lifetime) === PSA_KEY_PERSISTENCE_VOLATILE;
export const PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION = (persistence: number, location: number): number =>
  ((location << 8) | persistence) >>> 0;

/** The null key identifier: never a valid key. */
export const PSA_KEY_ID_NULL = 0;
/** Application (user) range, for persistent keys chosen by the application. */
export const PSA_KEY_ID_USER_MIN = 0x00000001;
export const PSA_KEY_ID_USER_MAX = 0x3fffffff;
/** Implementation (vendor) range: volatile keys get identifiers from here; applications may not choose them. */
export const PSA_KEY_ID_VENDOR_MIN = 0x40000000;
export const PSA_KEY_ID_VENDOR_MAX = 0x7fffffff;

const LIFETIMES: Record<string, number> = {
  PSA_KEY_LIFETIME_VOLATILE,
  PSA_KEY_LIFETIME_PERSISTENT,
};

/** `PSA_KEY_LIFETIME_PERSISTENT`, `PERSISTENT`, `VOLATILE` or a number → the lifetime value. */
export function lifetimeByName(text: string): number {
  const t = text.trim();
  if (/^(0x[0-9a-f]+|\d+)$/i.test(t)) return Number(t) >>> 0;
  const n = t.toUpperCase();
  const full = n.startsWith('PSA_KEY_LIFETIME_') ? n : `PSA_KEY_LIFETIME_${n}`;
  if (full in LIFETIMES) return LIFETIMES[full];
  throw new Error(`unknown PSA key lifetime "${text}"`);
}

/** `PSA_KEY_LIFETIME_VOLATILE`, `PSA_KEY_LIFETIME_PERSISTENT`, or the hex value for other lifetimes. */
export function lifetimeName(lifetime: number): string {
  const found = Object.entries(LIFETIMES).find(([, v]) => v === lifetime);
  return found ? found[0] : `0x${(lifetime >>> 0).toString(16).padStart(8, '0')}`;
}
