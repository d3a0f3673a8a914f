/**
 * PAKE functions, PSA Crypto API 1.2 PAKE extension (psa-api doc/ext-pake/api.rst; psa-arch-tests
 * c069–c079), for PSA_ALG_JPAKE(PSA_ALG_SHA_256) over P-256 (jpake.ts, jpake-party.ts):
 * - setup: inactive operation; a PAKE algorithm (else INVALID_ARGUMENT); J-PAKE with SHA-256, the
 *   primitive ECC/SECP_R1/256 and PSA_PAKE_UNCONFIRMED_KEY (other J-PAKE suites → NOT_SUPPORTED or,
 *   for a confirmed key, INVALID_ARGUMENT); SPAKE2+ is not implemented (NOT_SUPPORTED, and not
 *   claimed); the password key needs PSA_KEY_USAGE_DERIVE and a policy permitting the algorithm
 *   (NOT_PERMITTED), and must be a PASSWORD, PASSWORD_HASH or DERIVE key (INVALID_ARGUMENT);
 * - set_role: J-PAKE takes only PSA_PAKE_ROLE_NONE (INVALID_ARGUMENT otherwise); set_user / set_peer:
 *   once each, non-empty (INVALID_ARGUMENT), before the exchange; set_context: J-PAKE has none
 *   (INVALID_ARGUMENT);
 * - output / input: user and peer set, steps in the J-PAKE order (BAD_STATE otherwise), an unknown
 *   step → INVALID_ARGUMENT, a short buffer → BUFFER_TOO_SMALL, a malformed value → INVALID_ARGUMENT,
 *   a proof that does not verify → INVALID_SIGNATURE;
 * - get_shared_key: after both rounds (BAD_STATE before), into a PSA_KEY_TYPE_DERIVE key holding the
 *   shared point (the SECRET of PSA_ALG_TLS12_ECJPAKE_TO_PMS); the operation then becomes inactive.
 * Every error but the argument checks of set_* puts the operation in the error state.
 */
import type { PsaDataResult, PsaKeyAttributes, PsaKeyResult } from '../../../../roles/psa-crypto';
import type { PsaPakeApi, PsaPakeCipherSuite } from '../../../../roles/psa-crypto/pake';
import { PSA_ALG_IS_PAKE } from '../../constants/algorithm-classes';
import { PSA_ALG_JPAKE, PSA_ALG_SHA_256 } from '../../constants/algorithms';
import { PSA_ECC_FAMILY_SECP_R1, PSA_KEY_TYPE_DERIVE, PSA_KEY_TYPE_PASSWORD, PSA_KEY_TYPE_PASSWORD_HASH } from '../../constants/key-types';
import * as P from '../../constants/pake';
import * as E from '../../constants/status';
import { PSA_KEY_USAGE_DERIVE } from '../../constants/usage';
import type { CryptoCore } from '../core';
import type { CreateKey } from '../key-agreement';
import { OperationTable } from '../operations';
import { passwordScalar } from './jpake';
import { JpakeParty } from './jpake-party';

const EMPTY = new Uint8Array(0);
const JPAKE_SHA256 = PSA_ALG_JPAKE(PSA_ALG_SHA_256);
const P256 = P.PSA_PAKE_PRIMITIVE(P.PSA_PAKE_PRIMITIVE_TYPE_ECC, PSA_ECC_FAMILY_SECP_R1, 256);
const PASSWORD_TYPES = [PSA_KEY_TYPE_PASSWORD, PSA_KEY_TYPE_PASSWORD_HASH, PSA_KEY_TYPE_DERIVE];

interface PakeState {
  alg: number;
  password: bigint;
  user?: Buffer;
  peer?: Buffer;
  party?: JpakeParty;
}

export class PakeFamily implements PsaPakeApi {
  private readonly ops = new OperationTable<PakeState>();

  constructor(
    private readonly core: CryptoCore,
    private readonly createKey: CreateKey,
  ) {}

  async psa_pake_operation_init(): Promise<number> {
    return this.ops.init();
  }

  async psa_pake_setup(op: number, passwordKey: number, suite: PsaPakeCipherSuite): Promise<number> {
    if (!this.core.initialised) return E.PSA_ERROR_BAD_STATE;
    if (!this.ops.isInactive(op)) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    if (!PSA_ALG_IS_PAKE(suite.alg)) return E.PSA_ERROR_INVALID_ARGUMENT;
    const found = this.core.keyFor(passwordKey, PSA_KEY_USAGE_DERIVE, suite.alg);
    if (!found.slot) return found.status;
    if (!PASSWORD_TYPES.includes(found.slot.attributes.type)) return E.PSA_ERROR_INVALID_ARGUMENT;
    if (suite.alg !== JPAKE_SHA256) return E.PSA_ERROR_NOT_SUPPORTED;
    if (suite.keyConfirmation !== P.PSA_PAKE_UNCONFIRMED_KEY) return E.PSA_ERROR_INVALID_ARGUMENT;
    if (suite.primitive !== P256) return (suite.primitive & 0xffff) % 8 === 0 ? E.PSA_ERROR_NOT_SUPPORTED : E.PSA_ERROR_INVALID_ARGUMENT;
    const password = passwordScalar(found.slot.material);
    if (password === undefined) return E.PSA_ERROR_INVALID_ARGUMENT;
    this.ops.activate(op, { alg: suite.alg, password });
    return E.PSA_SUCCESS;
  }

