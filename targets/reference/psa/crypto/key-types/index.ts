/**
 * Key type → handler. A type without a handler is PSA_ERROR_NOT_SUPPORTED for this simulator
 * (PSA_KEY_TYPE_NONE included, as Mbed TLS and psa-arch-tests c002 "invalid key type value" expect).
 */
import * as T from '../../constants/key-types';
import { aesKeyHandler } from './aes';
import { desKeyHandler } from './des';
import { eccKeyHandler } from './ecc';
import { rawKeyHandler } from './raw';
import { rsaKeyHandler } from './rsa';
import type { KeyTypeHandler } from './types';

export type { KeyOutcome, KeyTypeHandler } from './types';

const BY_TYPE = new Map<number, KeyTypeHandler>([
  [T.PSA_KEY_TYPE_RAW_DATA, rawKeyHandler],
  [T.PSA_KEY_TYPE_HMAC, rawKeyHandler],
  [T.PSA_KEY_TYPE_DERIVE, rawKeyHandler],
  [T.PSA_KEY_TYPE_AES, aesKeyHandler],
  [T.PSA_KEY_TYPE_DES, desKeyHandler],
  [T.PSA_KEY_TYPE_RSA_KEY_PAIR, rsaKeyHandler],
  [T.PSA_KEY_TYPE_RSA_PUBLIC_KEY, rsaKeyHandler],
]);

export function keyTypeHandler(type: number): KeyTypeHandler | undefined {
  if (T.PSA_KEY_TYPE_IS_ECC_KEY_PAIR(type) || T.PSA_KEY_TYPE_IS_ECC_PUBLIC_KEY(type)) return eccKeyHandler;
  return BY_TYPE.get(type);
}
