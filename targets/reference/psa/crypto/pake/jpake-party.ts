/**
 * One J-PAKE party's protocol state (PSA Crypto API 1.2 PAKE extension, J-PAKE step sequence):
 * outputs and inputs each follow KEY_SHARE, ZK_PUBLIC, ZK_PROOF — twice in round 1, once in round 2.
 * Round 2 needs both round-1 directions complete (the generator uses the peer's keys). Each proof is
 * checked when its ZK_PROOF arrives.
 */
import { PSA_PAKE_STEP_KEY_SHARE, PSA_PAKE_STEP_ZK_PROOF, PSA_PAKE_STEP_ZK_PUBLIC } from '../../constants/pake';
import { PSA_ERROR_BAD_STATE, PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_INVALID_SIGNATURE, PSA_SUCCESS } from '../../constants/status';
import { decodePoint, G, mod, pointBytes, POINT_BYTES, prove, randomScalar, SCALAR_BYTES, verify, type Point } from './jpake';

const SEQUENCE = [PSA_PAKE_STEP_KEY_SHARE, PSA_PAKE_STEP_ZK_PUBLIC, PSA_PAKE_STEP_ZK_PROOF];
const ROUND_STEPS = [6, 3];

export class JpakeParty {
  private readonly x1 = randomScalar();
  private readonly x2 = randomScalar();
  private outputs: Buffer[] = [];
  private outputIndex = 0;
  private inputIndex = 0;
  private readonly received: Buffer[] = [];
  private peerX3?: Point;
  private peerX4?: Point;

  constructor(
    private readonly s: bigint,
    private readonly user: Uint8Array,
    private readonly peer: Uint8Array,
  ) {}

  /** The next expected step of a direction, or undefined when both rounds are through. */
  private static expected(index: number): number | undefined {
    return index < 9 ? SEQUENCE[index % 3] : undefined;
  }

  /** Output size of the next step (for BUFFER_TOO_SMALL). */
  static sizeOf(step: number): number {
    return step === PSA_PAKE_STEP_ZK_PROOF ? SCALAR_BYTES : POINT_BYTES;
  }

  sizeOf(step: number): number {
    return JpakeParty.sizeOf(step);
  }

  output(step: number): { status: number; data?: Buffer } {
    if (JpakeParty.expected(this.outputIndex) !== step) return { status: PSA_ERROR_BAD_STATE };
    if (this.outputIndex === ROUND_STEPS[0] && this.inputIndex < ROUND_STEPS[0]) return { status: PSA_ERROR_BAD_STATE };
    if (this.outputIndex === 0) {
      const a = prove(G, this.x1, this.user);
      const b = prove(G, this.x2, this.user);
      this.outputs = [a.share, a.proof.v, a.proof.r, b.share, b.proof.v, b.proof.r];
    } else if (this.outputIndex === ROUND_STEPS[0]) {
      const gen = G.multiply(this.x1).add(this.peerX3!).add(this.peerX4!);
      const c = prove(gen, mod(this.x2 * this.s), this.user);
      this.outputs.push(c.share, c.proof.v, c.proof.r);
    }
    return { status: PSA_SUCCESS, data: this.outputs[this.outputIndex++] };
  }

  input(step: number, data: Uint8Array): number {
    if (JpakeParty.expected(this.inputIndex) !== step) return PSA_ERROR_BAD_STATE;
    if (this.inputIndex === ROUND_STEPS[0] && this.outputIndex < ROUND_STEPS[0]) return PSA_ERROR_BAD_STATE;
    const size = step === PSA_PAKE_STEP_ZK_PROOF ? SCALAR_BYTES : POINT_BYTES;
    if (data.length !== size || (step !== PSA_PAKE_STEP_ZK_PROOF && !decodePoint(data))) return PSA_ERROR_INVALID_ARGUMENT;
    this.received.push(Buffer.from(data));
    this.inputIndex++;
    if (step !== PSA_PAKE_STEP_ZK_PROOF) return PSA_SUCCESS;
    const [share, v, r] = this.received.slice(-3);
    const X = decodePoint(share)!;
    const gen = this.inputIndex <= ROUND_STEPS[0] ? G : G.multiply(this.x1).add(G.multiply(this.x2)).add(this.peerX3!);
    if (!verify(gen, X, decodePoint(v)!, r, this.peer)) return PSA_ERROR_INVALID_SIGNATURE;
    if (this.inputIndex === 3) this.peerX3 = X;
    if (this.inputIndex === 6) this.peerX4 = X;
    return PSA_SUCCESS;
  }

  get finished(): boolean {
    return this.inputIndex === 9 && this.outputIndex === 9;
  }

  /** K = (B − X4·(x2·s))·x2, uncompressed. */
  sharedSecret(): Buffer {
    const B = decodePoint(this.received[6])!;
    const K = B.subtract(this.peerX4!.multiply(mod(this.x2 * this.s))).multiply(this.x2);
    return pointBytes(K);
  }
}