  /** The state for a set_* call: active and not yet exchanging. */
  private configurable(op: number): PakeState | undefined {
    const s = this.ops.get(op);
    return s && !s.party ? s : undefined;
  }

  async psa_pake_set_role(op: number, role: number): Promise<number> {
    if (!this.configurable(op)) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    return role === P.PSA_PAKE_ROLE_NONE ? E.PSA_SUCCESS : E.PSA_ERROR_INVALID_ARGUMENT;
  }

  async psa_pake_set_user(op: number, userId: Uint8Array): Promise<number> {
    const s = this.configurable(op);
    if (!s || s.user) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    if (userId.length === 0) return E.PSA_ERROR_INVALID_ARGUMENT;
    s.user = Buffer.from(userId);
    return E.PSA_SUCCESS;
  }

  async psa_pake_set_peer(op: number, peerId: Uint8Array): Promise<number> {
    const s = this.configurable(op);
    if (!s || s.peer) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    if (peerId.length === 0) return E.PSA_ERROR_INVALID_ARGUMENT;
    s.peer = Buffer.from(peerId);
    return E.PSA_SUCCESS;
  }

  async psa_pake_set_context(op: number, _context: Uint8Array): Promise<number> {
    if (!this.configurable(op)) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    return E.PSA_ERROR_INVALID_ARGUMENT;
  }

  /** The exchange state, created once user and peer are known. */
  private party(op: number): JpakeParty | undefined {
    const s = this.ops.get(op);
    if (!s?.user || !s.peer) return undefined;
    s.party ??= new JpakeParty(s.password, s.user, s.peer);
    return s.party;
  }

  async psa_pake_output(op: number, step: number, outputSize: number): Promise<PsaDataResult> {
    if (!this.isStep(step)) return { status: this.ops.get(op) ? E.PSA_ERROR_INVALID_ARGUMENT : this.fail(op, E.PSA_ERROR_BAD_STATE), data: EMPTY };
    const party = this.party(op);
    if (!party) return { status: this.fail(op, E.PSA_ERROR_BAD_STATE), data: EMPTY };
    if (outputSize < JpakeParty.sizeOf(step)) return { status: this.fail(op, E.PSA_ERROR_BUFFER_TOO_SMALL), data: EMPTY };
    const r = party.output(step);
    return r.data ? { status: E.PSA_SUCCESS, data: new Uint8Array(r.data) } : { status: this.fail(op, r.status), data: EMPTY };
  }

  async psa_pake_input(op: number, step: number, input: Uint8Array): Promise<number> {
    if (!this.isStep(step)) return this.ops.get(op) ? E.PSA_ERROR_INVALID_ARGUMENT : this.fail(op, E.PSA_ERROR_BAD_STATE);
    const party = this.party(op);
    if (!party) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    const status = party.input(step, input);
    return status === E.PSA_SUCCESS ? status : this.fail(op, status);
  }

  async psa_pake_get_shared_key(op: number, attributes: PsaKeyAttributes): Promise<PsaKeyResult> {
    const s = this.ops.get(op);
    if (!s?.party?.finished) return { status: this.fail(op, E.PSA_ERROR_BAD_STATE), key: 0 };
    if (attributes.type !== PSA_KEY_TYPE_DERIVE || (attributes.bits !== 0 && attributes.bits !== 65 * 8)) {
      return { status: E.PSA_ERROR_INVALID_ARGUMENT, key: 0 };
    }
    const secret = s.party.sharedSecret();
    this.ops.deactivate(op);
    return this.createKey({ ...attributes, bits: secret.length * 8 }, secret);
  }

  async psa_pake_abort(op: number): Promise<number> {
    if (!this.core.initialised) return E.PSA_ERROR_BAD_STATE;
    this.ops.deactivate(op);
    return E.PSA_SUCCESS;
  }

  close(): void {
    this.ops.clear();
  }

  private isStep(step: number): boolean {
    return step === P.PSA_PAKE_STEP_KEY_SHARE || step === P.PSA_PAKE_STEP_ZK_PUBLIC || step === P.PSA_PAKE_STEP_ZK_PROOF;
  }

  private fail(op: number, status: number): number {
    this.ops.fail(op);
    return status;
  }
}
