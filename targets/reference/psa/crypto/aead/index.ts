/**
 * AEAD functions, PSA Crypto API 1.2 §10.5 (psa-arch-tests c024, c025, c054–c063):
 * - a non-AEAD or wildcard algorithm → INVALID_ARGUMENT; key lookup and policy (ENCRYPT / DECRYPT)
 *   → INVALID_HANDLE / NOT_PERMITTED; key type or tag length not valid for the algorithm →
 *   INVALID_ARGUMENT; unknown AEAD → NOT_SUPPORTED; bad nonce length → INVALID_ARGUMENT;
 *   output buffer too small → BUFFER_TOO_SMALL; wrong tag → INVALID_SIGNATURE.
 * - multipart state rules (§10.5.5, functionality.rst): set_lengths only while active and before
 *   the nonce; generate_nonce only on an encrypt operation; one nonce (set or generated), and for CCM
 *   only after set_lengths (CCM encodes the lengths in its first block); update_ad after the nonce and
 *   before update; more AD or data than declared
 *   → INVALID_ARGUMENT, less at finish/verify → INVALID_ARGUMENT; finish on a decrypt operation or
 *   verify on an encrypt one → BAD_STATE. AD and data are buffered: update outputs nothing and
 *   finish/verify output the whole ciphertext/plaintext, which §10.5 permits ("implementations may
 *   buffer"): PSA_AEAD_UPDATE_OUTPUT_SIZE only bounds the output.
 */
import { randomBytes } from 'node:crypto';
import type { PsaAeadFinishResult, PsaDataResult } from '../../../../roles/psa-crypto';
import type { PsaAeadApi } from '../../../../roles/psa-crypto/aead';
import { PSA_ALG_IS_AEAD } from '../../constants/algorithms';
import { PSA_KEY_USAGE_DECRYPT, PSA_KEY_USAGE_ENCRYPT } from '../../constants/usage';
import {
  PSA_ERROR_BAD_STATE,
  PSA_ERROR_BUFFER_TOO_SMALL,
  PSA_ERROR_INVALID_ARGUMENT,
  PSA_ERROR_INVALID_SIGNATURE,
  PSA_SUCCESS,
} from '../../constants/status';
import type { CryptoCore } from '../core';
import { OperationTable } from '../operations';
import { aeadSpec, isAeadSpec, type AeadSpec } from './algorithms';

const EMPTY = new Uint8Array(0);

interface AeadState {
  spec: AeadSpec;
  key: Buffer;
  encrypt: boolean;
  nonce?: Buffer;
  lengths?: { ad: number; text: number };
  ad: Buffer[];
  text: Buffer[];
  started: boolean;
}

const total = (parts: Buffer[]): number => parts.reduce((n, b) => n + b.length, 0);

export class AeadFamily implements PsaAeadApi {
  protected readonly ops = new OperationTable<AeadState>();

  constructor(private readonly core: CryptoCore) {}

  private prepare(key: number, alg: number, encrypt: boolean): { status: number; spec?: AeadSpec; key?: Buffer } {
    if (!this.core.initialised) return { status: PSA_ERROR_BAD_STATE };
    if (!PSA_ALG_IS_AEAD(alg)) return { status: PSA_ERROR_INVALID_ARGUMENT };
    const found = this.core.keyFor(key, encrypt ? PSA_KEY_USAGE_ENCRYPT : PSA_KEY_USAGE_DECRYPT, alg);
    if (!found.slot) return { status: found.status };
    const spec = aeadSpec(alg, found.slot.attributes.type);
    if (!isAeadSpec(spec)) return { status: spec };
    return { status: PSA_SUCCESS, spec, key: found.slot.material };
  }

