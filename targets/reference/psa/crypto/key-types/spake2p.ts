/**
 * SPAKE2+ keys over P-256 (PSA Crypto API 1.2 PAKE extension, "SPAKE2+ keys" / "Key formats"):
 * - key pair PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1): the registration values
 *   w0 || w1, each a big-endian scalar of ceil(bits/8) bytes in the range of an ECC private key
 *   (0 < w < n);
 * - public key PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY(SECP_R1): w0 || L, L = w1·P as an uncompressed point
 *   on the curve (what psa_export_public_key gives for the pair).
 * The key size is the curve size (256), not the length of the data. Data of another SECP_R1 size,
 * and other families, are NOT_SUPPORTED by this simulator; other lengths are INVALID_ARGUMENT.
 */
import { randomBytes } from 'node:crypto';
import { PSA_ECC_FAMILY_SECP_R1, PSA_KEY_TYPE_IS_KEY_PAIR } from '../../constants/key-types';
import { PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { decode, N_ORDER, registration, scalar, scalarBytes } from '../pake/spake2p';
import { fail, ok, withBits, type KeyOutcome, type KeyTypeHandler } from './types';

export const SPAKE2P_BITS = 256;
const SCALAR = 32;
const POINT = 65;
/** Scalar lengths of the other SECP_R1 sizes (192, 224, 384, 521): well-formed, not supported here. */
const OTHER_SIZES = [24, 28, 48, 66];

const family = (type: number): number => type & 0xff;
const bigint = (b: Uint8Array): bigint => BigInt(`0x${Buffer.from(b).toString('hex')}`);
const validScalar = (b: Uint8Array): boolean => {
  const k = bigint(b);
  return k > 0n && k < N_ORDER;
};

/** w0 and w1 (key pair) or w0 and L (public key) of a stored SPAKE2+ key. */
export function spake2pValues(type: number, material: Uint8Array): { w0: bigint; w1?: bigint; L: Buffer } {
  const w0 = scalar(material.subarray(0, SCALAR));
  if (PSA_KEY_TYPE_IS_KEY_PAIR(type)) {
    const w1 = scalar(material.subarray(SCALAR));
    return { w0, w1, L: registration(w1) };
  }
  return { w0, L: Buffer.from(material.subarray(SCALAR)) };
}

function importKey(type: number, data: Buffer, bits: number): KeyOutcome {
  if (family(type) !== PSA_ECC_FAMILY_SECP_R1) return fail(PSA_ERROR_NOT_SUPPORTED);
  const w0 = data.subarray(0, SCALAR);
  if (PSA_KEY_TYPE_IS_KEY_PAIR(type)) {
    if (data.length !== 2 * SCALAR) return fail(OTHER_SIZES.includes(data.length / 2) ? PSA_ERROR_NOT_SUPPORTED : PSA_ERROR_INVALID_ARGUMENT);
    if (!validScalar(w0) || !validScalar(data.subarray(SCALAR))) return fail(PSA_ERROR_INVALID_ARGUMENT);
  } else {
    if (data.length !== SCALAR + POINT) return fail(OTHER_SIZES.some((n) => data.length === 3 * n + 1) ? PSA_ERROR_NOT_SUPPORTED : PSA_ERROR_INVALID_ARGUMENT);
    if (!validScalar(w0) || data[SCALAR] !== 0x04 || !decode(data.subarray(SCALAR))) return fail(PSA_ERROR_INVALID_ARGUMENT);
  }
  return withBits(bits, SPAKE2P_BITS, Buffer.from(data));
}

/** A random valid scalar (rejection sampling). */
function randomScalarBytes(): Buffer {
  for (;;) {
    const b = randomBytes(SCALAR);
    if (validScalar(b)) return b;
  }
}

export const spake2pKeyHandler: KeyTypeHandler = {
  import: importKey,
  generate(type, bits) {
    if (family(type) !== PSA_ECC_FAMILY_SECP_R1) return fail(PSA_ERROR_NOT_SUPPORTED);
    if (bits !== SPAKE2P_BITS) return fail(PSA_ERROR_NOT_SUPPORTED);
    return ok(bits, Buffer.concat([randomScalarBytes(), randomScalarBytes()]));
  },
  exportPublic(type, material) {
    if (!PSA_KEY_TYPE_IS_KEY_PAIR(type)) return Buffer.from(material);
    const { w0, L } = spake2pValues(type, material);
    return Buffer.concat([scalarBytes(w0), L]);
  },
};
