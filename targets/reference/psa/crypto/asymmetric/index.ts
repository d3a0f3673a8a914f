/**
 * Asymmetric encryption, PSA Crypto API 1.2 §10.8 (psa-arch-tests c039, c040):
 * - PSA_ALG_RSA_OAEP(h) with the label in `salt` (node:crypto OAEP with oaepHash/oaepLabel);
 * - PSA_ALG_RSA_PKCS1V15_CRYPT, where `salt` must be empty (INVALID_ARGUMENT otherwise). Node
 *   disabled PKCS#1 v1.5 *decryption* (CVE-2023-46809, Marvin attack), so decryption runs raw RSA
 *   (RSA_NO_PADDING) and removes the RFC 8017 §7.2.2 EME-PKCS1-v1_5 padding here, scanning the whole
 *   block whatever its content so the time taken does not depend on where the padding ends
 *   ("constant-time-ish": JS gives no hard guarantee), with one error for every malformed block.
 * Errors: non-encryption algorithm, non-RSA key, decrypt with a public key → INVALID_ARGUMENT; key
 * lookup and policy (ENCRYPT / DECRYPT) → INVALID_HANDLE / NOT_PERMITTED; output buffer too small →
 * BUFFER_TOO_SMALL; undecryptable input → INVALID_PADDING.
 */
import { constants, createPrivateKey, createPublicKey, privateDecrypt, publicEncrypt } from 'node:crypto';
import type { PsaDataResult } from '../../../../roles/psa-crypto';
import type { PsaAsymmetricApi } from '../../../../roles/psa-crypto/asymmetric';
import { PSA_ALG_GET_HASH, PSA_ALG_IS_ASYMMETRIC_ENCRYPTION, PSA_ALG_IS_RSA_OAEP } from '../../constants/algorithm-classes';
import { PSA_ALG_RSA_PKCS1V15_CRYPT } from '../../constants/algorithms';
import { PSA_KEY_TYPE_IS_KEY_PAIR, PSA_KEY_TYPE_IS_RSA } from '../../constants/key-types';
import { PSA_KEY_USAGE_DECRYPT, PSA_KEY_USAGE_ENCRYPT } from '../../constants/usage';
import {
  PSA_ERROR_BAD_STATE,
  PSA_ERROR_BUFFER_TOO_SMALL,
  PSA_ERROR_INVALID_ARGUMENT,
  PSA_ERROR_INVALID_PADDING,
  PSA_ERROR_NOT_SUPPORTED,
  PSA_SUCCESS,
} from '../../constants/status';
import type { CryptoCore } from '../core';
import { hashInfo, isFixedLengthHash } from '../hash/algorithms';

const EMPTY = new Uint8Array(0);

/** RFC 8017 §7.2.2 step 3: EM = 0x00 || 0x02 || PS (≥ 8 non-zero bytes) || 0x00 || M; undefined if malformed. */
export function unpadPkcs1v15(em: Buffer): Buffer | undefined {
  let bad = em[0] | (em[1] ^ 2);
  let separator = 0;
  for (let i = 2; i < em.length; i++) {
    const isZero = em[i] === 0 ? 1 : 0;
    const first = isZero & (separator === 0 ? 1 : 0);
    separator = first ? i : separator;
  }
  bad |= separator === 0 ? 1 : 0;
  bad |= separator < 10 ? 1 : 0;
  return bad ? undefined : em.subarray(separator + 1);
}

export class AsymmetricFamily implements PsaAsymmetricApi {
  constructor(private readonly core: CryptoCore) {}

  private prepare(key: number, alg: number, salt: Uint8Array, encrypt: boolean) {
    if (!this.core.initialised) return { status: PSA_ERROR_BAD_STATE };
    if (!PSA_ALG_IS_ASYMMETRIC_ENCRYPTION(alg)) return { status: PSA_ERROR_INVALID_ARGUMENT };
    const found = this.core.keyFor(key, encrypt ? PSA_KEY_USAGE_ENCRYPT : PSA_KEY_USAGE_DECRYPT, alg);
    if (!found.slot) return { status: found.status };
    const { type, bits } = found.slot.attributes;
    if (!PSA_KEY_TYPE_IS_RSA(type) || (!encrypt && !PSA_KEY_TYPE_IS_KEY_PAIR(type))) return { status: PSA_ERROR_INVALID_ARGUMENT };
    const oaep = PSA_ALG_IS_RSA_OAEP(alg);
    if (!oaep && alg !== PSA_ALG_RSA_PKCS1V15_CRYPT) return { status: PSA_ERROR_NOT_SUPPORTED };
    if (!oaep && salt.length > 0) return { status: PSA_ERROR_INVALID_ARGUMENT };
    const hash = oaep ? PSA_ALG_GET_HASH(alg) : 0;
    if (oaep && !isFixedLengthHash(hash)) return { status: hashInfo(hash) ? PSA_ERROR_INVALID_ARGUMENT : PSA_ERROR_NOT_SUPPORTED };
    const der = { key: found.slot.material, format: 'der' as const, type: 'pkcs1' as const };
    const keyObject = PSA_KEY_TYPE_IS_KEY_PAIR(type) ? createPrivateKey(der) : createPublicKey(der);
    return { status: PSA_SUCCESS, keyObject, k: bits / 8, oaepHash: oaep ? hashInfo(hash)!.node : undefined };
  }

  async psa_asymmetric_encrypt(key: number, alg: number, input: Uint8Array, salt: Uint8Array, outputSize: number): Promise<PsaDataResult> {
    const p = this.prepare(key, alg, salt, true);
    if (!p.keyObject) return { status: p.status, data: EMPTY };
    if (outputSize < p.k) return { status: PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    try {
      const out = p.oaepHash
        ? publicEncrypt({ key: p.keyObject, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: p.oaepHash, oaepLabel: Buffer.from(salt) }, input)
        : publicEncrypt({ key: p.keyObject, padding: constants.RSA_PKCS1_PADDING }, input);
      return { status: PSA_SUCCESS, data: new Uint8Array(out) };
    } catch {
      // The message is longer than the padding scheme allows for this modulus.
      return { status: PSA_ERROR_INVALID_ARGUMENT, data: EMPTY };
    }
  }

  async psa_asymmetric_decrypt(key: number, alg: number, input: Uint8Array, salt: Uint8Array, outputSize: number): Promise<PsaDataResult> {
    const p = this.prepare(key, alg, salt, false);
    if (!p.keyObject) return { status: p.status, data: EMPTY };
    if (input.length !== p.k) return { status: PSA_ERROR_INVALID_ARGUMENT, data: EMPTY };
    let plain: Buffer | undefined;
    try {
      plain = p.oaepHash
        ? privateDecrypt({ key: p.keyObject, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: p.oaepHash, oaepLabel: Buffer.from(salt) }, input)
        : unpadPkcs1v15(privateDecrypt({ key: p.keyObject, padding: constants.RSA_NO_PADDING }, input));
    } catch {
      plain = undefined;
    }
    if (!plain) return { status: PSA_ERROR_INVALID_PADDING, data: EMPTY };
    if (plain.length > outputSize) return { status: PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    return { status: PSA_SUCCESS, data: new Uint8Array(plain) };
  }
}
