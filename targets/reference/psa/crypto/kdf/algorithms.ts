/**
 * Key derivation algorithms, PSA Crypto API 1.2 §10.6.2 (psa-api doc/crypto/api/ops/kdf.rst): for each,
 * the input steps in order, the initial capacity, the key types each step accepts from
 * psa_key_derivation_input_key, and the output stream.
 *
 * Input order (§10.6.2 per algorithm; a step out of order → BAD_STATE, a step the algorithm does not
 * take → INVALID_ARGUMENT):
 * HKDF: [SALT], SECRET, INFO any time · HKDF_EXTRACT: [SALT], SECRET · HKDF_EXPAND: SECRET, INFO any time ·
 * TLS12_PRF: SEED, SECRET, LABEL · TLS12_PSK_TO_MS: SEED, [OTHER_SECRET], SECRET, LABEL ·
 * PBKDF2: COST, SALT (one or more, concatenated), PASSWORD · SP800_108_COUNTER: SECRET, [LABEL], [CONTEXT] ·
 * TLS12_ECJPAKE_TO_PMS: SECRET (the 65-byte J-PAKE point; output SHA-256 of its x-coordinate, 32 bytes).
 */
import { createHash } from 'node:crypto';
import * as C from '../../constants/algorithm-classes';
import * as A from '../../constants/algorithms';
import * as S from '../../constants/kdf-steps';
import * as T from '../../constants/key-types';
import { hashInfo, isFixedLengthHash } from '../hash/algorithms';
import * as P from './prf';

export interface Slot {
  step: number;
  required: boolean;
  repeatable?: boolean;
  /** May come at any point before the output (HKDF INFO). */
  anyTime?: boolean;
}

export type Inputs = Map<number, Buffer> & { cost?: number };

export interface KdfSpec {
  slots: readonly Slot[];
  capacity: number;
  /** Whether COST is an integer input (PBKDF2). */
  takesCost: boolean;
  keyTypesFor(step: number): readonly number[];
  /** Extra per-step input validation (INVALID_ARGUMENT when false). */
  inputOk?(step: number, data: Buffer): boolean;
  /** The first `length` bytes of the output stream; `capacityBits` = 8 × capacity at the first output. */
  output(inputs: Inputs, length: number, capacityBits: number): Buffer;
}

const { PSA_KEY_DERIVATION_INPUT_SECRET: SECRET, PSA_KEY_DERIVATION_INPUT_SALT: SALT, PSA_KEY_DERIVATION_INPUT_INFO: INFO } = S;
const { PSA_KEY_DERIVATION_INPUT_SEED: SEED, PSA_KEY_DERIVATION_INPUT_LABEL: LABEL, PSA_KEY_DERIVATION_INPUT_OTHER_SECRET: OTHER } = S;
const { PSA_KEY_DERIVATION_INPUT_COST: COST, PSA_KEY_DERIVATION_INPUT_PASSWORD: PASSWORD, PSA_KEY_DERIVATION_INPUT_CONTEXT: CONTEXT } = S;

const NON_SECRET = [T.PSA_KEY_TYPE_RAW_DATA, T.PSA_KEY_TYPE_DERIVE];
const get = (i: Inputs, step: number): Buffer => i.get(step) ?? Buffer.alloc(0);

function keyTypes(secretTypes: readonly number[]): (step: number) => readonly number[] {
  return (step) => {
    if (step === SECRET) return secretTypes;
    if (step === PASSWORD) return [T.PSA_KEY_TYPE_PASSWORD, T.PSA_KEY_TYPE_DERIVE];
    if (step === OTHER) return [T.PSA_KEY_TYPE_DERIVE];
    if (step === COST) return [];
    return NON_SECRET;
  };
}

