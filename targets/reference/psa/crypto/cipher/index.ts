/**
 * Cipher functions, PSA Crypto API 1.2 §10.4 (psa-arch-tests c032–c038, c050, c051):
 * - a non-cipher algorithm → INVALID_ARGUMENT; key lookup and policy (ENCRYPT / DECRYPT usage) →
 *   INVALID_HANDLE / NOT_PERMITTED; a cipher algorithm this key type cannot run → INVALID_ARGUMENT,
 *   one the simulator lacks → NOT_SUPPORTED;
 * - psa_cipher_encrypt outputs a random IV followed by the ciphertext; psa_cipher_decrypt takes
 *   IV || ciphertext; an output buffer below the result → BUFFER_TOO_SMALL;
 * - no-padding block modes with a partial last block → INVALID_ARGUMENT; bad PKCS#7 padding →
 *   INVALID_PADDING;
 * - multipart: generate_iv only on an encrypt operation without an IV yet (else BAD_STATE), iv_size
 *   below PSA_CIPHER_IV_LENGTH → BUFFER_TOO_SMALL; set_iv with a wrong length → INVALID_ARGUMENT,
 *   twice → BAD_STATE; modes without IV → BAD_STATE for both; update/finish need the IV first.
 */
import { randomBytes } from 'node:crypto';
import type { PsaDataResult } from '../../../../roles/psa-crypto';
import type { PsaCipherApi } from '../../../../roles/psa-crypto/cipher';
import { PSA_ALG_IS_CIPHER } from '../../constants/algorithm-classes';
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
import { OperationTable } from '../operations';
import { cipherMode, KNOWN_CIPHER_ALGS, type CipherEngine, type CipherMode } from './modes';

const EMPTY = new Uint8Array(0);

interface CipherState {
  mode: CipherMode;
  key: Buffer;
  encrypt: boolean;
  engine?: CipherEngine;
}

/** Runs `fn` and maps a node:crypto final() failure to the PSA status. */
function finalStatus(mode: CipherMode, encrypt: boolean, fn: () => Buffer): { status: number; data?: Buffer } {
  try {
    return { status: PSA_SUCCESS, data: fn() };
  } catch {
    return { status: !encrypt && !mode.needsWholeBlocks ? PSA_ERROR_INVALID_PADDING : PSA_ERROR_INVALID_ARGUMENT };
  }
}

export class CipherFamily implements PsaCipherApi {
  private readonly ops = new OperationTable<CipherState>();

  constructor(private readonly core: CryptoCore) {}

  private prepare(key: number, alg: number, encrypt: boolean): { status: number; mode?: CipherMode; key?: Buffer } {
    if (!this.core.initialised) return { status: PSA_ERROR_BAD_STATE };
    if (!PSA_ALG_IS_CIPHER(alg)) return { status: PSA_ERROR_INVALID_ARGUMENT };
    const found = this.core.keyFor(key, encrypt ? PSA_KEY_USAGE_ENCRYPT : PSA_KEY_USAGE_DECRYPT, alg);
    if (!found.slot) return { status: found.status };
    const mode = cipherMode(found.slot.attributes.type, alg);
    if (!mode) return { status: KNOWN_CIPHER_ALGS.has(alg >>> 0) ? PSA_ERROR_INVALID_ARGUMENT : PSA_ERROR_NOT_SUPPORTED };
    return { status: PSA_SUCCESS, mode, key: found.slot.material };
  }

