/**
 * PAKE functions, PSA Crypto API 1.2 PAKE extension (psa-api doc/ext-pake/api.rst; psa-arch-tests
 * c069–c079), for PSA_ALG_JPAKE(PSA_ALG_SHA_256) (jpake.ts, jpake-party.ts) and
 * PSA_ALG_SPAKE2P_HMAC / PSA_ALG_SPAKE2P_CMAC with SHA-256 (RFC 9383; spake2p.ts, spake2p-party.ts),
 * all over P-256:
 * - setup: inactive operation; a PAKE algorithm (else INVALID_ARGUMENT); the password key needs
 *   PSA_KEY_USAGE_DERIVE and a policy permitting the algorithm (NOT_PERMITTED). J-PAKE takes a
 *   PASSWORD, PASSWORD_HASH or DERIVE key and PSA_PAKE_UNCONFIRMED_KEY; SPAKE2+ takes a SPAKE2+ key
 *   pair or public key of the suite's curve and PSA_PAKE_CONFIRMED_KEY (a wrong key type or
 *   confirmation → INVALID_ARGUMENT). Other hashes, curves and PSA_ALG_SPAKE2P_MATTER →
 *   NOT_SUPPORTED (not claimed);
 * - set_role: J-PAKE takes only PSA_PAKE_ROLE_NONE; SPAKE2+ needs PSA_PAKE_ROLE_CLIENT (the Prover,
 *   which needs the key pair) or PSA_PAKE_ROLE_SERVER (INVALID_ARGUMENT otherwise);
 *   set_user / set_peer: once each, non-empty (INVALID_ARGUMENT), before the exchange (optional for
 *   SPAKE2+, empty identities then); set_context: SPAKE2+ only, once (J-PAKE → INVALID_ARGUMENT);
 * - output / input: J-PAKE needs user and peer, SPAKE2+ a role; steps in the algorithm's order
 *   (BAD_STATE otherwise), a step the algorithm does not have → INVALID_ARGUMENT, a short buffer →
 *   BUFFER_TOO_SMALL, a malformed value → INVALID_ARGUMENT, a proof or confirmation that does not
 *   verify → INVALID_SIGNATURE;
 * - get_shared_key: after the whole exchange (BAD_STATE before). J-PAKE gives a PSA_KEY_TYPE_DERIVE
 *   key holding the shared point (the SECRET of PSA_ALG_TLS12_ECJPAKE_TO_PMS); SPAKE2+ gives K_shared
 *   as a DERIVE, RAW_DATA, HMAC or AES key (other types → INVALID_ARGUMENT). The operation then
 *   becomes inactive.
 * Every error but the argument checks of set_* puts the operation in the error state.
 */
import type { PsaDataResult, PsaKeyAttributes, PsaKeyResult } from '../../../../roles/psa-crypto';
import type { PsaPakeApi, PsaPakeCipherSuite } from '../../../../roles/psa-crypto/pake';
import { PSA_ALG_IS_PAKE } from '../../constants/algorithm-classes';
import { PSA_ALG_JPAKE, PSA_ALG_SHA_256, PSA_ALG_SPAKE2P_CMAC, PSA_ALG_SPAKE2P_HMAC } from '../../constants/algorithms';
import * as T from '../../constants/key-types';
import * as P from '../../constants/pake';
import * as E from '../../constants/status';
import { PSA_KEY_USAGE_DERIVE } from '../../constants/usage';
import type { CryptoCore } from '../core';
import type { CreateKey } from '../key-agreement';
import { spake2pValues } from '../key-types/spake2p';
import { OperationTable } from '../operations';
import { passwordScalar } from './jpake';
import { JpakeParty } from './jpake-party';
import { Spake2pParty } from './spake2p-party';

const EMPTY = new Uint8Array(0);
const JPAKE_SHA256 = PSA_ALG_JPAKE(PSA_ALG_SHA_256);
const SPAKE2P = [PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256), PSA_ALG_SPAKE2P_CMAC(PSA_ALG_SHA_256)];
const P256 = P.PSA_PAKE_PRIMITIVE(P.PSA_PAKE_PRIMITIVE_TYPE_ECC, T.PSA_ECC_FAMILY_SECP_R1, 256);
const PASSWORD_TYPES = [T.PSA_KEY_TYPE_PASSWORD, T.PSA_KEY_TYPE_PASSWORD_HASH, T.PSA_KEY_TYPE_DERIVE];
const SPAKE2P_TYPES = [T.PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(T.PSA_ECC_FAMILY_SECP_R1), T.PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY(T.PSA_ECC_FAMILY_SECP_R1)];
const SPAKE2P_SHARED_TYPES = [T.PSA_KEY_TYPE_DERIVE, T.PSA_KEY_TYPE_RAW_DATA, T.PSA_KEY_TYPE_HMAC, T.PSA_KEY_TYPE_AES];

const isJpake = (alg: number): boolean => (alg & 0xffffff00) >>> 0 === 0x0a000100;
const isSpake2p = (alg: number): boolean => alg >>> 0 >= 0x0a000400 && alg >>> 0 < 0x0a000700;

