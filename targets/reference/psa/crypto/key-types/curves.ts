/**
 * Montgomery and twisted Edwards keys, PSA Crypto API 1.2 §9.2.5 (PSA_ECC_FAMILY_MONTGOMERY,
 * PSA_ECC_FAMILY_TWISTED_EDWARDS): private and public keys are the raw RFC 7748 / RFC 8032 byte
 * strings. Curve25519 = 255 bits (32 B), Curve448 = 448 bits (56 B), Edwards25519 = 255 bits (32 B),
 * Edwards448 = 448 bits (57 B). Public keys are derived with @noble/curves.
 */
import { randomBytes } from 'node:crypto';
import { ed25519, x25519 } from '@noble/curves/ed25519';
import { ed448, x448 } from '@noble/curves/ed448';
import { PSA_ECC_FAMILY_MONTGOMERY, PSA_KEY_TYPE_ECC_GET_FAMILY, PSA_KEY_TYPE_IS_KEY_PAIR } from '../../constants/key-types';
import { PSA_ERROR_INVALID_ARGUMENT } from '../../constants/status';
import { fail, ok, withBits, type KeyTypeHandler } from './types';

interface Curve {
  bits: number;
  privateBytes: number;
  publicBytes: number;
  publicOf(priv: Uint8Array): Uint8Array;
}

const MONTGOMERY: readonly Curve[] = [
  { bits: 255, privateBytes: 32, publicBytes: 32, publicOf: (k) => x25519.getPublicKey(k) },
  { bits: 448, privateBytes: 56, publicBytes: 56, publicOf: (k) => x448.getPublicKey(k) },
];
const EDWARDS: readonly Curve[] = [
  { bits: 255, privateBytes: 32, publicBytes: 32, publicOf: (k) => ed25519.getPublicKey(k) },
  { bits: 448, privateBytes: 57, publicBytes: 57, publicOf: (k) => ed448.getPublicKey(k) },
];

const curvesOf = (type: number): readonly Curve[] =>
  PSA_KEY_TYPE_ECC_GET_FAMILY(type) === PSA_ECC_FAMILY_MONTGOMERY ? MONTGOMERY : EDWARDS;

function byLength(type: number, length: number): Curve | undefined {
  const pair = PSA_KEY_TYPE_IS_KEY_PAIR(type);
  return curvesOf(type).find((c) => (pair ? c.privateBytes : c.publicBytes) === length);
}

export const montgomeryEdwardsKeyHandler: KeyTypeHandler = {
  import(type, data, bits) {
    const curve = byLength(type, data.length);
    if (!curve) return fail(PSA_ERROR_INVALID_ARGUMENT);
    if (!PSA_KEY_TYPE_IS_KEY_PAIR(type)) {
      try {
        // Edwards public keys must decode to a curve point; any 32/56-byte string is a Montgomery u.
        if (curvesOf(type) === EDWARDS) (curve.bits === 255 ? ed25519 : ed448).ExtendedPoint.fromHex(data);
      } catch {
        return fail(PSA_ERROR_INVALID_ARGUMENT);
      }
    }
    return withBits(bits, curve.bits, Buffer.from(data));
  },
  generate(type, bits) {
    const curve = curvesOf(type).find((c) => c.bits === bits);
    if (!curve) return fail(PSA_ERROR_INVALID_ARGUMENT);
    return ok(bits, randomBytes(curve.privateBytes));
  },
  exportPublic(type, material) {
    if (!PSA_KEY_TYPE_IS_KEY_PAIR(type)) return Buffer.from(material);
    return Buffer.from(byLength(type, material.length)!.publicOf(material));
  },
};
