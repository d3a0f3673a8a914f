/**
 * Key derivation, PSA Crypto API 1.2 §10.6 (psa-arch-tests c008, c009, c018–c023, c066–c068):
 * - setup: inactive operation; a key derivation or KEY_AGREEMENT(ka, kdf) algorithm (else
 *   INVALID_ARGUMENT), one the simulator runs (else NOT_SUPPORTED);
 * - inputs in the algorithm's order (kdf/algorithms.ts): out of order, repeated, or after output →
 *   BAD_STATE; a step it does not take → INVALID_ARGUMENT; input_integer only for COST, input_bytes
 *   never for COST (INVALID_ARGUMENT); input_key needs DERIVE or VERIFY_DERIVATION usage and a policy
 *   permitting the algorithm (NOT_PERMITTED) and a key type the step accepts (INVALID_ARGUMENT);
 *   key_agreement only on a KEY_AGREEMENT(ka, kdf) operation for SECRET (or OTHER_SECRET);
 * - outputs need every required input (BAD_STATE); past the capacity → INSUFFICIENT_DATA and the
 *   capacity drops to 0 (§10.6.4); output_bytes / output_key need every key input to carry DERIVE
 *   usage, verify_bytes / verify_key VERIFY_DERIVATION (NOT_PERMITTED); output_key needs the SECRET
 *   and PASSWORD inputs to have come from keys (NOT_PERMITTED); a mismatch in verify →
 *   INVALID_SIGNATURE; verify_key takes a PSA_KEY_TYPE_PASSWORD_HASH key (INVALID_ARGUMENT otherwise);
 * - set_capacity above the current capacity → INVALID_ARGUMENT.
 * Errors other than INSUFFICIENT_DATA put the operation in the error state (BAD_STATE until abort).
 */
import type { PsaDataResult, PsaKeyAttributes, PsaKeyResult } from '../../../../roles/psa-crypto';
import type { PsaCapacityResult, PsaKeyDerivationApi } from '../../../../roles/psa-crypto/kdf';
import { PSA_ALG_KEY_AGREEMENT_GET_BASE, PSA_ALG_KEY_AGREEMENT_GET_KDF } from '../../constants/algorithm-classes';
import { PSA_ALG_IS_KEY_AGREEMENT, PSA_ALG_IS_KEY_DERIVATION } from '../../constants/algorithms';
import * as S from '../../constants/kdf-steps';
import { PSA_KEY_TYPE_PASSWORD_HASH } from '../../constants/key-types';
import { PSA_KEY_USAGE_DERIVE, PSA_KEY_USAGE_VERIFY_DERIVATION } from '../../constants/usage';
import * as E from '../../constants/status';
import type { CryptoCore } from '../core';
import { equalBytes } from '../hash';
import type { CreateKey, KeyAgreementFamily } from '../key-agreement';
import { OperationTable } from '../operations';
import { kdfSpec, type Inputs, type KdfSpec } from './algorithms';
import { deriveKeyMaterial } from './derived-key';

const EMPTY = new Uint8Array(0);

interface KdfState {
  alg: number;
  ka: number;
  spec: KdfSpec;
  inputs: Inputs;
  position: number;
  capacity: number;
  /** Output produced so far (offset into the stream), and L fixed at the first output. */
  offset: number;
  lengthBits?: number;
  canDerive: boolean;
  canVerify: boolean;
  secretFromKey: boolean;
}

export class KeyDerivationFamily implements PsaKeyDerivationApi {
  private readonly ops = new OperationTable<KdfState>();

  constructor(
    private readonly core: CryptoCore,
    private readonly agreement: KeyAgreementFamily,
    private readonly createKey: CreateKey,
  ) {}

  async psa_key_derivation_operation_init(): Promise<number> {
    return this.ops.init();
  }

  async psa_key_derivation_setup(op: number, alg: number): Promise<number> {
    if (!this.core.initialised) return E.PSA_ERROR_BAD_STATE;
    if (!this.ops.isInactive(op)) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    const isKa = PSA_ALG_IS_KEY_AGREEMENT(alg) && (alg & 0xffff) !== 0;
    if (!PSA_ALG_IS_KEY_DERIVATION(alg) && !isKa) return E.PSA_ERROR_INVALID_ARGUMENT;
    const kdf = isKa ? PSA_ALG_KEY_AGREEMENT_GET_KDF(alg) : alg;
    const spec = kdfSpec(kdf);
    if (!spec) return E.PSA_ERROR_NOT_SUPPORTED;
    const inputs = new Map() as Inputs;
    this.ops.activate(op, {
      alg, ka: isKa ? PSA_ALG_KEY_AGREEMENT_GET_BASE(alg) : 0, spec, inputs, position: 0, capacity: spec.capacity,
      offset: 0, canDerive: true, canVerify: true, secretFromKey: true,
    });
    return E.PSA_SUCCESS;
  }

