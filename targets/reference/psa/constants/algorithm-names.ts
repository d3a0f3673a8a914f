/**
 * Algorithm names ↔ values in the spec's macro spelling (PSA Crypto API 1.2 §10.1):
 * `PSA_ALG_CTR`, `PSA_ALG_ECDSA(PSA_ALG_SHA_256)`, `PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 8)`,
 * `PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256))`. The `PSA_ALG_` prefix is optional
 * on input; output always carries it.
 */
import * as A from './algorithms';

type Macro = (...args: number[]) => number;

const constants = new Map<string, number>();
const macros = new Map<string, Macro>();
for (const [name, value] of Object.entries(A)) {
  if (!name.startsWith('PSA_ALG_') || name.startsWith('PSA_ALG_IS_')) continue;
  if (typeof value === 'number') constants.set(name, value);
  else macros.set(name, value as Macro);
}

/** Hash-parameterised families, for printing: name → value with hash byte 0. */
const HASH_FAMILIES = [...macros]
  .filter(([, fn]) => fn.length === 1 && fn(0) !== fn(A.PSA_ALG_SHA_256) && fn(A.PSA_ALG_SHA_256) - fn(0) === 0x09)
  .map(([name, fn]) => ({ name, base: fn(0) }));

const NAME_BY_VALUE = new Map<number, string>();
for (const [name, value] of constants) if (!NAME_BY_VALUE.has(value)) NAME_BY_VALUE.set(value, name);

function full(name: string): string {
  const n = name.trim().toUpperCase();
  return n.startsWith('PSA_ALG_') ? n : `PSA_ALG_${n}`;
}

/** Splits `a, B(c, d), 8` at top-level commas. */
function splitArgs(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Parses an algorithm expression; throws on unknown names or a wrong number of arguments. */
export function algorithmByName(text: string): number {
  const t = text.trim();
  if (/^(0x[0-9a-f]+|\d+)$/i.test(t)) return Number(t) >>> 0;
  const call = /^([A-Za-z0-9_]+)\s*\((.*)\)$/s.exec(t);
  if (!call) {
    const value = constants.get(full(t));
    if (value === undefined) throw new Error(`unknown PSA algorithm "${text}"`);
    return value >>> 0;
  }
  const macro = macros.get(full(call[1]));
  if (!macro) throw new Error(`unknown PSA algorithm macro "${call[1]}"`);
  const args = splitArgs(call[2]).map((arg) => (/^\d+$/.test(arg) ? Number(arg) : algorithmByName(arg)));
  if (args.length !== macro.length) throw new Error(`${full(call[1])} takes ${macro.length} argument(s), got ${args.length} in "${text}"`);
  return macro(...args) >>> 0;
}

/** The spec spelling of an algorithm value; unknown values print as hex. */
export function algorithmName(alg: number): string {
  const a = alg >>> 0;
  const known = NAME_BY_VALUE.get(a);
  if (known) return known;
  const lengthBits = a & 0x003f8000;
  if (lengthBits && (A.PSA_ALG_IS_MAC(a) || A.PSA_ALG_IS_AEAD(a))) {
    // AEAD constants carry their default tag length in the length field (CCM = 0x05500100, tag 16).
    const stripped = (a & ~0x003f8000) >>> 0;
    const aeadDefault = [...constants.values()].find((c) => A.PSA_ALG_IS_AEAD(c) && ((c & ~0x003f8000) >>> 0) === stripped);
    const base = algorithmName(A.PSA_ALG_IS_AEAD(a) && aeadDefault !== undefined ? aeadDefault : stripped);
    const length = (a >> 16) & 0x3f;
    const atLeast = (a & 0x8000) !== 0;
    if (A.PSA_ALG_IS_MAC(a)) return `${atLeast ? 'PSA_ALG_AT_LEAST_THIS_LENGTH_MAC' : 'PSA_ALG_TRUNCATED_MAC'}(${base}, ${length})`;
    return `${atLeast ? 'PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG' : 'PSA_ALG_AEAD_WITH_SHORTENED_TAG'}(${base}, ${length})`;
  }
  if (A.PSA_ALG_IS_KEY_AGREEMENT(a) && (a & 0xffff) !== 0) {
    // PSA_ALG_KEY_AGREEMENT_GET_BASE / PSA_ALG_KEY_AGREEMENT_GET_KDF (§10.9)
    const ka = (a & 0xffff0000) >>> 0;
    const kdf = ((a & 0xfe00ffff) | 0x08000000) >>> 0;
    return `PSA_ALG_KEY_AGREEMENT(${algorithmName(ka)}, ${algorithmName(kdf)})`;
  }
  const hashName = NAME_BY_VALUE.get((0x02000000 | (a & 0xff)) >>> 0);
  const family = HASH_FAMILIES.find((f) => f.base === ((a & ~0xff) >>> 0));
  if (family && hashName) return `${family.name}(${hashName})`;
  return `0x${a.toString(16).padStart(8, '0')}`;
}
