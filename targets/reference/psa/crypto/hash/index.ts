/**
 * Hash functions, PSA Crypto API 1.2 §10.2 (psa-api doc/crypto/api/ops/hashes.rst), on node:crypto:
 * - psa_hash_compute / psa_hash_compare: a non-hash algorithm → INVALID_ARGUMENT, a hash we lack →
 *   NOT_SUPPORTED; hash_size below PSA_HASH_LENGTH → BUFFER_TOO_SMALL; compare mismatch (value or
 *   length) → INVALID_SIGNATURE (psa-arch-tests c006, c007);
 * - multipart: setup needs an inactive operation, update/finish/verify/suspend an active one,
 *   clone an active source and an inactive target; a wrong state → BAD_STATE and the error state;
 *   finish/verify success → inactive (c011–c015, c045).
 * - psa_hash_suspend/resume (optional APIs, c064/c065) for SHA-224/256/384/512 in the spec's state
 *   format (suspend.ts): suspend needs an active operation and leaves it inactive, resume an
 *   inactive one; a malformed state → INVALID_ARGUMENT; other hashes → NOT_SUPPORTED.
 */
import { createHash, timingSafeEqual, type Hash } from 'node:crypto';
import type { PsaDataResult } from '../../../../roles/psa-crypto';
import type { PsaHashApi } from '../../../../roles/psa-crypto/hash';
import { PSA_ALG_IS_HASH } from '../../constants/algorithms';
import {
  PSA_ERROR_BAD_STATE,
  PSA_ERROR_BUFFER_TOO_SMALL,
  PSA_ERROR_INVALID_ARGUMENT,
  PSA_ERROR_INVALID_SIGNATURE,
  PSA_ERROR_NOT_SUPPORTED,
  PSA_SUCCESS,
} from '../../constants/status';
import type { CryptoCore } from '../core';
import { OperationTable } from '../operations';
import { hashInfo, type HashInfo } from './algorithms';
import { isSuspendable, SuspendableHash } from './suspend';

const EMPTY = new Uint8Array(0);

/** What the operations need from a running hash: node:crypto's Hash and SuspendableHash both fit. */
interface RunningHash {
  update(data: Uint8Array): unknown;
  digest(): Buffer;
  copy(): RunningHash;
}

interface HashState {
  info: HashInfo;
  hash: RunningHash;
}

/** A node:crypto Hash for a supported algorithm. */
export function newHash(info: HashInfo): Hash {
  return createHash(info.node, info.outputLength ? { outputLength: info.outputLength } : undefined);
}

/** One-shot digest (for other families: RSA-PSS, Ed25519ph, KDFs). */
export function digest(alg: number, data: Uint8Array): Buffer {
  return newHash(hashInfo(alg)!).update(data).digest();
}