  async psa_cipher_encrypt(key: number, alg: number, input: Uint8Array, outputSize: number): Promise<PsaDataResult> {
    const p = this.prepare(key, alg, true);
    if (!p.mode) return { status: p.status, data: EMPTY };
    const mode = p.mode;
    const iv = randomBytes(mode.ivLength);
    const engine = mode.start(p.key!, iv, true);
    const r = finalStatus(mode, true, () => Buffer.concat([engine.update(Buffer.from(input)), engine.final()]));
    if (!r.data) return { status: r.status, data: EMPTY };
    const out = Buffer.concat([iv, r.data]);
    if (out.length > outputSize) return { status: PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    return { status: PSA_SUCCESS, data: new Uint8Array(out) };
  }

  async psa_cipher_decrypt(key: number, alg: number, input: Uint8Array, outputSize: number): Promise<PsaDataResult> {
    const p = this.prepare(key, alg, false);
    if (!p.mode) return { status: p.status, data: EMPTY };
    const mode = p.mode;
    if (input.length < mode.ivLength) return { status: PSA_ERROR_INVALID_ARGUMENT, data: EMPTY };
    const iv = Buffer.from(input.subarray(0, mode.ivLength));
    const engine = mode.start(p.key!, iv, false);
    const r = finalStatus(mode, false, () => Buffer.concat([engine.update(Buffer.from(input.subarray(mode.ivLength))), engine.final()]));
    if (!r.data) return { status: r.status, data: EMPTY };
    if (r.data.length > outputSize) return { status: PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    return { status: PSA_SUCCESS, data: new Uint8Array(r.data) };
  }

  async psa_cipher_operation_init(): Promise<number> {
    return this.ops.init();
  }

  async psa_cipher_encrypt_setup(op: number, key: number, alg: number): Promise<number> {
    return this.setup(op, key, alg, true);
  }

  async psa_cipher_decrypt_setup(op: number, key: number, alg: number): Promise<number> {
    return this.setup(op, key, alg, false);
  }

  private setup(op: number, key: number, alg: number, encrypt: boolean): number {
    if (this.core.initialised && !this.ops.isInactive(op)) return this.badState(op);
    const p = this.prepare(key, alg, encrypt);
    if (!p.mode) return p.status;
    const state: CipherState = { mode: p.mode, key: p.key!, encrypt };
    if (p.mode.ivLength === 0) state.engine = p.mode.start(p.key!, Buffer.alloc(0), encrypt);
    this.ops.activate(op, state);
    return PSA_SUCCESS;
  }

  async psa_cipher_generate_iv(op: number, ivSize: number): Promise<PsaDataResult> {
    const state = this.ops.get(op);
    if (!state || !state.encrypt || state.engine || state.mode.ivLength === 0) return { status: this.badState(op), data: EMPTY };
    if (ivSize < state.mode.ivLength) return this.fail(op, PSA_ERROR_BUFFER_TOO_SMALL);
    const iv = randomBytes(state.mode.ivLength);
    state.engine = state.mode.start(state.key, iv, true);
    return { status: PSA_SUCCESS, data: new Uint8Array(iv) };
  }

  async psa_cipher_set_iv(op: number, iv: Uint8Array): Promise<number> {
    const state = this.ops.get(op);
    if (!state || state.engine || state.mode.ivLength === 0) return this.badState(op);
    if (iv.length !== state.mode.ivLength) return this.fail(op, PSA_ERROR_INVALID_ARGUMENT).status;
    state.engine = state.mode.start(state.key, Buffer.from(iv), state.encrypt);
    return PSA_SUCCESS;
  }

  async psa_cipher_update(op: number, input: Uint8Array, outputSize: number): Promise<PsaDataResult> {
    const state = this.ops.get(op);
    if (!state?.engine) return { status: this.badState(op), data: EMPTY };
    const out = state.engine.update(Buffer.from(input));
    if (out.length > outputSize) return this.fail(op, PSA_ERROR_BUFFER_TOO_SMALL);
    return { status: PSA_SUCCESS, data: new Uint8Array(out) };
  }

  async psa_cipher_finish(op: number, outputSize: number): Promise<PsaDataResult> {
    const state = this.ops.get(op);
    if (!state?.engine) return { status: this.badState(op), data: EMPTY };
    const engine = state.engine;
    const r = finalStatus(state.mode, state.encrypt, () => engine.final());
    if (!r.data) return this.fail(op, r.status);
    if (r.data.length > outputSize) return this.fail(op, PSA_ERROR_BUFFER_TOO_SMALL);
    this.ops.deactivate(op);
    return { status: PSA_SUCCESS, data: new Uint8Array(r.data) };
  }

  async psa_cipher_abort(op: number): Promise<number> {
    if (!this.core.initialised) return PSA_ERROR_BAD_STATE;
    this.ops.deactivate(op);
    return PSA_SUCCESS;
  }

  close(): void {
    this.ops.clear();
  }

  private fail(op: number, status: number): PsaDataResult {
    this.ops.fail(op);
    return { status, data: EMPTY };
  }

  private badState(op: number): number {
    this.ops.fail(op);
    return PSA_ERROR_BAD_STATE;
  }
}
