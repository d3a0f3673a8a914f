/**
 * PSA_KEY_TYPE_AES (PSA Crypto API 1.2 §9.2.3): raw key bytes; "the size of the key can be 16 bytes
 * (AES-128), 24 bytes (AES-192), or 32 bytes (AES-256)". Any other length is not an AES key, so it is
 * PSA_ERROR_INVALID_ARGUMENT (psa-arch-tests c002 "key data greater than the algorithm size" and
 * "incorrect key data size").
 */
import { randomBytes } from 'node:crypto';
import { PSA_ERROR_INVALID_ARGUMENT } from '../../constants/status';
import { fail, ok, withBits, type KeyTypeHandler } from './types';

export const AES_KEY_BITS = [128, 192, 256] as const;

const isAesSize = (bits: number): boolean => (AES_KEY_BITS as readonly number[]).includes(bits);

export const aesKeyHandler: KeyTypeHandler = {
  import(_type, data, bits) {
    if (!isAesSize(data.length * 8)) return fail(PSA_ERROR_INVALID_ARGUMENT);
    return withBits(bits, data.length * 8, Buffer.from(data));
  },
  generate(_type, bits) {
    if (!isAesSize(bits)) return fail(PSA_ERROR_INVALID_ARGUMENT);
    return ok(bits, randomBytes(bits / 8));
  },
};
