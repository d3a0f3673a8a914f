/**
 * Parsers for the cells of the PSA Examples tables: expected status sets, key attributes in spec
 * names, and key data. Every parser throws on what it does not understand, so a typo in a feature
 * file is a harness error, never a silent pass.
 */
import type { PsaKeyAttributes } from '../../targets/roles/psa-crypto';
import {
  algorithmByName,
  keyTypeByName,
  lifetimeByName,
  PSA_SUCCESS,
  statusByName,
  statusName,
  usageByName,
} from '../../targets/reference/psa/constants';
import {
  psa_key_attributes_init,
  psa_set_key_id,
  psa_set_key_lifetime,
} from '../../targets/reference/psa/crypto/attributes';
import { KEY_MATERIAL } from './key-material';
import { VECTORS } from './vectors';

/** The acceptable statuses of a call (psa-arch-tests `expected_status[2]`). */
export interface StatusSet {
  statuses: readonly number[];
}

/** `SUCCESS`, `PSA_ERROR_NOT_PERMITTED`, or `one of INVALID_ARGUMENT, NOT_SUPPORTED`. */
export function parseStatusSet(text: string): StatusSet {
  const t = text.trim();
  const list = /^one of (.+)$/i.exec(t);
  const names = list ? list[1].split(',') : [t];
  if (names.some((n) => n.trim() === '')) throw new Error(`empty status in "${text}"`);
  return { statuses: names.map(statusByName) };
}

export function statusSetIncludes(set: StatusSet, status: number): boolean {
  return set.statuses.includes(status);
}

/** `PSA_SUCCESS` or `one of PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED`. */
export function describeStatusSet(set: StatusSet): string {
  const names = set.statuses.map(statusName);
  return names.length === 1 ? names[0] : `one of ${names.join(', ')}`;
}

export const SUCCESS_ONLY: StatusSet = { statuses: [PSA_SUCCESS] };

/** Integers as written in psa-arch-tests tables: `0x12`, `291`. */
export function parseInteger(text: string): number {
  const t = text.trim();
  if (!/^(0x[0-9a-f]+|\d+)$/i.test(t)) throw new Error(`not an integer: "${text}"`);
  return Number(t);
}

export interface KeyDescription {
  type: string;
  bits: string;
  usage: string;
  alg?: string;
  id?: string;
  lifetime?: string;
}

/**
 * Builds a `psa_key_attributes_t` in psa-arch-tests' order (type, bits, usage, id, lifetime,
 * algorithm: test_c005.c), through the spec accessors, so `id 0x12` followed by
 * `lifetime PSA_KEY_LIFETIME_VOLATILE` gives a volatile key with id NULL, as on a real client.
 */
export function keyAttributes(d: KeyDescription): PsaKeyAttributes {
  const attributes = psa_key_attributes_init();
  attributes.type = keyTypeByName(d.type);
  attributes.bits = parseInteger(d.bits);
  attributes.usage = usageByName(d.usage);
  if (d.id !== undefined) psa_set_key_id(attributes, parseInteger(d.id));
  if (d.lifetime !== undefined) psa_set_key_lifetime(attributes, lifetimeByName(d.lifetime));
  if (d.alg !== undefined) attributes.alg = algorithmByName(d.alg);
  return attributes;
}

/** `key_data:16` (a prefix), `rsa_256_key_pair` / `hash_input` (a named vector, key-material.ts or vectors.ts) or `hex:00ff…`. */
export function keyData(spec: string): Buffer {
  const t = spec.trim();
  if (t.startsWith('hex:')) {
    const digits = t.slice(4);
    if (!/^([0-9a-f]{2})*$/i.test(digits)) throw new Error(`bad hex key data "${spec}"`);
    return Buffer.from(digits, 'hex');
  }
  const m = /^([A-Za-z0-9_]+)(?::(\d+))?$/.exec(t);
  const material = m ? (KEY_MATERIAL[m[1]] ?? VECTORS[m[1]]) : undefined;
  if (!m || !material) throw new Error(`unknown key material or vector "${spec}"; known: ${[...Object.keys(KEY_MATERIAL), ...Object.keys(VECTORS)].join(', ')}`);
  if (m[2] === undefined) return Buffer.from(material);
  const length = Number(m[2]);
  if (length > material.length) throw new Error(`${m[1]} has ${material.length} bytes, ${length} requested`);
  return Buffer.from(material.subarray(0, length));
}
