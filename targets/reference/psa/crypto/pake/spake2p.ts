/**
 * SPAKE2+ over P-256 (RFC 9383, the PSA Crypto API 1.2 PAKE extension's PSA_ALG_SPAKE2P_HMAC /
 * PSA_ALG_SPAKE2P_CMAC): shares, the transcript TT and the key schedule.
 *   X = x·P + w0·M (prover), Y = y·P + w0·N (verifier)
 *   prover:   Z = x·(Y − w0·N), V = w1·(Y − w0·N)      verifier: Z = y·(X − w0·M), V = y·L
 *   TT = each of Context, idProver, idVerifier, M, N, X, Y, Z, V, w0 preceded by its length as a
 *        64-bit little-endian integer (RFC 9383 §3.3)
 *   K_main = Hash(TT); K_confirmP || K_confirmV = HKDF(nil, K_main, "ConfirmationKeys");
 *   K_shared = HKDF(nil, K_main, "SharedKey"); confirmP = MAC(K_confirmP, Y), confirmV = MAC(K_confirmV, X)
 * with HMAC-Hash (keys of the hash length) or CMAC-AES-128 (16-byte keys) as the MAC (RFC 9383 §4).
 * spake2p.spec.ts checks this against the specification's P256-SHA256-HKDF-SHA256 test vector.
 */
import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { p256 } from '@noble/curves/nist';
import { aesCmac } from '../mac/cmac';

type Point = InstanceType<typeof p256.Point>;

export const N_ORDER = p256.CURVE.n;
/** RFC 9383 §4 (and RFC 9382): P-256 M and N, compressed SEC1. */
export const M = p256.Point.fromHex('02886e2f97ace46e55ba9dd7242579f2993b64e16ef3dcab95afd497333d8fa12f');
export const N = p256.Point.fromHex('03d8bbd6c639c62937b04d997f38c3770719c629d7014d49a24b4f98baa1292b49');
const P = p256.Point.BASE;

export const scalar = (b: Uint8Array): bigint => BigInt(`0x${Buffer.from(b).toString('hex') || '0'}`) % N_ORDER;
export const scalarBytes = (k: bigint): Buffer => Buffer.from(k.toString(16).padStart(64, '0'), 'hex');
export const encode = (p: Point): Buffer => Buffer.from(p.toBytes(false));
const mul = (p: Point, k: bigint): Point => (k % N_ORDER === 0n ? p256.Point.ZERO : p.multiply(k % N_ORDER));

export function decode(bytes: Uint8Array): Point | undefined {
  try {
    const p = p256.Point.fromHex(Buffer.from(bytes).toString('hex'));
    p.assertValidity();
    return p.equals(p256.Point.ZERO) ? undefined : p;
  } catch {
    return undefined;
  }
}

/** L = w1·P, the verifier's registration value. */
export const registration = (w1: bigint): Buffer => encode(mul(P, w1));
export const proverShare = (x: bigint, w0: bigint): Buffer => encode(mul(P, x).add(mul(M, w0)));
export const verifierShare = (y: bigint, w0: bigint): Buffer => encode(mul(P, y).add(mul(N, w0)));

export function proverSecrets(x: bigint, w0: bigint, w1: bigint, Y: Point): { Z: Buffer; V: Buffer } {
  const base = Y.subtract(mul(N, w0));
  return { Z: encode(mul(base, x)), V: encode(mul(base, w1)) };
}

export function verifierSecrets(y: bigint, w0: bigint, L: Point, X: Point): { Z: Buffer; V: Buffer } {
  return { Z: encode(mul(X.subtract(mul(M, w0)), y)), V: encode(mul(L, y)) };
}

export interface Transcript {
  /** Omitted from TT, length included, when undefined (PSA: set_context was not called). */
  context?: Uint8Array;
  idProver: Uint8Array;
  idVerifier: Uint8Array;
  shareP: Uint8Array;
  shareV: Uint8Array;
  Z: Uint8Array;
  V: Uint8Array;
  w0: bigint;
}

export function transcript(t: Transcript): Buffer {
  const parts = [...(t.context ? [t.context] : []), t.idProver, t.idVerifier, encode(M), encode(N), t.shareP, t.shareV, t.Z, t.V, scalarBytes(t.w0)];
  return Buffer.concat(parts.flatMap((p) => {
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(p.length));
    return [len, Buffer.from(p)];
  }));
}

export interface KeySchedule {
  confirmP: Buffer;
  confirmV: Buffer;
  shared: Buffer;
}

/** The confirmation MACs and K_shared for a transcript; `cmac` selects CMAC-AES-128 confirmations. */
export function keySchedule(tt: Buffer, hash: string, cmac: boolean, shareP: Uint8Array, shareV: Uint8Array): KeySchedule {
  const main = createHash(hash).update(tt).digest();
  const hashLength = main.length;
  const confirmLength = cmac ? 16 : hashLength;
  const keys = Buffer.from(hkdfSync(hash, main, Buffer.alloc(0), 'ConfirmationKeys', 2 * confirmLength));
  const [kP, kV] = [keys.subarray(0, confirmLength), keys.subarray(confirmLength)];
  const mac = (k: Buffer, m: Uint8Array): Buffer => (cmac ? aesCmac(k, m) : createHmac(hash, k).update(m).digest());
  return {
    confirmP: mac(kP, shareV),
    confirmV: mac(kV, shareP),
    shared: Buffer.from(hkdfSync(hash, main, Buffer.alloc(0), 'SharedKey', hashLength)),
  };
}
