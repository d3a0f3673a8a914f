/**
 * Hash suspend/resume (PSA Crypto API 1.2 §10.2.4 psa_hash_suspend / psa_hash_resume, "Hash suspend
 * state format", psa-api doc/crypto/api/ops/hashes.rst) for the SHA-2 family:
 *   hash-suspend-state = algorithm || input-length || hash-state || unprocessed-input
 * algorithm = psa_algorithm_t, 4 bytes big-endian; input-length = bytes hashed so far, big-endian,
 * 8 bytes (SHA-224/256) or 16 bytes (SHA-384/512); hash-state = the eight chaining words, big-endian
 * (32-bit for SHA-224/256, 64-bit for SHA-384/512); unprocessed-input = the input-length mod block
 * size bytes not yet compressed.
 *
 * node:crypto cannot export a hash's chaining state, so multipart operations on these algorithms run
 * on @noble/hashes, whose SHA-2 objects expose their words (get/set), byte count, block buffer and
 * position. Other hashes are not suspendable here (PSA_ERROR_NOT_SUPPORTED, as the spec allows).
 */
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2';
import * as A from '../../constants/algorithms';

/** The internals of a noble SHA-2 object that the state format needs. */
interface Sha2Internals {
  blockLen: number;
  length: number;
  pos: number;
  buffer: Uint8Array;
  get(): number[];
  set(...words: number[]): void;
  update(data: Uint8Array): Sha2Internals;
  digest(): Uint8Array;
  clone(): Sha2Internals;
}

interface Suspendable {
  create: () => Sha2Internals;
  /** Bytes of the input-length field and of each chaining word. */
  lengthBytes: number;
  wordBytes: number;
}

const SUSPENDABLE = new Map<number, Suspendable>([
  [A.PSA_ALG_SHA_224, { create: () => sha224.create() as unknown as Sha2Internals, lengthBytes: 8, wordBytes: 4 }],
  [A.PSA_ALG_SHA_256, { create: () => sha256.create() as unknown as Sha2Internals, lengthBytes: 8, wordBytes: 4 }],
  [A.PSA_ALG_SHA_384, { create: () => sha384.create() as unknown as Sha2Internals, lengthBytes: 16, wordBytes: 8 }],
  [A.PSA_ALG_SHA_512, { create: () => sha512.create() as unknown as Sha2Internals, lengthBytes: 16, wordBytes: 8 }],
]);

export const isSuspendable = (alg: number): boolean => SUSPENDABLE.has(alg >>> 0);

/** A node:crypto-Hash-shaped wrapper around a noble SHA-2 object. */
export class SuspendableHash {
  constructor(
    readonly alg: number,
    private readonly inner: Sha2Internals,
  ) {}

  static create(alg: number): SuspendableHash {
    return new SuspendableHash(alg, SUSPENDABLE.get(alg >>> 0)!.create());
  }

  update(data: Uint8Array): this {
    this.inner.update(data);
    return this;
  }

  digest(): Buffer {
    return Buffer.from(this.inner.digest());
  }

  copy(): SuspendableHash {
    return new SuspendableHash(this.alg, this.inner.clone());
  }

  /** The hash-suspend-state of this operation. */
  suspend(): Buffer {
    const s = SUSPENDABLE.get(this.alg)!;
    const { length, pos, buffer } = this.inner;
    const head = Buffer.alloc(4 + s.lengthBytes);
    head.writeUInt32BE(this.alg >>> 0, 0);
    head.writeBigUInt64BE(BigInt(length), 4 + s.lengthBytes - 8);
    // noble keeps 64-bit words as (high, low) 32-bit pairs, in order, so both sizes serialise the same way.
    const words = Buffer.alloc(8 * s.wordBytes);
    this.inner.get().forEach((w, i) => words.writeUInt32BE(w >>> 0, 4 * i));
    return Buffer.concat([head, words, Buffer.from(buffer.subarray(0, pos))]);
  }

  /** Rebuilds an operation from a hash-suspend-state; undefined when the state is malformed. */
  static resume(state: Uint8Array): SuspendableHash | undefined {
    if (state.length < 4) return undefined;
    const data = Buffer.from(state);
    const alg = data.readUInt32BE(0);
    const s = SUSPENDABLE.get(alg);
    if (!s) return undefined;
    const wordsAt = 4 + s.lengthBytes;
    const tailAt = wordsAt + 8 * s.wordBytes;
    if (data.length < tailAt) return undefined;
    if (s.lengthBytes === 16 && data.readBigUInt64BE(4) !== 0n) return undefined;
    const length = Number(data.readBigUInt64BE(wordsAt - 8));
    const inner = s.create();
    const pending = data.subarray(tailAt);
    if (pending.length !== length % inner.blockLen) return undefined;
    const words: number[] = [];
    for (let i = wordsAt; i < tailAt; i += 4) words.push(data.readUInt32BE(i) | 0);
    inner.set(...words);
    inner.buffer.set(pending);
    inner.pos = pending.length;
    inner.length = length;
    return new SuspendableHash(alg, inner);
  }
}