  async psa_key_derivation_get_capacity(op: number): Promise<PsaCapacityResult> {
    const s = this.ops.get(op);
    return s ? { status: E.PSA_SUCCESS, capacity: s.capacity } : { status: E.PSA_ERROR_BAD_STATE, capacity: 0 };
  }

  async psa_key_derivation_set_capacity(op: number, capacity: number): Promise<number> {
    const s = this.ops.get(op);
    if (!s) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    if (capacity > s.capacity) return this.fail(op, E.PSA_ERROR_INVALID_ARGUMENT);
    s.capacity = capacity;
    return E.PSA_SUCCESS;
  }

  /** Where `step` may go now: SUCCESS (and the slot index), or the status. */
  private place(s: KdfState, step: number): { status: number; index?: number } {
    const index = s.spec.slots.findIndex((slot) => slot.step === step);
    if (index < 0) return { status: E.PSA_ERROR_INVALID_ARGUMENT };
    const slot = s.spec.slots[index];
    if (s.offset > 0 || s.lengthBits !== undefined) return { status: E.PSA_ERROR_BAD_STATE };
    if (slot.anyTime) return s.inputs.has(step) ? { status: E.PSA_ERROR_BAD_STATE } : { status: E.PSA_SUCCESS, index: s.position };
    if (index < s.position - 1 || (index === s.position - 1 && !(slot.repeatable && s.inputs.has(step)))) return { status: E.PSA_ERROR_BAD_STATE };
    for (let i = s.position; i < index; i++) {
      const skipped = s.spec.slots[i];
      if (skipped.required && !skipped.anyTime) return { status: E.PSA_ERROR_BAD_STATE };
    }
    return { status: E.PSA_SUCCESS, index: index + 1 };
  }

  private accept(op: number, step: number, data: Buffer, fromKey: boolean, usage?: number): number {
    const s = this.ops.get(op);
    if (!s) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    if (step === S.PSA_KEY_DERIVATION_INPUT_COST) return this.fail(op, E.PSA_ERROR_INVALID_ARGUMENT);
    const placed = this.place(s, step);
    if (placed.index === undefined) return this.fail(op, placed.status);
    if (s.spec.inputOk && !s.spec.inputOk(step, data)) return this.fail(op, E.PSA_ERROR_INVALID_ARGUMENT);
    s.position = placed.index;
    s.inputs.set(step, Buffer.concat([s.inputs.get(step) ?? Buffer.alloc(0), data]));
    if ((step === S.PSA_KEY_DERIVATION_INPUT_SECRET || step === S.PSA_KEY_DERIVATION_INPUT_PASSWORD) && !fromKey) s.secretFromKey = false;
    if (usage !== undefined) {
      if (!(usage & PSA_KEY_USAGE_DERIVE)) s.canDerive = false;
      if (!(usage & PSA_KEY_USAGE_VERIFY_DERIVATION)) s.canVerify = false;
    }
    return E.PSA_SUCCESS;
  }

  async psa_key_derivation_input_bytes(op: number, step: number, data: Uint8Array): Promise<number> {
    return this.accept(op, step, Buffer.from(data), false);
  }

  async psa_key_derivation_input_integer(op: number, step: number, value: number): Promise<number> {
    const s = this.ops.get(op);
    if (!s) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    if (step !== S.PSA_KEY_DERIVATION_INPUT_COST || !s.spec.takesCost) return this.fail(op, E.PSA_ERROR_INVALID_ARGUMENT);
    const placed = this.place(s, step);
    if (placed.index === undefined) return this.fail(op, placed.status);
    // PBKDF2 iteration count: 1 ≤ c ≤ 2^32 − 1 (RFC 8018 §5.2); 0 is not a cost.
    if (!Number.isInteger(value) || value < 1 || value > 0xffffffff) return this.fail(op, E.PSA_ERROR_INVALID_ARGUMENT);
    s.position = placed.index;
    s.inputs.cost = value;
    s.inputs.set(step, Buffer.alloc(0));
    return E.PSA_SUCCESS;
  }

  async psa_key_derivation_input_key(op: number, step: number, key: number): Promise<number> {
    const s = this.ops.get(op);
    if (!s) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    const found = this.core.key(key);
    if (!found.slot) return this.fail(op, found.status);
    const { usage, type } = found.slot.attributes;
    if (!(usage & (PSA_KEY_USAGE_DERIVE | PSA_KEY_USAGE_VERIFY_DERIVATION))) return this.fail(op, E.PSA_ERROR_NOT_PERMITTED);
    const permitted = await this.permits(key, s.alg, usage);
    if (!permitted) return this.fail(op, E.PSA_ERROR_NOT_PERMITTED);
    if (!s.spec.keyTypesFor(step).includes(type)) return this.fail(op, E.PSA_ERROR_INVALID_ARGUMENT);
    return this.accept(op, step, Buffer.from(found.slot.material), true, usage);
  }

  /** The key's policy permits the operation algorithm (checked with whichever derivation usage it has). */
  private async permits(key: number, alg: number, usage: number): Promise<boolean> {
    const use = usage & PSA_KEY_USAGE_DERIVE ? PSA_KEY_USAGE_DERIVE : PSA_KEY_USAGE_VERIFY_DERIVATION;
    return this.core.keyFor(key, use, alg).slot !== undefined;
  }

