/**
 * One SPAKE2+ party's protocol state (PSA Crypto API 1.2 PAKE extension, "SPAKE2+ operation"; the
 * computations are RFC 9383, spake2p.ts). The call sequences are fixed:
 *   Prover (PSA_PAKE_ROLE_CLIENT):   output KEY_SHARE, input KEY_SHARE, input CONFIRM, output CONFIRM
 *   Verifier (PSA_PAKE_ROLE_SERVER): input KEY_SHARE, output KEY_SHARE, output CONFIRM, input CONFIRM
 * A step of the algorithm out of this order → BAD_STATE; a key share that is not a valid point →
 * INVALID_ARGUMENT; a confirmation value that does not verify → INVALID_SIGNATURE. The identities
 * default to empty strings; the context is in the transcript only when set_context was called.
 */
import { randomBytes } from 'node:crypto';
import { PSA_PAKE_STEP_CONFIRM, PSA_PAKE_STEP_KEY_SHARE } from '../../constants/pake';
import { PSA_ERROR_BAD_STATE, PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_INVALID_SIGNATURE, PSA_SUCCESS } from '../../constants/status';
import * as S from './spake2p';

type Move = ['in' | 'out', number];
const PROVER: Move[] = [['out', PSA_PAKE_STEP_KEY_SHARE], ['in', PSA_PAKE_STEP_KEY_SHARE], ['in', PSA_PAKE_STEP_CONFIRM], ['out', PSA_PAKE_STEP_CONFIRM]];
const VERIFIER: Move[] = [['in', PSA_PAKE_STEP_KEY_SHARE], ['out', PSA_PAKE_STEP_KEY_SHARE], ['out', PSA_PAKE_STEP_CONFIRM], ['in', PSA_PAKE_STEP_CONFIRM]];

export interface Spake2pSetup {
  prover: boolean;
  cmac: boolean;
  w0: bigint;
  /** The prover's w1. */
  w1?: bigint;
  /** The verifier's L, uncompressed. */
  L: Uint8Array;
  user: Uint8Array;
  peer: Uint8Array;
  context?: Uint8Array;
}

function randomScalar(): bigint {
  for (;;) {
    const k = S.scalar(randomBytes(40));
    if (k !== 0n) return k;
  }
}

export class Spake2pParty {
  private readonly moves: Move[];
  private index = 0;
  private readonly secret = randomScalar();
  private readonly ownShare: Buffer;
  private schedule?: S.KeySchedule;

  constructor(private readonly setup: Spake2pSetup) {
    this.moves = setup.prover ? PROVER : VERIFIER;
    this.ownShare = setup.prover ? S.proverShare(this.secret, setup.w0) : S.verifierShare(this.secret, setup.w0);
  }

  get confirmLength(): number {
    return this.setup.cmac ? 16 : 32;
  }

  sizeOf(step: number): number {
    return step === PSA_PAKE_STEP_CONFIRM ? this.confirmLength : 65;
  }

  private expects(direction: 'in' | 'out', step: number): boolean {
    const move = this.moves[this.index];
    return move !== undefined && move[0] === direction && move[1] === step;
  }

  output(step: number): { status: number; data?: Buffer } {
    if (!this.expects('out', step)) return { status: PSA_ERROR_BAD_STATE };
    this.index++;
    if (step === PSA_PAKE_STEP_KEY_SHARE) return { status: PSA_SUCCESS, data: this.ownShare };
    const s = this.schedule!;
    return { status: PSA_SUCCESS, data: this.setup.prover ? s.confirmP : s.confirmV };
  }

  input(step: number, data: Uint8Array): number {
    if (!this.expects('in', step)) return PSA_ERROR_BAD_STATE;
    if (step === PSA_PAKE_STEP_KEY_SHARE) {
      const peerShare = S.decode(data);
      if (data.length !== 65 || !peerShare) return PSA_ERROR_INVALID_ARGUMENT;
      this.schedule = this.keySchedule(peerShare, Buffer.from(data));
    } else {
      const s = this.schedule!;
      const expected = this.setup.prover ? s.confirmV : s.confirmP;
      if (!expected.equals(Buffer.from(data))) return PSA_ERROR_INVALID_SIGNATURE;
    }
    this.index++;
    return PSA_SUCCESS;
  }

  private keySchedule(peer: ReturnType<typeof S.decode> & object, peerBytes: Buffer): S.KeySchedule {
    const { prover, w0, w1, L, user, peer: peerId, context, cmac } = this.setup;
    const secrets = prover ? S.proverSecrets(this.secret, w0, w1!, peer) : S.verifierSecrets(this.secret, w0, S.decode(L)!, peer);
    const [shareP, shareV] = prover ? [this.ownShare, peerBytes] : [peerBytes, this.ownShare];
    const tt = S.transcript({
      context,
      idProver: prover ? user : peerId,
      idVerifier: prover ? peerId : user,
      shareP,
      shareV,
      Z: secrets.Z,
      V: secrets.V,
      w0,
    });
    return S.keySchedule(tt, 'sha256', cmac, shareP, shareV);
  }

  get finished(): boolean {
    return this.index === this.moves.length;
  }

  /** K_shared. */
  sharedSecret(): Buffer {
    return this.schedule!.shared;
  }
}
