/**
 * Arguments of a feature-file call such as
 * `psa_aead_encrypt(key, PSA_ALG_CCM, nonce:13, additional_data:8, plaintext:23, 100)`, parsed by the
 * kind signatures.ts gives each parameter:
 * - key: a key the scenario named (`key`, `peer`), `PSA_KEY_ID_NULL`, or a number;
 * - alg / step: spec names (`PSA_ALG_HMAC(PSA_ALG_SHA_256)`, `PSA_KEY_DERIVATION_INPUT_SALT`);
 * - bytes: a saved output (`signature`), a named vector with an optional length prefix
 *   (`plaintext:23`, key-material.ts / vectors.ts), a slice (`aead_ciphertext_2[24:]`), `hex:…`,
 *   `"text"` (UTF-8), `empty`, or a
 *   concatenation of those with `+` (`iv + ciphertext_1`);
 * - size / int: `100`, `0x40`;
 * - op: an operation name, created with psa_<family>_operation_init on first use;
 * - attributes: an attribute set the scenario named;
 * - int: a number or a PAKE role/step/confirmation name (`PSA_PAKE_ROLE_CLIENT`);
 * - suite: `{PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY}`.
 * Anything unparseable throws, so a typo is a harness error, never a pass.
 */
import type { PsaCryptoTarget, PsaKeyAttributes } from '../../targets/roles/psa-crypto';
import {
  algorithmByName,
  ECC_FAMILIES,
  kdfStepByName,
  PAKE_NAMES,
  PSA_DH_FAMILY_RFC7919,
  PSA_PAKE_PRIMITIVE,
  PSA_PAKE_PRIMITIVE_TYPE_DH,
  PSA_PAKE_PRIMITIVE_TYPE_ECC,
} from '../../targets/reference/psa/constants';
import type { PsaPakeCipherSuite } from '../../targets/roles/psa-crypto';
import { keyData, parseInteger } from './parse';
import type { PsaScenario } from './psa-scenario';
import { operationInitFor, SIGNATURES, type Param } from './signatures';

/** Splits `a, B(c, d), {x, y}, "t, u"` at top-level commas. */
export function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p, _i, all) => p !== '' || all.length > 1);
}

export function parseBytes(state: PsaScenario, text: string): Buffer {
  const t = text.trim();
  // `iv + ciphertext_1`: concatenation (psa_cipher_decrypt takes IV || ciphertext).
  if (!t.startsWith('"') && t.includes('+')) return Buffer.concat(t.split('+').map((part) => parseBytes(state, part)));
  if (t === 'empty' || t === 'NULL') return Buffer.alloc(0);
  if (/^".*"$/s.test(t)) return Buffer.from(t.slice(1, -1), 'utf8');
  const slice = /^(\w+)\[(\d*):(\d*)\]$/.exec(t);
  if (slice) {
    const whole = parseBytes(state, slice[1]);
    return whole.subarray(slice[2] === '' ? 0 : Number(slice[2]), slice[3] === '' ? whole.length : Number(slice[3]));
  }
  const saved = /^([A-Za-z_]\w*)(?::(\d+))?$/.exec(t);
  if (saved && state.saved.has(saved[1])) {
    const bytes = state.saved.get(saved[1])!;
    return Buffer.from(saved[2] === undefined ? bytes : bytes.subarray(0, Number(saved[2])));
  }
  return keyData(t);
}

export function parseKey(state: PsaScenario, text: string): number {
  const t = text.trim();
  if (t === 'PSA_KEY_ID_NULL') return 0;
  if (/^(0x[0-9a-f]+|\d+)$/i.test(t)) return parseInteger(t);
  const key = state.keys.get(t);
  if (key === undefined) throw new Error(`no key named "${t}" in this scenario; named keys: ${[...state.keys.keys()].join(', ') || 'none'}`);
  return key;
}

function parseAttributes(state: PsaScenario, text: string): PsaKeyAttributes {
  const a = state.attributeSets.get(text.trim());
  if (!a) throw new Error(`no attribute set named "${text.trim()}"; define it with: Given the attributes "${text.trim()}" are …`);
  return { ...a };
}

async function parseOperation(state: PsaScenario, target: PsaCryptoTarget, fn: string, text: string): Promise<number> {
  const name = text.trim();
  const known = state.operations.get(name);
  if (known !== undefined) return known;
  const init = operationInitFor(fn);
  if (!init) throw new Error(`${fn} takes no operation`);
  const op = await (target as unknown as Record<string, () => Promise<number>>)[init]();
  state.operations.set(name, op);
  return op;
}

async function parseOne(state: PsaScenario, target: PsaCryptoTarget, fn: string, param: Param, text: string): Promise<unknown> {
  switch (param.kind) {
    case 'key':
      return parseKey(state, text);
    case 'alg':
      return algorithmByName(text);
    case 'step':
      return kdfStepByName(text);
    case 'bytes':
      return parseBytes(state, text);
    case 'size':
      return parseInteger(text);
    case 'int':
      return text.trim() in PAKE_NAMES ? PAKE_NAMES[text.trim()] : parseInteger(text);
    case 'op':
      return parseOperation(state, target, fn, text);
    case 'attributes':
      return parseAttributes(state, text);
    case 'suite':
      return parseSuite(text);
  }
}

/** A PAKE cipher suite (psa_pake_cs_set_algorithm / _primitive / _key_confirmation). */
export function parseSuite(text: string): PsaPakeCipherSuite {
  const inner = /^\{(.*)\}$/s.exec(text.trim());
  const parts = inner ? splitArguments(inner[1]) : [];
  const primitive = /^PSA_PAKE_PRIMITIVE\((ECC|DH),\s*(\w+),\s*(\d+)\)$/.exec(parts[1] ?? '');
  if (parts.length !== 3 || !primitive) throw new Error(`bad PAKE cipher suite "${text}"; expected {alg, PSA_PAKE_PRIMITIVE(ECC|DH, family, bits), confirmation}`);
  const isEcc = primitive[1] === 'ECC';
  const family = isEcc ? (ECC_FAMILIES as Record<string, number>)[`PSA_ECC_FAMILY_${primitive[2]}`] : PSA_DH_FAMILY_RFC7919;
  if (family === undefined) throw new Error(`unknown curve family "${primitive[2]}" in "${text}"`);
  const confirmation = PAKE_NAMES[parts[2]];
  if (confirmation === undefined) throw new Error(`unknown key confirmation "${parts[2]}" in "${text}"`);
  return {
    alg: algorithmByName(parts[0]),
    primitive: PSA_PAKE_PRIMITIVE(isEcc ? PSA_PAKE_PRIMITIVE_TYPE_ECC : PSA_PAKE_PRIMITIVE_TYPE_DH, family, Number(primitive[3])),
    keyConfirmation: confirmation,
  };
}

/** The target arguments for `fn(text)`. */
export async function parseCall(state: PsaScenario, target: PsaCryptoTarget, fn: string, text: string): Promise<unknown[]> {
  const params = SIGNATURES[fn];
  if (!params) throw new Error(`unknown PSA function "${fn}"`);
  const args = text.trim() === '' ? [] : splitArguments(text);
  if (args.length !== params.length) {
    throw new Error(`${fn} takes ${params.length} argument(s) (${params.map((p) => p.name).join(', ')}), got ${args.length}`);
  }
  const values: unknown[] = [];
  for (let i = 0; i < params.length; i++) values.push(await parseOne(state, target, fn, params[i], args[i]));
  return values;
}
