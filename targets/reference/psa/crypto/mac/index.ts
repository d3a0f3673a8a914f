/**
 * MAC functions, PSA Crypto API 1.2 §10.3 (psa-arch-tests c026–c031, c046–c049):
 * - single-part psa_mac_compute / psa_mac_verify: a non-MAC algorithm → INVALID_ARGUMENT, key lookup
 *   and policy (SIGN_MESSAGE / VERIFY_MESSAGE usage) → INVALID_HANDLE / NOT_PERMITTED, key type or
 *   length incompatible → INVALID_ARGUMENT / NOT_SUPPORTED, mac_size below the MAC length →
 *   BUFFER_TOO_SMALL, wrong MAC → INVALID_SIGNATURE;
 * - multipart: setup needs an inactive operation; sign_finish needs an active *sign* operation and
 *   verify_finish an active *verify* one (else BAD_STATE); the input is buffered and the MAC computed
 *   at finish.
 */
import type { PsaDataResult } from '../../../../roles/psa-crypto';
import type { PsaMacApi } from '../../../../roles/psa-crypto/mac';
import { PSA_KEY_USAGE_SIGN_MESSAGE, PSA_KEY_USAGE_VERIFY_MESSAGE } from '../../constants/usage';
import {
  PSA_ERROR_BAD_STATE,
  PSA_ERROR_BUFFER_TOO_SMALL,
  PSA_ERROR_INVALID_ARGUMENT,
  PSA_ERROR_INVALID_SIGNATURE,
  PSA_SUCCESS,
} from '../../constants/status';
import { PSA_ALG_IS_MAC } from '../../constants/algorithms';
import type { CryptoCore } from '../core';
import { equalBytes } from '../hash';
import { OperationTable } from '../operations';
import { isMacSpec, macSpec, type MacSpec } from './algorithms';

const EMPTY = new Uint8Array(0);

interface MacState {
  spec: MacSpec;
  key: Buffer;
  sign: boolean;
  chunks: Buffer[];
}

export class MacFamily implements PsaMacApi {
  private readonly ops = new OperationTable<MacState>();

  constructor(private readonly core: CryptoCore) {}

  /** Key + algorithm → a MAC spec ready to run, or a status. */
  private prepare(key: number, alg: number, usage: number): { status: number; spec?: MacSpec; key?: Buffer } {
    if (!this.core.initialised) return { status: PSA_ERROR_BAD_STATE };
    if (!PSA_ALG_IS_MAC(alg)) return { status: PSA_ERROR_INVALID_ARGUMENT };
    const found = this.core.keyFor(key, usage, alg);
    if (!found.slot) return { status: found.status };
    const spec = macSpec(alg, found.slot.attributes.type);
    if (!isMacSpec(spec)) return { status: spec };
    return { status: PSA_SUCCESS, spec, key: found.slot.material };
  }

  private run(spec: MacSpec, key: Buffer, message: Uint8Array): Buffer | undefined {
    return spec.compute(key, message)?.subarray(0, spec.length);
  }

  async psa_mac_compute(key: number, alg: number, input: Uint8Array, macSize: number): Promise<PsaDataResult> {
    const p = this.prepare(key, alg, PSA_KEY_USAGE_SIGN_MESSAGE);
    if (!p.spec) return { status: p.status, data: EMPTY };
    if (macSize < p.spec.length) return { status: PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    const mac = this.run(p.spec, p.key!, input);
    return mac ? { status: PSA_SUCCESS, data: new Uint8Array(mac) } : { status: PSA_ERROR_INVALID_ARGUMENT, data: EMPTY };
  }

  async psa_mac_verify(key: number, alg: number, input: Uint8Array, mac: Uint8Array): Promise<number> {
    const p = this.prepare(key, alg, PSA_KEY_USAGE_VERIFY_MESSAGE);
    if (!p.spec) return p.status;
    const expected = this.run(p.spec, p.key!, input);
    if (!expected) return PSA_ERROR_INVALID_ARGUMENT;
    return equalBytes(expected, mac) ? PSA_SUCCESS : PSA_ERROR_INVALID_SIGNATURE;
  }

  async psa_mac_operation_init(): Promise<number> {
    return this.ops.init();
  }

  async psa_mac_sign_setup(op: number, key: number, alg: number): Promise<number> {
    return this.setup(op, key, alg, true);
  }

  async psa_mac_verify_setup(op: number, key: number, alg: number): Promise<number> {
    return this.setup(op, key, alg, false);
  }

  private setup(op: number, key: number, alg: number, sign: boolean): number {
    if (this.core.initialised && !this.ops.isInactive(op)) return this.badState(op);
    const p = this.prepare(key, alg, sign ? PSA_KEY_USAGE_SIGN_MESSAGE : PSA_KEY_USAGE_VERIFY_MESSAGE);
    if (!p.spec) return p.status;
    this.ops.activate(op, { spec: p.spec, key: p.key!, sign, chunks: [] });
    return PSA_SUCCESS;
  }

  async psa_mac_update(op: number, input: Uint8Array): Promise<number> {
    const state = this.ops.get(op);
    if (!state) return this.badState(op);
    state.chunks.push(Buffer.from(input));
    return PSA_SUCCESS;
  }

  async psa_mac_sign_finish(op: number, macSize: number): Promise<PsaDataResult> {
    const state = this.ops.get(op);
    if (!state || !state.sign) return { status: this.badState(op), data: EMPTY };
    if (macSize < state.spec.length) {
      this.ops.fail(op);
      return { status: PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    }
    const mac = this.run(state.spec, state.key, Buffer.concat(state.chunks));
    if (!mac) {
      this.ops.fail(op);
      return { status: PSA_ERROR_INVALID_ARGUMENT, data: EMPTY };
    }
    this.ops.deactivate(op);
    return { status: PSA_SUCCESS, data: new Uint8Array(mac) };
  }

  async psa_mac_verify_finish(op: number, mac: Uint8Array): Promise<number> {
    const state = this.ops.get(op);
    if (!state || state.sign) return this.badState(op);
    const expected = this.run(state.spec, state.key, Buffer.concat(state.chunks));
    const ok = expected !== undefined && equalBytes(expected, mac);
    if (ok) this.ops.deactivate(op);
    else this.ops.fail(op);
    if (!expected) return PSA_ERROR_INVALID_ARGUMENT;
    return ok ? PSA_SUCCESS : PSA_ERROR_INVALID_SIGNATURE;
  }

  async psa_mac_abort(op: number): Promise<number> {
    if (!this.core.initialised) return PSA_ERROR_BAD_STATE;
    this.ops.deactivate(op);
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