interface PakeState {
  alg: number;
  /** J-PAKE: the password scalar. */
  password?: bigint;
  /** SPAKE2+: the key type and material. */
  keyType?: number;
  material?: Uint8Array;
  role?: number;
  user?: Buffer;
  peer?: Buffer;
  context?: Buffer;
  party?: JpakeParty | Spake2pParty;
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
    const { type } = found.slot.attributes;
    const spake2p = isSpake2p(suite.alg);
    if (!(spake2p ? T.PSA_KEY_TYPE_IS_SPAKE2P(type) : PASSWORD_TYPES.includes(type))) return E.PSA_ERROR_INVALID_ARGUMENT;
    if (suite.alg !== JPAKE_SHA256 && !SPAKE2P.includes(suite.alg)) return E.PSA_ERROR_NOT_SUPPORTED;
    const confirmation = spake2p ? P.PSA_PAKE_CONFIRMED_KEY : P.PSA_PAKE_UNCONFIRMED_KEY;
    if (suite.keyConfirmation !== confirmation) return E.PSA_ERROR_INVALID_ARGUMENT;
    if (suite.primitive !== P256) return (suite.primitive & 0xffff) % 8 === 0 ? E.PSA_ERROR_NOT_SUPPORTED : E.PSA_ERROR_INVALID_ARGUMENT;
    if (spake2p) {
      if (!SPAKE2P_TYPES.includes(type)) return E.PSA_ERROR_INVALID_ARGUMENT;
      this.ops.activate(op, { alg: suite.alg, keyType: type, material: found.slot.material });
      return E.PSA_SUCCESS;
    }
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
    const s = this.configurable(op);
    if (!s || s.role !== undefined) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    if (!isSpake2p(s.alg)) return role === P.PSA_PAKE_ROLE_NONE ? E.PSA_SUCCESS : E.PSA_ERROR_INVALID_ARGUMENT;
    if (role === P.PSA_PAKE_ROLE_SERVER || (role === P.PSA_PAKE_ROLE_CLIENT && T.PSA_KEY_TYPE_IS_KEY_PAIR(s.keyType!))) {
      s.role = role;
      return E.PSA_SUCCESS;
    }
    return E.PSA_ERROR_INVALID_ARGUMENT;
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

  async psa_pake_set_context(op: number, context: Uint8Array): Promise<number> {
    const s = this.configurable(op);
    if (!s || s.context) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    if (!isSpake2p(s.alg)) return E.PSA_ERROR_INVALID_ARGUMENT;
    s.context = Buffer.from(context);
    return E.PSA_SUCCESS;
  }

  /** The exchange state, created once its parameters are known (J-PAKE: user and peer; SPAKE2+: the role). */
  private party(op: number): JpakeParty | Spake2pParty | undefined {
    const s = this.ops.get(op);
    if (!s) return undefined;
    if (s.party) return s.party;
    if (isSpake2p(s.alg)) {
      if (s.role === undefined) return undefined;
      const { w0, w1, L } = spake2pValues(s.keyType!, s.material!);
      s.party = new Spake2pParty({
        prover: s.role === P.PSA_PAKE_ROLE_CLIENT,
        cmac: s.alg === SPAKE2P[1],
        w0,
        w1,
        L,
        user: s.user ?? EMPTY,
        peer: s.peer ?? EMPTY,
        context: s.context,
      });
    } else if (s.user && s.peer) {
      s.party = new JpakeParty(s.password!, s.user, s.peer);
    }
    return s.party;
  }

  async psa_pake_output(op: number, step: number, outputSize: number): Promise<PsaDataResult> {
    if (!this.isStep(op, step)) return { status: this.ops.get(op) ? E.PSA_ERROR_INVALID_ARGUMENT : this.fail(op, E.PSA_ERROR_BAD_STATE), data: EMPTY };
    const party = this.party(op);
    if (!party) return { status: this.fail(op, E.PSA_ERROR_BAD_STATE), data: EMPTY };
    if (outputSize < party.sizeOf(step)) return { status: this.fail(op, E.PSA_ERROR_BUFFER_TOO_SMALL), data: EMPTY };
    const r = party.output(step);
    return r.data ? { status: E.PSA_SUCCESS, data: new Uint8Array(r.data) } : { status: this.fail(op, r.status), data: EMPTY };
  }

  async psa_pake_input(op: number, step: number, input: Uint8Array): Promise<number> {
    if (!this.isStep(op, step)) return this.ops.get(op) ? E.PSA_ERROR_INVALID_ARGUMENT : this.fail(op, E.PSA_ERROR_BAD_STATE);
    const party = this.party(op);
    if (!party) return this.fail(op, E.PSA_ERROR_BAD_STATE);
    const status = party.input(step, input);
    return status === E.PSA_SUCCESS ? status : this.fail(op, status);
  }

  async psa_pake_get_shared_key(op: number, attributes: PsaKeyAttributes): Promise<PsaKeyResult> {
    const s = this.ops.get(op);
    if (!s?.party?.finished) return { status: this.fail(op, E.PSA_ERROR_BAD_STATE), key: 0 };
    const secret = s.party.sharedSecret();
    const types = s.party instanceof Spake2pParty ? SPAKE2P_SHARED_TYPES : [T.PSA_KEY_TYPE_DERIVE];
    if (!types.includes(attributes.type) || (attributes.bits !== 0 && attributes.bits !== secret.length * 8)) {
      return { status: E.PSA_ERROR_INVALID_ARGUMENT, key: 0 };
    }
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

  /** Whether `step` is a step of the operation's algorithm (of either, for an inactive operation). */
  private isStep(op: number, step: number): boolean {
    const alg = this.ops.get(op)?.alg;
    if (step === P.PSA_PAKE_STEP_KEY_SHARE) return true;
    if (step === P.PSA_PAKE_STEP_CONFIRM) return alg === undefined || isSpake2p(alg);
    return (step === P.PSA_PAKE_STEP_ZK_PUBLIC || step === P.PSA_PAKE_STEP_ZK_PROOF) && (alg === undefined || isJpake(alg));
  }

  private fail(op: number, status: number): number {
    this.ops.fail(op);
    return status;
  }
}
