/**
 * The pseudo-random functions behind PSA key derivation (PSA Crypto API 1.2 §10.6.2), each producing
 * the first `length` bytes of the algorithm's output stream:
 * - HKDF-Extract / HKDF-Expand: RFC 5869 §2.2 / §2.3 (node:crypto has HKDF only as extract+expand);
 * - TLS 1.2 PRF: RFC 5246 §5 P_hash(secret, label || seed);
 * - TLS 1.2 PSK to MS: RFC 4279 §2 / RFC 5489 premaster secret, then the PRF with the label;
 * - PBKDF2: RFC 8018 §5.2 with HMAC (node:crypto pbkdf2Sync) or AES-CMAC-PRF-128 (RFC 4615);
 * - SP 800-108r1 counter mode: K(i) = PRF(K_in, [i]_32 || Label || 0x00 || Context || [L]_32),
 *   L = output length in bits; for CMAC, K(0) = CMAC(K_in, Label || 0x00 || Context || [L]_32) is
 *   appended to every PRF input (SP 800-108r1 §4.1 with the r1 "K0" hardening, as PSA Crypto 1.2
 *   §10.6.2 PSA_ALG_SP800_108_COUNTER_CMAC describes).
 */
import { createHmac, pbkdf2Sync } from 'node:crypto';
import { aesCmac } from '../mac/cmac';

const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

const hmac = (hash: string, key: Uint8Array, ...data: Uint8Array[]): Buffer => {
  const h = createHmac(hash, key);
  for (const d of data) h.update(d);
  return h.digest();
};

export function hkdfExtract(hash: string, salt: Uint8Array, ikm: Uint8Array, hashLength: number): Buffer {
  return hmac(hash, salt.length ? salt : Buffer.alloc(hashLength), ikm);
}

export function hkdfExpand(hash: string, prk: Uint8Array, info: Uint8Array, length: number): Buffer {
  const out: Buffer[] = [];
  let t: Buffer = Buffer.alloc(0);
  for (let i = 1, n = 0; n < length; i++) {
    t = hmac(hash, prk, t, info, Buffer.from([i]));
    out.push(t);
    n += t.length;
  }
  return Buffer.concat(out).subarray(0, length);
}

/** RFC 5246 §5: PRF(secret, label, seed) = P_hash(secret, label || seed). */
export function tls12Prf(hash: string, secret: Uint8Array, label: Uint8Array, seed: Uint8Array, length: number): Buffer {
  const labelSeed = Buffer.concat([label, seed]);
  const out: Buffer[] = [];
  let a: Buffer = labelSeed;
  for (let n = 0; n < length; ) {
    a = hmac(hash, secret, a);
    const block = hmac(hash, secret, a, labelSeed);
    out.push(block);
    n += block.length;
  }
  return Buffer.concat(out).subarray(0, length);
}

/** RFC 4279 §2 (other secret = N zero bytes) / RFC 5489 §2 (other secret given): the premaster secret. */
export function pskPremaster(psk: Uint8Array, otherSecret?: Uint8Array): Buffer {
  const other = otherSecret ?? Buffer.alloc(psk.length);
  const len = (b: Uint8Array): Buffer => Buffer.from([b.length >> 8, b.length & 0xff]);
  return Buffer.concat([len(other), other, len(psk), psk]);
}

export function pbkdf2Hmac(hash: string, password: Uint8Array, salt: Uint8Array, cost: number, length: number): Buffer {
  return pbkdf2Sync(password, salt, cost, length, hash);
}

/** RFC 4615 AES-CMAC-PRF-128: a key that is not 16 bytes is first reduced with AES-CMAC under a zero key. */
function aesCmacPrf128(key: Uint8Array, message: Uint8Array): Buffer {
  const k = key.length === 16 ? key : aesCmac(Buffer.alloc(16), key);
  return aesCmac(k, message);
}

export function pbkdf2AesCmac(password: Uint8Array, salt: Uint8Array, cost: number, length: number): Buffer {
  const out: Buffer[] = [];
  for (let i = 1; out.length * 16 < length; i++) {
    let u = aesCmacPrf128(password, Buffer.concat([salt, u32(i)]));
    const t = Buffer.from(u);
    for (let j = 1; j < cost; j++) {
      u = aesCmacPrf128(password, u);
      for (let k = 0; k < 16; k++) t[k] ^= u[k];
    }
    out.push(t);
  }
  return Buffer.concat(out).subarray(0, length);
}

export function sp800108Counter(prf: (data: Buffer) => Buffer, label: Uint8Array, context: Uint8Array, lengthBits: number, cmac: boolean, length: number): Buffer {
  const fixed = Buffer.concat([label, Buffer.from([0]), context, u32(lengthBits)]);
  const k0 = cmac ? prf(fixed) : Buffer.alloc(0);
  const out: Buffer[] = [];
  for (let i = 1, n = 0; n < length; i++) {
    const block = prf(Buffer.concat([u32(i), fixed, k0]));
    out.push(block);
    n += block.length;
  }
  return Buffer.concat(out).subarray(0, length);
}

export { hmac, aesCmac };
