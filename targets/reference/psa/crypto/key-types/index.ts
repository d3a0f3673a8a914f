/**
 * Key type → handler. A type without a handler is PSA_ERROR_NOT_SUPPORTED for this simulator
 * (PSA_KEY_TYPE_NONE included, as Mbed TLS and psa-arch-tests c002 "invalid key type value" expect).
 */
import * as T from '../../constants/key-types';
import { aesKeyHandler } from './aes';
import { chachaKeyHandler } from './chacha';
import { montgomeryEdwardsKeyHandler } from './curves';
import { dhKeyHandler } from './dh';
import { desKeyHandler } from './des';
import { eccKeyHandler } from './ecc';
import { rawKeyHandler } from './raw';
import { rsaKeyHandler } from './rsa';
import { spake2pKeyHandler } from './spake2p';
import type { KeyTypeHandler } from './types';

export type { KeyOutcome, KeyTypeHandler } from './types';

const BY_TYPE = new Map<number, KeyTypeHandler>([
  [T.PSA_KEY_TYPE_RAW_DATA, rawKeyHandler],
  [T.PSA_KEY_TYPE_HMAC, rawKeyHandler],
  [T.PSA_KEY_TYPE_DERIVE, rawKeyHandler],
  [T.PSA_KEY_TYPE_PASSWORD, rawKeyHandler],
  [T.PSA_KEY_TYPE_PASSWORD_HASH, rawKeyHandler],
  [T.PSA_KEY_TYPE_PEPPER, rawKeyHandler],
  [T.PSA_KEY_TYPE_CHACHA20, chachaKeyHandler],
  [T.PSA_KEY_TYPE_XCHACHA20, chachaKeyHandler],
  [T.PSA_KEY_TYPE_DH_KEY_PAIR(T.PSA_DH_FAMILY_RFC7919), dhKeyHandler],
  [T.PSA_KEY_TYPE_DH_PUBLIC_KEY(T.PSA_DH_FAMILY_RFC7919), dhKeyHandler],
  [T.PSA_KEY_TYPE_AES, aesKeyHandler],
  [T.PSA_KEY_TYPE_DES, desKeyHandler],
  [T.PSA_KEY_TYPE_RSA_KEY_PAIR, rsaKeyHandler],
  [T.PSA_KEY_TYPE_RSA_PUBLIC_KEY, rsaKeyHandler],
  [T.PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(T.PSA_ECC_FAMILY_SECP_R1), spake2pKeyHandler],
  [T.PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY(T.PSA_ECC_FAMILY_SECP_R1), spake2pKeyHandler],
]);

export function keyTypeHandler(type: number): KeyTypeHandler | undefined {
  if (T.PSA_KEY_TYPE_IS_ECC_KEY_PAIR(type) || T.PSA_KEY_TYPE_IS_ECC_PUBLIC_KEY(type)) {
    const family = T.PSA_KEY_TYPE_ECC_GET_FAMILY(type);
    if (family === T.PSA_ECC_FAMILY_MONTGOMERY || family === T.PSA_ECC_FAMILY_TWISTED_EDWARDS) return montgomeryEdwardsKeyHandler;
    return eccKeyHandler;
  }
  return BY_TYPE.get(type);
}
