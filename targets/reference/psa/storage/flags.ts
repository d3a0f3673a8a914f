/**
 * Secure Storage flags and support bits, PSA Certified Secure Storage API 1.0 "General Definitions"
 * (psa-api doc/storage/api/api.rst, psa/storage_common.h), with parsing and naming in the spec's
 * spelling for feature files and call logs.
 */

export const PSA_STORAGE_FLAG_NONE = 0;
/** The asset can never be modified or removed. */
export const PSA_STORAGE_FLAG_WRITE_ONCE = 1 << 0;
/** The asset is public: integrity protection only. */
export const PSA_STORAGE_FLAG_NO_CONFIDENTIALITY = 1 << 1;
/** The asset needs no replay protection. */
export const PSA_STORAGE_FLAG_NO_REPLAY_PROTECTION = 1 << 2;
/** psa_ps_get_support(): psa_ps_create and psa_ps_set_extended are implemented. */
export const PSA_STORAGE_SUPPORT_SET_EXTENDED = 1 << 0;

/** Every create flag the 1.0 API defines; any other bit is NOT_SUPPORTED. */
export const PSA_STORAGE_FLAGS_DEFINED =
  PSA_STORAGE_FLAG_WRITE_ONCE | PSA_STORAGE_FLAG_NO_CONFIDENTIALITY | PSA_STORAGE_FLAG_NO_REPLAY_PROTECTION;

const FLAGS: ReadonlyArray<readonly [string, number]> = [
  ['PSA_STORAGE_FLAG_WRITE_ONCE', PSA_STORAGE_FLAG_WRITE_ONCE],
  ['PSA_STORAGE_FLAG_NO_CONFIDENTIALITY', PSA_STORAGE_FLAG_NO_CONFIDENTIALITY],
  ['PSA_STORAGE_FLAG_NO_REPLAY_PROTECTION', PSA_STORAGE_FLAG_NO_REPLAY_PROTECTION],
];

/** `NONE`, `WRITE_ONCE | NO_CONFIDENTIALITY`, `PSA_STORAGE_FLAG_WRITE_ONCE`, `0x80` → the flag bits. */
export function storageFlagsByName(text: string): number {
  return text.split('|').reduce((acc, part) => acc | storageFlagByName(part), 0) >>> 0;
}

function storageFlagByName(part: string): number {
  const t = part.trim();
  if (/^(0x[0-9a-f]+|\d+)$/i.test(t)) return Number(t) >>> 0;
  const n = t.toUpperCase();
  if (n === 'NONE' || n === 'PSA_STORAGE_FLAG_NONE') return PSA_STORAGE_FLAG_NONE;
  const full = n.startsWith('PSA_STORAGE_FLAG_') ? n : `PSA_STORAGE_FLAG_${n}`;
  const found = FLAGS.find(([name]) => name === full);
  if (!found) throw new Error(`unknown PSA storage flag "${part}"; known: NONE, ${FLAGS.map(([name]) => name).join(', ')}`);
  return found[1];
}

/** `PSA_STORAGE_FLAG_NONE`, `PSA_STORAGE_FLAG_WRITE_ONCE | 0x80`. */
export function storageFlagNames(flags: number): string {
  if (flags === 0) return 'PSA_STORAGE_FLAG_NONE';
  const names = FLAGS.filter(([, bit]) => (flags & bit) !== 0).map(([name]) => name);
  const unknown = (flags & ~PSA_STORAGE_FLAGS_DEFINED) >>> 0;
  if (unknown !== 0) names.push(`0x${unknown.toString(16)}`);
  return names.join(' | ');
}