/** SUCCESS with the algorithm's info, or the status for a bad / unsupported algorithm. */
function lookup(alg: number): { status: number; info?: HashInfo } {
  if (!PSA_ALG_IS_HASH(alg)) return { status: PSA_ERROR_INVALID_ARGUMENT };
  const info = hashInfo(alg);
  return info ? { status: PSA_SUCCESS, info } : { status: PSA_ERROR_NOT_SUPPORTED };
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export class HashFamily implements PsaHashApi {
  private readonly ops = new OperationTable<HashState>();

  constructor(private readonly core: CryptoCore) {}

  async psa_hash_compute(alg: number, input: Uint8Array, hashSize: number): Promise<PsaDataResult> {
    if (!this.core.initialised) return { status: PSA_ERROR_BAD_STATE, data: EMPTY };
    const { status, info } = lookup(alg);
    if (!info) return { status, data: EMPTY };
    if (hashSize < info.length) return { status: PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    return { status: PSA_SUCCESS, data: new Uint8Array(newHash(info).update(input).digest()) };
  }

  async psa_hash_compare(alg: number, input: Uint8Array, hash: Uint8Array): Promise<number> {
    if (!this.core.initialised) return PSA_ERROR_BAD_STATE;
    const { status, info } = lookup(alg);
    if (!info) return status;
    return equalBytes(newHash(info).update(input).digest(), hash) ? PSA_SUCCESS : PSA_ERROR_INVALID_SIGNATURE;
  }

  async psa_hash_operation_init(): Promise<number> {
    return this.ops.init();
  }

  async psa_hash_setup(op: number, alg: number): Promise<number> {
    if (!this.core.initialised) return PSA_ERROR_BAD_STATE;
    if (!this.ops.isInactive(op)) return this.badState(op);
    const { status, info } = lookup(alg);
    if (!info) return status;
    this.ops.activate(op, { info, hash: isSuspendable(alg) ? SuspendableHash.create(alg) : newHash(info) });
    return PSA_SUCCESS;
  }

  async psa_hash_update(op: number, input: Uint8Array): Promise<number> {
    const state = this.ops.get(op);
    if (!state) return this.badState(op);
    state.hash.update(input);
    return PSA_SUCCESS;
  }

  async psa_hash_finish(op: number, hashSize: number): Promise<PsaDataResult> {
    const state = this.ops.get(op);
    if (!state) return { status: this.badState(op), data: EMPTY };
    if (hashSize < state.info.length) {
      this.ops.fail(op);
      return { status: PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    }
    this.ops.deactivate(op);
    return { status: PSA_SUCCESS, data: new Uint8Array(state.hash.digest()) };
  }

  async psa_hash_verify(op: number, hash: Uint8Array): Promise<number> {
    const state = this.ops.get(op);
    if (!state) return this.badState(op);
    const ok = equalBytes(state.hash.digest(), hash);
    if (ok) this.ops.deactivate(op);
    else this.ops.fail(op);
    return ok ? PSA_SUCCESS : PSA_ERROR_INVALID_SIGNATURE;
  }

  async psa_hash_abort(op: number): Promise<number> {
    if (!this.core.initialised) return PSA_ERROR_BAD_STATE;
    this.ops.deactivate(op);
    return PSA_SUCCESS;
  }

  async psa_hash_clone(source: number, target: number): Promise<number> {
    if (!this.core.initialised) return PSA_ERROR_BAD_STATE;
    const state = this.ops.get(source);
    if (!state || !this.ops.isInactive(target)) return PSA_ERROR_BAD_STATE;
    this.ops.activate(target, { info: state.info, hash: state.hash.copy() });
    return PSA_SUCCESS;
  }

  async psa_hash_suspend(op: number, hashStateSize: number): Promise<PsaDataResult> {
    const state = this.ops.get(op);
    if (!state) return { status: this.badState(op), data: EMPTY };
    if (!(state.hash instanceof SuspendableHash)) {
      this.ops.fail(op);
      return { status: PSA_ERROR_NOT_SUPPORTED, data: EMPTY };
    }
    const suspended = state.hash.suspend();
    if (hashStateSize < suspended.length) {
      this.ops.fail(op);
      return { status: PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    }
    this.ops.deactivate(op);
    return { status: PSA_SUCCESS, data: new Uint8Array(suspended) };
  }

  async psa_hash_resume(op: number, hashState: Uint8Array): Promise<number> {
    if (!this.core.initialised) return PSA_ERROR_BAD_STATE;
    if (!this.ops.isInactive(op)) return this.badState(op);
    const hash = SuspendableHash.resume(hashState);
    if (!hash) {
      const alg = hashState.length >= 4 ? Buffer.from(hashState).readUInt32BE(0) : 0;
      return PSA_ALG_IS_HASH(alg) && hashInfo(alg) && !isSuspendable(alg) ? PSA_ERROR_NOT_SUPPORTED : PSA_ERROR_INVALID_ARGUMENT;
    }
    this.ops.activate(op, { info: hashInfo(hash.alg)!, hash });
    return PSA_SUCCESS;
  }

  close(): void {
    this.ops.clear();
  }

  private badState(op: number): number {
    this.ops.fail(op);
    return PSA_ERROR_BAD_STATE;
  }
}