/** The spec for a key derivation algorithm (not a key agreement), a status-free undefined when unsupported. */
export function kdfSpec(alg: number): KdfSpec | undefined {
  const hashAlg = C.PSA_ALG_GET_HASH(alg);
  const base = (alg & ~0xff) >>> 0;
  const info = hashAlg && isFixedLengthHash(hashAlg) ? hashInfo(hashAlg) : undefined;
  const derive = keyTypes([T.PSA_KEY_TYPE_DERIVE]);
  if (alg === A.PSA_ALG_PBKDF2_AES_CMAC_PRF_128) {
    return {
      slots: [{ step: COST, required: true }, { step: SALT, required: true, repeatable: true }, { step: PASSWORD, required: true }],
      capacity: (2 ** 32 - 1) * 16, takesCost: true, keyTypesFor: derive,
      output: (i, n) => P.pbkdf2AesCmac(get(i, PASSWORD), get(i, SALT), i.cost!, n),
    };
  }
  if (alg === A.PSA_ALG_SP800_108_COUNTER_CMAC) {
    return {
      slots: [{ step: SECRET, required: true }, { step: LABEL, required: false }, { step: CONTEXT, required: false }],
      capacity: 2 ** 29 - 1, takesCost: false, keyTypesFor: keyTypes([T.PSA_KEY_TYPE_AES]),
      output: (i, n, bits) => P.sp800108Counter((d) => P.aesCmac(get(i, SECRET), d), get(i, LABEL), get(i, CONTEXT), bits, true, n),
    };
  }
  if (!info) return undefined;
  const h = info.node;
  const hLen = info.length;
  switch (base) {
    case 0x08000100: // HKDF
      return {
        slots: [{ step: SALT, required: false }, { step: SECRET, required: true }, { step: INFO, required: false, anyTime: true }],
        capacity: 255 * hLen, takesCost: false, keyTypesFor: derive,
        output: (i, n) => P.hkdfExpand(h, P.hkdfExtract(h, get(i, SALT), get(i, SECRET), hLen), get(i, INFO), n),
      };
    case 0x08000400: // HKDF_EXTRACT
      return {
        slots: [{ step: SALT, required: false }, { step: SECRET, required: true }],
        capacity: hLen, takesCost: false, keyTypesFor: derive,
        output: (i, n) => P.hkdfExtract(h, get(i, SALT), get(i, SECRET), hLen).subarray(0, n),
      };
    case 0x08000500: // HKDF_EXPAND
      return {
        slots: [{ step: SECRET, required: true }, { step: INFO, required: false, anyTime: true }],
        capacity: 255 * hLen, takesCost: false, keyTypesFor: derive,
        output: (i, n) => P.hkdfExpand(h, get(i, SECRET), get(i, INFO), n),
      };
    case 0x08000200: // TLS12_PRF
      return {
        slots: [{ step: SEED, required: true }, { step: SECRET, required: true }, { step: LABEL, required: true }],
        capacity: 255 * hLen, takesCost: false, keyTypesFor: derive,
        output: (i, n) => P.tls12Prf(h, get(i, SECRET), get(i, LABEL), get(i, SEED), n),
      };
    case 0x08000300: // TLS12_PSK_TO_MS
      return {
        slots: [{ step: SEED, required: true }, { step: OTHER, required: false }, { step: SECRET, required: true }, { step: LABEL, required: true }],
        capacity: 255 * hLen, takesCost: false, keyTypesFor: derive,
        output: (i, n) => P.tls12Prf(h, P.pskPremaster(get(i, SECRET), i.get(OTHER)), get(i, LABEL), get(i, SEED), n),
      };
    case 0x08800100: // PBKDF2_HMAC
      return {
        slots: [{ step: COST, required: true }, { step: SALT, required: true, repeatable: true }, { step: PASSWORD, required: true }],
        capacity: Number.MAX_SAFE_INTEGER, takesCost: true, keyTypesFor: derive,
        output: (i, n) => P.pbkdf2Hmac(h, get(i, PASSWORD), get(i, SALT), i.cost!, n),
      };
    case 0x08000600: // TLS12_ECJPAKE_TO_PMS (only with SHA-256)
      return alg !== A.PSA_ALG_TLS12_ECJPAKE_TO_PMS ? undefined : {
        slots: [{ step: SECRET, required: true }],
        capacity: 32, takesCost: false, keyTypesFor: derive,
        inputOk: (step, data) => step !== SECRET || (data.length === 65 && data[0] === 0x04),
        output: (i, n) => createHash('sha256').update(get(i, SECRET).subarray(1, 33)).digest().subarray(0, n),
      };
    case 0x08000700: // SP800_108_COUNTER_HMAC
      return {
        slots: [{ step: SECRET, required: true }, { step: LABEL, required: false }, { step: CONTEXT, required: false }],
        capacity: 2 ** 29 - 1, takesCost: false, keyTypesFor: keyTypes([T.PSA_KEY_TYPE_HMAC, T.PSA_KEY_TYPE_DERIVE]),
        output: (i, n, bits) => P.sp800108Counter((d) => P.hmac(h, get(i, SECRET), d), get(i, LABEL), get(i, CONTEXT), bits, false, n),
      };
    default:
      return undefined;
  }
}
