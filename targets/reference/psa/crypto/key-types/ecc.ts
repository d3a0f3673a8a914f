/**
 * Weierstrass elliptic-curve keys of family PSA_ECC_FAMILY_SECP_R1 (PSA Crypto API 1.2 §9.2.5):
 * - key pair: the private scalar d as a big-endian byte string of ceil(bits/8) bytes, 0 < d < n;
 * - public key: the uncompressed point 0x04 || X || Y, each coordinate ceil(bits/8) bytes, which must
 *   be a point on the curve.
 * The public part of a pair is derived with ECDH (setPrivateKey → getPublicKey). Sizes 224, 256, 384
 * and 521 bits are supported (node:crypto curves secp224r1, prime256v1, secp384r1, secp521r1); P-192
 * is a valid SECP_R1 size this simulator does not support, and other families are NOT_SUPPORTED.
 */
import { createECDH, ECDH } from 'node:crypto';
import { PSA_ECC_FAMILY_SECP_R1, PSA_KEY_TYPE_ECC_GET_FAMILY, PSA_KEY_TYPE_IS_KEY_PAIR } from '../../constants/key-types';
import { PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { fail, ok, withBits, type KeyOutcome, type KeyTypeHandler } from './types';

interface Curve {
  bits: number;
  /** node:crypto / OpenSSL curve name; undefined when the spec defines the size but we do not support it. */
  openssl?: string;
}

/** All SECP_R1 sizes the spec defines (§9.2.5), and which ones this simulator supports. */
export const SECP_R1_CURVES: readonly Curve[] = [
  { bits: 192 },
  { bits: 224, openssl: 'secp224r1' },
  { bits: 256, openssl: 'prime256v1' },
  { bits: 384, openssl: 'secp384r1' },
  { bits: 521, openssl: 'secp521r1' },
];

const byteLength = (bits: number): number => Math.ceil(bits / 8);

/** The curve whose private scalar / coordinate is `bytes` long; bits=0 means "any". */
function curveFor(type: number, bytes: number): Curve | number {
  if (PSA_KEY_TYPE_ECC_GET_FAMILY(type) !== PSA_ECC_FAMILY_SECP_R1) return PSA_ERROR_NOT_SUPPORTED;
  const curve = SECP_R1_CURVES.find((c) => byteLength(c.bits) === bytes);
  if (!curve) return PSA_ERROR_INVALID_ARGUMENT;
  if (!curve.openssl) return PSA_ERROR_NOT_SUPPORTED;
  return curve;
}

function importKeyPair(type: number, data: Buffer, bits: number): KeyOutcome {
  const curve = curveFor(type, data.length);
  if (typeof curve === 'number') return fail(curve);
  try {
    // setPrivateKey rejects d = 0 and d >= n ("Private key is not valid for specified curve").
    createECDH(curve.openssl!).setPrivateKey(data);
  } catch {
    return fail(PSA_ERROR_INVALID_ARGUMENT);
  }
  return withBits(bits, curve.bits, Buffer.from(data));
}

function importPublicKey(type: number, data: Buffer, bits: number): KeyOutcome {
  if (data.length < 3 || data[0] !== 0x04 || data.length % 2 !== 1) return fail(PSA_ERROR_INVALID_ARGUMENT);
  const curve = curveFor(type, (data.length - 1) / 2);
  if (typeof curve === 'number') return fail(curve);
  try {
    // Decoding the point checks that it lies on the curve.
    ECDH.convertKey(data, curve.openssl!, undefined, undefined, 'uncompressed');
  } catch {
    return fail(PSA_ERROR_INVALID_ARGUMENT);
  }
  return withBits(bits, curve.bits, Buffer.from(data));
}

export const eccKeyHandler: KeyTypeHandler = {
  import(type, data, bits) {
    return PSA_KEY_TYPE_IS_KEY_PAIR(type) ? importKeyPair(type, data, bits) : importPublicKey(type, data, bits);
  },
  generate(type, bits) {
    const curve = curveFor(type, byteLength(bits));
    if (typeof curve === 'number') return fail(curve);
    if (curve.bits !== bits) return fail(PSA_ERROR_INVALID_ARGUMENT);
    const ecdh = createECDH(curve.openssl!);
    ecdh.generateKeys();
    const d = ecdh.getPrivateKey();
    const padded = Buffer.concat([Buffer.alloc(byteLength(bits) - d.length), d]);
    return ok(bits, padded);
  },
  exportPublic(type, material) {
    if (!PSA_KEY_TYPE_IS_KEY_PAIR(type)) return Buffer.from(material);
    const curve = curveFor(type, material.length) as Curve;
    const ecdh = createECDH(curve.openssl!);
    ecdh.setPrivateKey(material);
    return ecdh.getPublicKey();
  },
};
