/**
 * Key usage flags (`psa_key_usage_t`, 32 bit), PSA Crypto API 1.2 §9.5.4 "Key usage flags"
 * (psa-api doc/crypto/api/keys/policy.rst).
 */

export const PSA_KEY_USAGE_EXPORT = 0x00000001;
export const PSA_KEY_USAGE_COPY = 0x00000002;
export const PSA_KEY_USAGE_CACHE = 0x00000004;
export const PSA_KEY_USAGE_ENCRYPT = 0x00000100;
export const PSA_KEY_USAGE_DECRYPT = 0x00000200;
export const PSA_KEY_USAGE_SIGN_MESSAGE = 0x00000400;
export const PSA_KEY_USAGE_VERIFY_MESSAGE = 0x00000800;
export const PSA_KEY_USAGE_SIGN_HASH = 0x00001000;
export const PSA_KEY_USAGE_VERIFY_HASH = 0x00002000;
export const PSA_KEY_USAGE_DERIVE = 0x00004000;
export const PSA_KEY_USAGE_VERIFY_DERIVATION = 0x00008000;

export const USAGE_FLAGS = {
  PSA_KEY_USAGE_EXPORT,
  PSA_KEY_USAGE_COPY,
  PSA_KEY_USAGE_CACHE,
  PSA_KEY_USAGE_ENCRYPT,
  PSA_KEY_USAGE_DECRYPT,
  PSA_KEY_USAGE_SIGN_MESSAGE,
  PSA_KEY_USAGE_VERIFY_MESSAGE,
  PSA_KEY_USAGE_SIGN_HASH,
  PSA_KEY_USAGE_VERIFY_HASH,
  PSA_KEY_USAGE_DERIVE,
  PSA_KEY_USAGE_VERIFY_DERIVATION,
} as const;

/** Every usage bit the spec defines; other bits are "invalid values" (§9.6 psa_import_key). */
export const PSA_KEY_USAGE_ALL = Object.values(USAGE_FLAGS).reduce((a, b) => a | b, 0);

/**
 * The usage a key actually gets: SIGN_HASH implies SIGN_MESSAGE and VERIFY_HASH implies
 * VERIFY_MESSAGE (§9.5.4: "the implementation sets these flags automatically").
 */
export function withImpliedUsage(usage: number): number {
  let u = usage;
  if (u & PSA_KEY_USAGE_SIGN_HASH) u |= PSA_KEY_USAGE_SIGN_MESSAGE;
  if (u & PSA_KEY_USAGE_VERIFY_HASH) u |= PSA_KEY_USAGE_VERIFY_MESSAGE;
  return u >>> 0;
}

/**
 * `EXPORT | COPY`, `PSA_KEY_USAGE_EXPORT|PSA_KEY_USAGE_COPY`, `0`, `none` or `0x101` → the flags.
 * Throws on an unknown flag name.
 */
export function usageByName(text: string): number {
  const t = text.trim();
  if (t === '' || /^(none|0)$/i.test(t)) return 0;
  if (/^0x[0-9a-f]+$/i.test(t)) return Number(t) >>> 0;
  return t.split('|').reduce((acc, part) => {
    const n = part.trim().toUpperCase();
    const full = n.startsWith('PSA_KEY_USAGE_') ? n : `PSA_KEY_USAGE_${n}`;
    if (!(full in USAGE_FLAGS)) throw new Error(`unknown PSA key usage flag "${part.trim()}"`);
    return (acc | USAGE_FLAGS[full as keyof typeof USAGE_FLAGS]) >>> 0;
  }, 0);
}

/** Short names joined with `|`: `EXPORT|COPY`; `0` for none; unknown bits as hex. */
export function usageNames(usage: number): string {
  if (usage === 0) return '0';
  const names: string[] = [];
  let rest = usage >>> 0;
  for (const [name, bit] of Object.entries(USAGE_FLAGS)) {
    if (usage & bit) {
      names.push(name.slice('PSA_KEY_USAGE_'.length));
      rest &= ~bit;
    }
  }
  if (rest) names.push(`0x${(rest >>> 0).toString(16)}`);
  return names.join('|');
}
