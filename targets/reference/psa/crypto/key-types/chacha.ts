/**
 * PSA_KEY_TYPE_CHACHA20 and PSA_KEY_TYPE_XCHACHA20 (PSA Crypto API 1.2 §9.2.3): 32 raw bytes (256 bits).
 */
import { randomBytes } from 'node:crypto';
import { PSA_ERROR_INVALID_ARGUMENT } from '../../constants/status';
import { fail, ok, withBits, type KeyTypeHandler } from './types';

export const chachaKeyHandler: KeyTypeHandler = {
  import(_type, data, bits) {
    if (data.length !== 32) return fail(PSA_ERROR_INVALID_ARGUMENT);
    return withBits(bits, 256, Buffer.from(data));
  },
  generate(_type, bits) {
    return bits === 256 ? ok(256, randomBytes(32)) : fail(PSA_ERROR_INVALID_ARGUMENT);
  },
};
