/**
 * psa_key_derivation_output_key material, PSA Crypto API 1.2 §10.6.4: how many bytes each key type
 * draws from the stream and how they become a key.
 * - unstructured types (AES, HMAC, DERIVE, RAW_DATA, PASSWORD, PASSWORD_HASH, PEPPER, CHACHA20…):
 *   `bits / 8` bytes, validated by the key-type handler (so AES-100 → INVALID_ARGUMENT);
 * - PSA_KEY_TYPE_DES: the same bytes with the DES parity bits set ("sets the parity bits", as Mbed
 *   TLS does too);
 * - ECC key pairs on SECP_R1 (the FIPS 186-4 B.4.2 method the spec prescribes): draw ceil(m/8) bytes,
 *   clear the excess high bits, read k big-endian, redraw while k > n − 2, the private key is k + 1;
 *   Montgomery / Edwards pairs: the RFC 7748 / 8032 byte string;
 * - SPAKE2+ key pairs on P-256 (PAKE extension, "Key derivation of SPAKE2+ keys", as RFC 9383 §3.2
 *   and Matter): w0s and w1s of ceil(log2(n)/8) + 8 = 40 bytes each, w0 = w0s mod n, w1 = w1s mod n;
 * - public-key types → INVALID_ARGUMENT; RSA and DH key pairs → NOT_SUPPORTED (the spec allows it).
 */
import { p256, p384, p521 } from '@noble/curves/nist';
import * as T from '../../constants/key-types';
import { withOddParity } from '../key-types/des';
import { PSA_ERROR_INSUFFICIENT_DATA, PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { keyTypeHandler } from '../key-types';
import { SPAKE2P_BITS } from '../key-types/spake2p';
import { scalar, scalarBytes } from '../pake/spake2p';

/** A draw function gives the next n bytes of the derivation stream, or undefined past the capacity. */
export type Draw = (n: number) => Buffer | undefined;

export type Derived = { material: Buffer; bits: number } | { status: number };

/** Group orders of the SECP_R1 curves whose keys can be derived. */
const ORDER: Record<number, bigint> = { 256: p256.CURVE.n, 384: p384.CURVE.n, 521: p521.CURVE.n };

/** FIPS 186-4 B.4.2: k + 1 as a ceil(bits/8)-byte string, or undefined when k > n − 2 (redraw). */
function weierstrassScalar(drawn: Buffer, bits: number): Buffer | undefined {
  if (bits % 8) drawn[0] &= 0xff >> (8 - (bits % 8));
  const k = BigInt(`0x${drawn.toString('hex')}`);
  if (k > ORDER[bits] - 2n) return undefined;
  return Buffer.from((k + 1n).toString(16).padStart(drawn.length * 2, '0'), 'hex');
}

export function deriveKeyMaterial(type: number, bits: number, draw: Draw): Derived {
  if (bits === 0) return { status: PSA_ERROR_INVALID_ARGUMENT };
  if (T.PSA_KEY_TYPE_IS_PUBLIC_KEY(type)) return { status: PSA_ERROR_INVALID_ARGUMENT };
  const handler = keyTypeHandler(type);
  if (!handler || T.PSA_KEY_TYPE_IS_RSA(type) || (type & 0xff00) === 0x7200) return { status: PSA_ERROR_NOT_SUPPORTED };
  if (T.PSA_KEY_TYPE_IS_ECC_KEY_PAIR(type)) {
    const family = T.PSA_KEY_TYPE_ECC_GET_FAMILY(type);
    if (family === T.PSA_ECC_FAMILY_SECP_R1) {
      if (!ORDER[bits]) return { status: PSA_ERROR_NOT_SUPPORTED };
      for (let attempt = 0; attempt < 256; attempt++) {
        const drawn = draw(Math.ceil(bits / 8));
        if (!drawn) return { status: PSA_ERROR_INSUFFICIENT_DATA };
        const scalar = weierstrassScalar(drawn, bits);
        if (scalar) return { material: scalar, bits };
      }
      return { status: PSA_ERROR_NOT_SUPPORTED };
    }
    const drawn = draw(family === T.PSA_ECC_FAMILY_TWISTED_EDWARDS && bits === 448 ? 57 : Math.ceil(bits / 8));
    if (!drawn) return { status: PSA_ERROR_INSUFFICIENT_DATA };
    const made = handler.import(type, drawn, bits);
    return made.ok ? { material: made.material, bits: made.bits } : { status: made.status };
  }
  if (T.PSA_KEY_TYPE_IS_SPAKE2P(type)) {
    if (bits !== SPAKE2P_BITS) return { status: PSA_ERROR_NOT_SUPPORTED };
    const drawn = draw(80);
    if (!drawn) return { status: PSA_ERROR_INSUFFICIENT_DATA };
    const material = Buffer.concat([scalarBytes(scalar(drawn.subarray(0, 40))), scalarBytes(scalar(drawn.subarray(40)))]);
    const made = handler.import(type, material, bits);
    return made.ok ? { material: made.material, bits: made.bits } : { status: made.status };
  }
  if (bits % 8) return { status: PSA_ERROR_INVALID_ARGUMENT };
  const drawn = draw(bits / 8);
  if (!drawn) return { status: PSA_ERROR_INSUFFICIENT_DATA };
  const made = handler.import(type, type === T.PSA_KEY_TYPE_DES ? withOddParity(drawn) : drawn, bits);
  return made.ok ? { material: made.material, bits: made.bits } : { status: made.status };
}