  async psa_key_derivation_key_agreement(op: number, step: number, privateKey: number, peerKey: Uint8Array): Promise<number> {
    const s = this.ops.get(op);
    if (!s) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    if (!s.ka) return this.fail(op, E.PSA_ERROR_INVALID_ARGUMENT);
    if (step !== S.PSA_KEY_DERIVATION_INPUT_SECRET && step !== S.PSA_KEY_DERIVATION_INPUT_OTHER_SECRET) return this.fail(op, E.PSA_ERROR_INVALID_ARGUMENT);
    const r = this.agreement.secret(s.ka, privateKey, peerKey, s.alg);
    if (!r.secret) return this.fail(op, r.status);
    return this.accept(op, step, r.secret, true, PSA_KEY_USAGE_DERIVE);
  }

  /** The next `n` bytes of the stream, or a status (INSUFFICIENT_DATA empties the capacity). */
  private draw(op: number, n: number): { status: number; data?: Buffer } {
    const s = this.ops.get(op)!;
    const missing = s.spec.slots.some((slot) => slot.required && !s.inputs.has(slot.step));
    if (missing) return { status: this.fail(op, E.PSA_ERROR_BAD_STATE) };
    if (n > s.capacity) {
      s.capacity = 0;
      return { status: E.PSA_ERROR_INSUFFICIENT_DATA };
    }
    s.lengthBits ??= Math.min(s.capacity, 2 ** 29 - 1) * 8;
    const stream = s.spec.output(s.inputs, s.offset + n, s.lengthBits);
    const data = stream.subarray(s.offset, s.offset + n);
    s.offset += n;
    s.capacity -= n;
    return { status: E.PSA_SUCCESS, data: Buffer.from(data) };
  }

  async psa_key_derivation_output_bytes(op: number, outputLength: number): Promise<PsaDataResult> {
    const s = this.ops.get(op);
    if (!s) return { status: this.fail(op, E.PSA_ERROR_BAD_STATE), data: EMPTY };
    if (!s.canDerive) return { status: this.fail(op, E.PSA_ERROR_NOT_PERMITTED), data: EMPTY };
    const r = this.draw(op, outputLength);
    return r.data ? { status: E.PSA_SUCCESS, data: new Uint8Array(r.data) } : { status: r.status, data: EMPTY };
  }

  async psa_key_derivation_output_key(attributes: PsaKeyAttributes, op: number): Promise<PsaKeyResult> {
    const s = this.ops.get(op);
    if (!s) return { status: this.fail(op, E.PSA_ERROR_BAD_STATE), key: 0 };
    if (!s.canDerive || !s.secretFromKey) return { status: this.fail(op, E.PSA_ERROR_NOT_PERMITTED), key: 0 };
    let drawStatus = E.PSA_SUCCESS;
    const derived = deriveKeyMaterial(attributes.type, attributes.bits, (n) => {
      const r = this.draw(op, n);
      drawStatus = r.status;
      return r.data;
    });
    if ('status' in derived) return { status: drawStatus !== E.PSA_SUCCESS ? drawStatus : derived.status, key: 0 };
    return this.createKey({ ...attributes, bits: derived.bits }, derived.material);
  }

  async psa_key_derivation_verify_bytes(op: number, expected: Uint8Array): Promise<number> {
    const s = this.ops.get(op);
    if (!s) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    if (!s.canVerify) return this.fail(op, E.PSA_ERROR_NOT_PERMITTED);
    const r = this.draw(op, expected.length);
    if (!r.data) return r.status;
    return equalBytes(r.data, expected) ? E.PSA_SUCCESS : this.fail(op, E.PSA_ERROR_INVALID_SIGNATURE);
  }

  async psa_key_derivation_verify_key(op: number, expected: number): Promise<number> {
    const s = this.ops.get(op);
    if (!s) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    const found = this.core.key(expected);
    if (!found.slot) return this.fail(op, found.status);
    if (found.slot.attributes.type !== PSA_KEY_TYPE_PASSWORD_HASH) return this.fail(op, E.PSA_ERROR_INVALID_ARGUMENT);
    if (!(found.slot.attributes.usage & PSA_KEY_USAGE_VERIFY_DERIVATION) || !(await this.permits(expected, s.alg, PSA_KEY_USAGE_VERIFY_DERIVATION))) {
      return this.fail(op, E.PSA_ERROR_NOT_PERMITTED);
    }
    return this.psa_key_derivation_verify_bytes(op, found.slot.material);
  }

  async psa_key_derivation_abort(op: number): Promise<number> {
    if (!this.core.initialised) return E.PSA_ERROR_BAD_STATE;
    this.ops.deactivate(op);
    return E.PSA_SUCCESS;
  }

  close(): void {
    this.ops.clear();
  }

  private fail(op: number, status: number): number {
    this.ops.fail(op);
    return status;
  }
}
