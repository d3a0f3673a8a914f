/**
 * Unstructured keys whose material is any byte string: PSA_KEY_TYPE_RAW_DATA, PSA_KEY_TYPE_HMAC and
 * PSA_KEY_TYPE_DERIVE (PSA Crypto API 1.2 §9.2.2 "Symmetric keys": key format = the raw bytes; size =
 * 8 × length). Sizes above MAX_RAW_BYTES are an implementation limit (NOT_SUPPORTED).
 */
import { randomBytes } from 'node:crypto';
import { PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { fail, ok, withBits, type KeyTypeHandler } from './types';

/** The simulator's size limit for raw keys (64 KiB). */
export const MAX_RAW_BYTES = 65536;

export const rawKeyHandler: KeyTypeHandler = {
  import(_type, data, bits) {
    if (data.length > MAX_RAW_BYTES) return fail(PSA_ERROR_NOT_SUPPORTED);
    return withBits(bits, data.length * 8, Buffer.from(data));
  },
  generate(_type, bits) {
    if (bits % 8 !== 0) return fail(PSA_ERROR_INVALID_ARGUMENT);
    if (bits / 8 > MAX_RAW_BYTES) return fail(PSA_ERROR_NOT_SUPPORTED);
    return ok(bits, randomBytes(bits / 8));
  },
};
