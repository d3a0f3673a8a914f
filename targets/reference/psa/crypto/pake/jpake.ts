/**
 * EC J-PAKE over P-256 with SHA-256 (RFC 8236, Schnorr NIZK proofs per RFC 8235), as the PSA Crypto
 * API 1.2 PAKE extension profiles it for PSA_ALG_JPAKE (psa-api doc/ext-pake, "J-PAKE"; the same
 * construction as Thread's EC J-PAKE and Mbed TLS ecjpake.c):
 * - round 1: each party sends X1 = G·x1 and X2 = G·x2, each with a proof (V, r);
 * - round 2: each party sends A = (X1 + X3 + X4)·(x2·s) with a proof over that generator;
 * - the shared secret is K = (B − X4·(x2·s))·x2, output as an uncompressed point (the input of
 *   PSA_ALG_TLS12_ECJPAKE_TO_PMS).
 * A proof for X = Gen·x is V = Gen·v and r = v − x·c mod n with c = SHA-256(Gen || V || X || id), every
 * element preceded by its length as a 32-bit big-endian integer (RFC 8235 §2.2–2.3, RFC 8236 §2.1);
 * points are uncompressed SEC1 (65 bytes), scalars 32 bytes big-endian. Elliptic-curve arithmetic is
 * @noble/curves'; this file only sequences it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { p256 } from '@noble/curves/nist';

type Point = InstanceType<typeof p256.Point>;

const N = p256.CURVE.n;
const G = p256.Point.BASE;
export const POINT_BYTES = 65;
export const SCALAR_BYTES = 32;

const mod = (a: bigint): bigint => ((a % N) + N) % N;
const toScalar = (b: Uint8Array): bigint => BigInt(`0x${Buffer.from(b).toString('hex') || '0'}`);
const scalarBytes = (k: bigint): Buffer => Buffer.from(k.toString(16).padStart(2 * SCALAR_BYTES, '0'), 'hex');
export const pointBytes = (p: Point): Buffer => Buffer.from(p.toBytes(false));

/** A uniformly random scalar in [1, n − 1]. */
export function randomScalar(): bigint {
  for (;;) {
    const k = toScalar(randomBytes(SCALAR_BYTES));
    if (k > 0n && k < N) return k;
  }
}

/** A point from its 65-byte encoding; undefined when it is not on the curve (or is the identity). */
export function decodePoint(bytes: Uint8Array): Point | undefined {
  if (bytes.length !== POINT_BYTES) return undefined;
  try {
    const p = p256.Point.fromHex(Buffer.from(bytes).toString('hex'));
    p.assertValidity();
    return p;
  } catch {
    return undefined;
  }
}

/** The J-PAKE password as a scalar: the password bytes as a big-endian integer mod n (must not be 0). */
export function passwordScalar(password: Uint8Array): bigint | undefined {
  const s = mod(toScalar(password));
  return s === 0n ? undefined : s;
}

function challenge(gen: Point, v: Point, x: Point, id: Uint8Array): bigint {
  const h = createHash('sha256');
  for (const part of [pointBytes(gen), pointBytes(v), pointBytes(x), Buffer.from(id)]) {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(part.length);
    h.update(len).update(part);
  }
  return mod(toScalar(h.digest()));
}

export interface Proof {
  /** ZK_PUBLIC: V = gen·v. */
  v: Buffer;
  /** ZK_PROOF: r = v − x·c mod n. */
  r: Buffer;
}

/** A Schnorr proof of knowledge of x for X = gen·x, bound to the prover's identity. */
export function prove(gen: Point, x: bigint, id: Uint8Array): { share: Buffer; proof: Proof } {
  const X = gen.multiply(x);
  const v = randomScalar();
  const V = gen.multiply(v);
  const c = challenge(gen, V, X, id);
  return { share: pointBytes(X), proof: { v: pointBytes(V), r: scalarBytes(mod(v - x * c)) } };
}

/** Checks V == gen·r + X·c. */
export function verify(gen: Point, X: Point, V: Point, r: Uint8Array, id: Uint8Array): boolean {
  if (r.length !== SCALAR_BYTES) return false;
  const rs = toScalar(r);
  if (rs >= N) return false;
  const c = challenge(gen, V, X, id);
  const rhs = (rs === 0n ? p256.Point.ZERO : gen.multiply(rs)).add(X.multiply(c === 0n ? N : c));
  return rhs.equals(V);
}

export { G, N, mod, type Point };
