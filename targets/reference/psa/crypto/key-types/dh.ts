/**
 * Finite-field Diffie-Hellman keys of family PSA_DH_FAMILY_RFC7919 (PSA Crypto API 1.2 §9.2.6):
 * the key pair is the private exponent x and the public key g^x mod p, both big-endian of the
 * prime's byte length. Groups ffdhe2048/3072/4096 (RFC 7919 Appendix A); node:crypto has no RFC 7919
 * group by name, so the primes come from rfc7919.ts through createDiffieHellman(p, g = 2).
 */
import { createDiffieHellman, randomBytes } from 'node:crypto';
import { PSA_KEY_TYPE_IS_KEY_PAIR } from '../../constants/key-types';
import { PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { FFDHE_PRIMES } from './rfc7919';
import { fail, ok, withBits, type KeyTypeHandler } from './types';

export const FFDH_BITS = [2048, 3072, 4096] as const;

export function ffdhGroup(bits: number): { prime: Buffer; diffieHellman(priv: Buffer): ReturnType<typeof createDiffieHellman> } | undefined {
  const prime = FFDHE_PRIMES[bits];
  if (!prime) return undefined;
  return {
    prime,
    diffieHellman(priv) {
      const dh = createDiffieHellman(prime, Buffer.from([2]));
      dh.setPrivateKey(priv);
      return dh;
    },
  };
}

const pad = (b: Buffer, n: number): Buffer => Buffer.concat([Buffer.alloc(Math.max(0, n - b.length)), b]);

/** g^x mod p as big-endian bytes of the prime's length. */
export function ffdhPublic(bits: number, priv: Buffer): Buffer {
  const dh = ffdhGroup(bits)!.diffieHellman(priv);
  dh.generateKeys();
  // generateKeys keeps a private key that was set and computes the public value from it.
  return pad(dh.getPublicKey(), bits / 8);
}

function inRange(value: Buffer, prime: Buffer): boolean {
  const v = BigInt(`0x${value.toString('hex') || '0'}`);
  const p = BigInt(`0x${prime.toString('hex')}`);
  return v > 1n && v < p - 1n;
}

export const dhKeyHandler: KeyTypeHandler = {
  import(_type, data, bits) {
    const groupBits = data.length * 8;
    const group = ffdhGroup(groupBits);
    if (!group) return fail((FFDH_BITS as readonly number[]).includes(groupBits) ? PSA_ERROR_NOT_SUPPORTED : PSA_ERROR_INVALID_ARGUMENT);
    if (!inRange(data, group.prime)) return fail(PSA_ERROR_INVALID_ARGUMENT);
    return withBits(bits, groupBits, Buffer.from(data));
  },
  generate(_type, bits) {
    const group = ffdhGroup(bits);
    if (!group) return fail(PSA_ERROR_INVALID_ARGUMENT);
    let x = randomBytes(bits / 8);
    while (!inRange(x, group.prime)) x = randomBytes(bits / 8);
    return ok(bits, x);
  },
  exportPublic(type, material) {
    if (!PSA_KEY_TYPE_IS_KEY_PAIR(type)) return Buffer.from(material);
    return ffdhPublic(material.length * 8, material);
  },
};
