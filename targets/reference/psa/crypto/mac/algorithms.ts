/**
 * MAC algorithm rules, PSA Crypto API 1.2 §10.3 (psa-api doc/crypto/api/ops/macs.rst):
 * - PSA_ALG_HMAC(h) with a PSA_KEY_TYPE_HMAC key; full length = PSA_HASH_LENGTH(h);
 * - PSA_ALG_CMAC and PSA_ALG_CBC_MAC with an AES key; full length = 16;
 * - PSA_ALG_TRUNCATED_MAC(m, n): n = 0 means full length; n above the full length → INVALID_ARGUMENT;
 *   below PSA_MAC_TRUNCATION_MIN (4, as Mbed TLS) → NOT_SUPPORTED ("implementations may reject
 *   very short MACs");
 * - PSA_ALG_AT_LEAST_THIS_LENGTH_MAC is a policy wildcard, never an operation algorithm → INVALID_ARGUMENT.
 */
import { createHmac } from 'node:crypto';
import { AT_LEAST_FLAG, BASE_OF_LENGTH_ALG, LENGTH_FIELD, PSA_ALG_GET_HASH, PSA_ALG_IS_HMAC } from '../../constants/algorithm-classes';
import { PSA_ALG_CBC_MAC, PSA_ALG_CMAC, PSA_ALG_IS_MAC } from '../../constants/algorithms';
import { PSA_KEY_TYPE_AES, PSA_KEY_TYPE_HMAC } from '../../constants/key-types';
import { PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { hashInfo, isFixedLengthHash } from '../hash/algorithms';
import { aesCbcMac, aesCmac } from './cmac';

export const PSA_MAC_TRUNCATION_MIN = 4;

/** Full MAC length of a base MAC algorithm (length field ignored), 0 when unsupported. */
export function macLength(alg: number): number {
  const base = BASE_OF_LENGTH_ALG(alg);
  if (PSA_ALG_IS_HMAC(base)) return hashInfo(PSA_ALG_GET_HASH(base))?.length ?? 0;
  if (base === PSA_ALG_CMAC || base === PSA_ALG_CBC_MAC) return 16;
  return 0;
}

export interface MacSpec {
  base: number;
  /** Output length after truncation. */
  length: number;
  compute(key: Uint8Array, message: Uint8Array): Buffer | undefined;
}

/** Validates an operation MAC algorithm against a key type: a spec, or the status. */
export function macSpec(alg: number, keyType: number): MacSpec | number {
  if (!PSA_ALG_IS_MAC(alg) || alg & AT_LEAST_FLAG) return PSA_ERROR_INVALID_ARGUMENT;
  const base = BASE_OF_LENGTH_ALG(alg);
  let compute: MacSpec['compute'];
  if (PSA_ALG_IS_HMAC(base)) {
    const hash = PSA_ALG_GET_HASH(base);
    if (!isFixedLengthHash(hash)) return hashInfo(hash) ? PSA_ERROR_INVALID_ARGUMENT : PSA_ERROR_NOT_SUPPORTED;
    if (keyType !== PSA_KEY_TYPE_HMAC) return PSA_ERROR_INVALID_ARGUMENT;
    const node = hashInfo(hash)!.node;
    compute = (key, message) => createHmac(node, key).update(message).digest();
  } else if (base === PSA_ALG_CMAC || base === PSA_ALG_CBC_MAC) {
    if (keyType !== PSA_KEY_TYPE_AES) return PSA_ERROR_INVALID_ARGUMENT;
    compute = base === PSA_ALG_CMAC ? aesCmac : aesCbcMac;
  } else {
    return PSA_ERROR_NOT_SUPPORTED;
  }
  const full = macLength(base);
  const requested = LENGTH_FIELD(alg);
  if (requested > full) return PSA_ERROR_INVALID_ARGUMENT;
  if (requested !== 0 && requested < PSA_MAC_TRUNCATION_MIN) return PSA_ERROR_NOT_SUPPORTED;
  return { base, length: requested || full, compute };
}

export const isMacSpec = (s: MacSpec | number): s is MacSpec => typeof s !== 'number';