  async psa_aead_encrypt(key: number, alg: number, nonce: Uint8Array, ad: Uint8Array, pt: Uint8Array, size: number): Promise<PsaDataResult> {
    const p = this.prepare(key, alg, true);
    if (!p.spec) return { status: p.status, data: EMPTY };
    if (!p.spec.nonceOk(nonce.length)) return { status: PSA_ERROR_INVALID_ARGUMENT, data: EMPTY };
    if (size < pt.length + p.spec.tagLength) return { status: PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    // Views, not copies: the caller's buffers are only read (bench/psa-ops measures this path).
    const n = view(nonce);
    const a = view(ad);
    const text = view(pt);
    const sealed = p.spec.seal?.(p.key!, n, a, text);
    if (sealed) return { status: PSA_SUCCESS, data: sealed };
    const { ciphertext, tag } = p.spec.encrypt(p.key!, n, a, text);
    return { status: PSA_SUCCESS, data: Buffer.concat([ciphertext, tag]) };
  }

  async psa_aead_decrypt(key: number, alg: number, nonce: Uint8Array, ad: Uint8Array, ct: Uint8Array, size: number): Promise<PsaDataResult> {
    const p = this.prepare(key, alg, false);
    if (!p.spec) return { status: p.status, data: EMPTY };
    const spec = p.spec;
    if (!spec.nonceOk(nonce.length)) return { status: PSA_ERROR_INVALID_ARGUMENT, data: EMPTY };
    if (ct.length < spec.tagLength) return { status: PSA_ERROR_INVALID_SIGNATURE, data: EMPTY };
    const body = Buffer.from(ct.subarray(0, ct.length - spec.tagLength));
    if (size < body.length) return { status: PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    const tag = Buffer.from(ct.subarray(ct.length - spec.tagLength));
    const plain = this.open(spec, p.key!, Buffer.from(nonce), Buffer.from(ad), body, tag);
    return plain ? { status: PSA_SUCCESS, data: new Uint8Array(plain) } : { status: PSA_ERROR_INVALID_SIGNATURE, data: EMPTY };
  }

  /** Decrypts and verifies the tag (the broken target overrides this). */
  protected open(spec: AeadSpec, key: Buffer, nonce: Buffer, ad: Buffer, body: Buffer, tag: Buffer): Buffer | undefined {
    return spec.decrypt(key, nonce, ad, body, tag);
  }

  async psa_aead_operation_init(): Promise<number> {
    return this.ops.init();
  }

  async psa_aead_encrypt_setup(op: number, key: number, alg: number): Promise<number> {
    return this.setup(op, key, alg, true);
  }

  async psa_aead_decrypt_setup(op: number, key: number, alg: number): Promise<number> {
    return this.setup(op, key, alg, false);
  }

  private setup(op: number, key: number, alg: number, encrypt: boolean): number {
    if (this.core.initialised && !this.ops.isInactive(op)) return this.badState(op);
    const p = this.prepare(key, alg, encrypt);
    if (!p.spec) return p.status;
    this.ops.activate(op, { spec: p.spec, key: p.key!, encrypt, ad: [], text: [], started: false });
    return PSA_SUCCESS;
  }

  async psa_aead_set_lengths(op: number, adLength: number, plaintextLength: number): Promise<number> {
    const s = this.ops.get(op);
    if (!s || s.lengths || s.nonce) return this.badState(op);
    if (!s.spec.lengthsOk(adLength, plaintextLength)) return this.fail(op, PSA_ERROR_INVALID_ARGUMENT);
    s.lengths = { ad: adLength, text: plaintextLength };
    return PSA_SUCCESS;
  }

  async psa_aead_generate_nonce(op: number, nonceSize: number): Promise<PsaDataResult> {
    const s = this.ops.get(op);
    if (!s || !s.encrypt || s.nonce || (s.spec.needsLengths && !s.lengths)) return { status: this.badState(op), data: EMPTY };
    if (nonceSize < s.spec.defaultNonce) return { status: this.fail(op, PSA_ERROR_BUFFER_TOO_SMALL), data: EMPTY };
    s.nonce = randomBytes(s.spec.defaultNonce);
    return { status: PSA_SUCCESS, data: new Uint8Array(s.nonce) };
  }

  async psa_aead_set_nonce(op: number, nonce: Uint8Array): Promise<number> {
    const s = this.ops.get(op);
    if (!s || s.nonce || (s.spec.needsLengths && !s.lengths)) return this.badState(op);
    if (!s.spec.nonceOk(nonce.length)) return this.fail(op, PSA_ERROR_INVALID_ARGUMENT);
    // CCM: the plaintext length must fit the L = 15 − nonce_length bytes of its length field.
    if (s.spec.needsLengths && s.lengths!.text >= 2 ** (8 * (15 - nonce.length))) return this.fail(op, PSA_ERROR_INVALID_ARGUMENT);
    s.nonce = Buffer.from(nonce);
    return PSA_SUCCESS;
  }

  async psa_aead_update_ad(op: number, input: Uint8Array): Promise<number> {
    const s = this.ops.get(op);
    if (!s || !s.nonce || s.started || (s.spec.needsLengths && !s.lengths)) return this.badState(op);
    if (s.lengths && total(s.ad) + input.length > s.lengths.ad) return this.fail(op, PSA_ERROR_INVALID_ARGUMENT);
    s.ad.push(Buffer.from(input));
    return PSA_SUCCESS;
  }

  async psa_aead_update(op: number, input: Uint8Array, _outputSize: number): Promise<PsaDataResult> {
    const s = this.ops.get(op);
    if (!s || !s.nonce || (s.spec.needsLengths && !s.lengths)) return { status: this.badState(op), data: EMPTY };
    if (s.lengths && (total(s.ad) !== s.lengths.ad || total(s.text) + input.length > s.lengths.text)) {
      return { status: this.fail(op, PSA_ERROR_INVALID_ARGUMENT), data: EMPTY };
    }
    s.started = true;
    s.text.push(Buffer.from(input));
    return { status: PSA_SUCCESS, data: EMPTY };
  }

  async psa_aead_finish(op: number, ciphertextSize: number, tagSize: number): Promise<PsaAeadFinishResult> {
    const none = { ciphertext: EMPTY, tag: EMPTY };
    const s = this.ops.get(op);
    if (!s || !s.encrypt || !s.nonce || (s.spec.needsLengths && !s.lengths)) return { status: this.badState(op), ...none };
    if (!this.lengthsComplete(s)) return { status: this.fail(op, PSA_ERROR_INVALID_ARGUMENT), ...none };
    const text = Buffer.concat(s.text);
    if (ciphertextSize < text.length || tagSize < s.spec.tagLength) return { status: this.fail(op, PSA_ERROR_BUFFER_TOO_SMALL), ...none };
    const { ciphertext, tag } = s.spec.encrypt(s.key, s.nonce, Buffer.concat(s.ad), text);
    this.ops.deactivate(op);
    return { status: PSA_SUCCESS, ciphertext: new Uint8Array(ciphertext), tag: new Uint8Array(tag) };
  }

  async psa_aead_verify(op: number, plaintextSize: number, tag: Uint8Array): Promise<PsaDataResult> {
    const s = this.ops.get(op);
    if (!s || s.encrypt || !s.nonce || (s.spec.needsLengths && !s.lengths)) return { status: this.badState(op), data: EMPTY };
    if (!this.lengthsComplete(s)) return { status: this.fail(op, PSA_ERROR_INVALID_ARGUMENT), data: EMPTY };
    const text = Buffer.concat(s.text);
    if (plaintextSize < text.length) return { status: this.fail(op, PSA_ERROR_BUFFER_TOO_SMALL), data: EMPTY };
    const plain = tag.length === s.spec.tagLength ? this.open(s.spec, s.key, s.nonce, Buffer.concat(s.ad), text, Buffer.from(tag)) : undefined;
    if (!plain) return { status: this.fail(op, PSA_ERROR_INVALID_SIGNATURE), data: EMPTY };
    this.ops.deactivate(op);
    return { status: PSA_SUCCESS, data: new Uint8Array(plain) };
  }

  async psa_aead_abort(op: number): Promise<number> {
    if (!this.core.initialised) return PSA_ERROR_BAD_STATE;
    this.ops.deactivate(op);
    return PSA_SUCCESS;
  }

  close(): void {
    this.ops.clear();
  }

  private lengthsComplete(s: AeadState): boolean {
    return !s.lengths || (total(s.ad) === s.lengths.ad && total(s.text) === s.lengths.text);
  }

  private fail(op: number, status: number): number {
    this.ops.fail(op);
    return status;
  }

  private badState(op: number): number {
    this.ops.fail(op);
    return PSA_ERROR_BAD_STATE;
  }
}

/**
 * A Buffer over the same memory as `bytes`, without copying. An empty input gets a fresh empty Buffer:
 * a view of a zero-byte ArrayBuffer reaches OpenSSL as a NULL pointer, and CCM then fails in final()
 * with "tag not set" (seen with Node 20.20 / OpenSSL 3.0.19).
 */
function view(bytes: Uint8Array): Buffer {
  if (bytes.byteLength === 0) return Buffer.alloc(0);
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
