/**
 * Key type names ↔ values, in the spec's spelling (PSA Crypto API 1.2 §9.2), plus the capability
 * spelling used by `@requires:key=` tags and manifests: the type name without `PSA_KEY_TYPE_`, the
 * curve family without `PSA_ECC_FAMILY_`, and optionally `:bits`:
 * `AES:128`, `DES:192`, `RSA_KEY_PAIR:2048`, `ECC_KEY_PAIR(SECP_R1):256`, `HMAC`.
 */
import * as T from './key-types';

const SIMPLE_TYPES: Record<string, number> = {
  PSA_KEY_TYPE_NONE: T.PSA_KEY_TYPE_NONE,
  PSA_KEY_TYPE_RAW_DATA: T.PSA_KEY_TYPE_RAW_DATA,
  PSA_KEY_TYPE_HMAC: T.PSA_KEY_TYPE_HMAC,
  PSA_KEY_TYPE_DERIVE: T.PSA_KEY_TYPE_DERIVE,
  PSA_KEY_TYPE_PASSWORD: T.PSA_KEY_TYPE_PASSWORD,
  PSA_KEY_TYPE_PASSWORD_HASH: T.PSA_KEY_TYPE_PASSWORD_HASH,
  PSA_KEY_TYPE_PEPPER: T.PSA_KEY_TYPE_PEPPER,
  PSA_KEY_TYPE_ARC4: T.PSA_KEY_TYPE_ARC4,
  PSA_KEY_TYPE_CHACHA20: T.PSA_KEY_TYPE_CHACHA20,
  PSA_KEY_TYPE_XCHACHA20: T.PSA_KEY_TYPE_XCHACHA20,
  PSA_KEY_TYPE_DES: T.PSA_KEY_TYPE_DES,
  PSA_KEY_TYPE_AES: T.PSA_KEY_TYPE_AES,
  PSA_KEY_TYPE_CAMELLIA: T.PSA_KEY_TYPE_CAMELLIA,
  PSA_KEY_TYPE_SM4: T.PSA_KEY_TYPE_SM4,
  PSA_KEY_TYPE_ARIA: T.PSA_KEY_TYPE_ARIA,
  PSA_KEY_TYPE_RSA_PUBLIC_KEY: T.PSA_KEY_TYPE_RSA_PUBLIC_KEY,
  PSA_KEY_TYPE_RSA_KEY_PAIR: T.PSA_KEY_TYPE_RSA_KEY_PAIR,
};

const FAMILY_TYPES: Record<string, (family: number) => number> = {
  PSA_KEY_TYPE_ECC_PUBLIC_KEY: T.PSA_KEY_TYPE_ECC_PUBLIC_KEY,
  PSA_KEY_TYPE_ECC_KEY_PAIR: T.PSA_KEY_TYPE_ECC_KEY_PAIR,
  PSA_KEY_TYPE_DH_PUBLIC_KEY: T.PSA_KEY_TYPE_DH_PUBLIC_KEY,
  PSA_KEY_TYPE_DH_KEY_PAIR: T.PSA_KEY_TYPE_DH_KEY_PAIR,
  PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY: T.PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY,
  PSA_KEY_TYPE_SPAKE2P_KEY_PAIR: T.PSA_KEY_TYPE_SPAKE2P_KEY_PAIR,
};

const FAMILIES: Record<string, number> = { ...T.ECC_FAMILIES, PSA_DH_FAMILY_RFC7919: T.PSA_DH_FAMILY_RFC7919 };

function withPrefix(name: string, prefix: string): string {
  const n = name.trim().toUpperCase();
  return n.startsWith(prefix) ? n : `${prefix}${n}`;
}

function familyByName(name: string, prefix: string): number {
  const full = withPrefix(name, prefix);
  if (full in FAMILIES) return FAMILIES[full];
  if (/^0X[0-9A-F]+$/.test(name.trim().toUpperCase())) return Number(name.trim());
  throw new Error(`unknown curve or group family "${name}"`);
}

/**
 * `PSA_KEY_TYPE_AES`, `AES`, `PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)`,
 * `ECC_KEY_PAIR(SECP_R1)` or a number (`0x2400`) → the key type value. Throws on unknown names.
 */
export function keyTypeByName(name: string): number {
  const text = name.trim();
  if (/^(0x[0-9a-f]+|\d+)$/i.test(text)) return Number(text);
  const call = /^([A-Z0-9_]+)\s*\(\s*([A-Za-z0-9_]+)\s*\)$/i.exec(text);
  if (call) {
    const ctor = FAMILY_TYPES[withPrefix(call[1], 'PSA_KEY_TYPE_')];
    if (!ctor) throw new Error(`unknown key type constructor "${call[1]}"`);
    const prefix = /DH_/.test(call[1].toUpperCase()) ? 'PSA_DH_FAMILY_' : 'PSA_ECC_FAMILY_';
    return ctor(familyByName(call[2], prefix));
  }
  const full = withPrefix(text, 'PSA_KEY_TYPE_');
  if (full in SIMPLE_TYPES) return SIMPLE_TYPES[full];
  throw new Error(`unknown PSA key type "${name}"`);
}

const SIMPLE_BY_VALUE = new Map(Object.entries(SIMPLE_TYPES).map(([k, v]) => [v, k]));
const FAMILY_BY_VALUE = new Map(Object.entries(FAMILIES).map(([k, v]) => [v, k]));

/** The spec name of a key type: `PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)`; unknown → hex. */
export function keyTypeName(type: number): string {
  const simple = SIMPLE_BY_VALUE.get(type);
  if (simple) return simple;
  const base = type & 0xff00;
  const family = type & 0xff;
  for (const [ctorName, ctor] of Object.entries(FAMILY_TYPES)) {
    if (ctor(0) !== base) continue;
    const familyPrefix = ctorName.includes('_DH_') ? 'PSA_DH_FAMILY_' : 'PSA_ECC_FAMILY_';
    const familyName = FAMILY_BY_VALUE.get(family);
    const shown = familyName?.startsWith(familyPrefix) ? familyName : `0x${family.toString(16).padStart(2, '0')}`;
    return `${ctorName}(${shown})`;
  }
  return `0x${type.toString(16).padStart(4, '0')}`;
}

/** The capability spelling of a key type and size: `AES:128`, `ECC_KEY_PAIR(SECP_R1):256`. */
export function keyCapabilityName(type: number, bits?: number): string {
  const short = keyTypeName(type).replace(/PSA_KEY_TYPE_|PSA_ECC_FAMILY_|PSA_DH_FAMILY_/g, '');
  return bits ? `${short}:${bits}` : short;
}
