/**
 * PSA_KEY_TYPE_DES (PSA Crypto API 1.2 §9.2.3): 8 bytes (single DES, 64 bits), 16 bytes (2-key 3DES,
 * 128 bits) or 24 bytes (3-key 3DES, 192 bits), parity bits included.
 *
 * The simulator supports 2-key and 3-key Triple-DES only: OpenSSL 3's default provider has des-ede and
 * des-ede3, while single DES needs the legacy provider, so an 8-byte key is a valid DES key this
 * implementation does not support (PSA_ERROR_NOT_SUPPORTED) and the manifest does not claim `DES:64`.
 *
 * Parity is not checked on import: psa-arch-tests c002–c005 import `key_data`, whose bytes do not
 * all have odd parity, and expect PSA_SUCCESS. Generated keys do get odd parity.
 */
import { randomBytes } from 'node:crypto';
import { PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { fail, ok, withBits, type KeyTypeHandler } from './types';

export const DES_KEY_BITS = [64, 128, 192] as const;
export const SUPPORTED_DES_KEY_BITS = [128, 192] as const;

function sizeStatus(bits: number): number | undefined {
  if (!(DES_KEY_BITS as readonly number[]).includes(bits)) return PSA_ERROR_INVALID_ARGUMENT;
  if (!(SUPPORTED_DES_KEY_BITS as readonly number[]).includes(bits)) return PSA_ERROR_NOT_SUPPORTED;
  return undefined;
}

/** Sets the low bit of each byte so that every byte has an odd number of 1 bits. */
export function withOddParity(key: Buffer): Buffer {
  return Buffer.from(key.map((b) => {
    const high = b & 0xfe;
    let ones = 0;
    for (let v = high; v; v >>= 1) ones += v & 1;
    return ones % 2 === 0 ? high | 1 : high;
  }));
}

export const desKeyHandler: KeyTypeHandler = {
  import(_type, data, bits) {
    const status = sizeStatus(data.length * 8);
    if (status !== undefined) return fail(status);
    return withBits(bits, data.length * 8, Buffer.from(data));
  },
  generate(_type, bits) {
    const status = sizeStatus(bits);
    if (status !== undefined) return fail(status);
    return ok(bits, withOddParity(randomBytes(bits / 8)));
  },
};
