/**
 * RSA keys (PSA Crypto API 1.2 §9.2.4): PSA_KEY_TYPE_RSA_KEY_PAIR is the DER encoding of PKCS#1
 * RSAPrivateKey (version 0), PSA_KEY_TYPE_RSA_PUBLIC_KEY the DER encoding of RSAPublicKey; the key
 * size is the modulus length in bits.
 *
 * Import is conservative, as §9.6 recommends: the data must parse with node:crypto *and* re-encode
 * to the same bytes, so trailing garbage or non-canonical DER is rejected (INVALID_ARGUMENT), and
 * export then returns exactly what was imported (psa-arch-tests c003 checkpoint 7 compares them).
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { PSA_KEY_TYPE_IS_KEY_PAIR } from '../../constants/key-types';
import { PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { fail, ok, withBits, type KeyTypeHandler } from './types';

/** Modulus sizes this simulator accepts. */
export const RSA_MIN_BITS = 1024;
export const RSA_MAX_BITS = 4096;

const isSupportedSize = (bits: number): boolean => bits >= RSA_MIN_BITS && bits <= RSA_MAX_BITS && bits % 8 === 0;

function parse(type: number, data: Buffer): KeyObject | undefined {
  try {
    const key = PSA_KEY_TYPE_IS_KEY_PAIR(type)
      ? createPrivateKey({ key: data, format: 'der', type: 'pkcs1' })
      : createPublicKey({ key: data, format: 'der', type: 'pkcs1' });
    const canonical = key.export({ format: 'der', type: 'pkcs1' });
    return canonical.equals(data) ? key : undefined;
  } catch {
    return undefined;
  }
}

export const rsaKeyHandler: KeyTypeHandler = {
  import(type, data, bits) {
    const key = parse(type, data);
    if (!key) return fail(PSA_ERROR_INVALID_ARGUMENT);
    const modulusBits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (!isSupportedSize(modulusBits)) return fail(PSA_ERROR_NOT_SUPPORTED);
    return withBits(bits, modulusBits, Buffer.from(data));
  },
  generate(_type, bits) {
    if (!isSupportedSize(bits)) return fail(PSA_ERROR_NOT_SUPPORTED);
    // §9.6 psa_generate_key: "For RSA keys, the public exponent is 65537."
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: bits, publicExponent: 65537 });
    return ok(bits, privateKey.export({ format: 'der', type: 'pkcs1' }));
  },
  exportPublic(type, material) {
    if (!PSA_KEY_TYPE_IS_KEY_PAIR(type)) return Buffer.from(material);
    const privateKey = createPrivateKey({ key: material, format: 'der', type: 'pkcs1' });
    return createPublicKey(privateKey).export({ format: 'der', type: 'pkcs1' });
  },
};
