/**
 * AEAD algorithms, PSA Crypto API 1.2 §10.5 (psa-api doc/crypto/api/ops/aead.rst), one-shot engines:
 * - PSA_ALG_CCM with AES: nonce 7–13 bytes, tag 4, 6, 8, 10, 12, 14 or 16 (node:crypto aes-*-ccm);
 * - PSA_ALG_GCM with AES: nonce ≥ 1 byte (12 recommended), tag 4, 8 or 12–16 (node:crypto aes-*-gcm);
 * - PSA_ALG_CHACHA20_POLY1305 with CHACHA20: nonce 12, tag 16 (node:crypto chacha20-poly1305);
 * - PSA_ALG_XCHACHA20_POLY1305 with XCHACHA20: nonce 24, tag 16 (@noble/ciphers xchacha20poly1305).
 * PSA_AEAD_NONCE_LENGTH = `defaultNonce`; PSA_AEAD_TAG_LENGTH = the algorithm's length field.
 */
import { createCipheriv, createDecipheriv, type CipherCCMTypes, type CipherGCMTypes } from 'node:crypto';
import { xchacha20poly1305 } from '@noble/ciphers/chacha';
import { AT_LEAST_FLAG, BASE_OF_LENGTH_ALG, LENGTH_FIELD } from '../../constants/algorithm-classes';
import * as A from '../../constants/algorithms';
import { PSA_KEY_TYPE_AES, PSA_KEY_TYPE_CHACHA20, PSA_KEY_TYPE_XCHACHA20 } from '../../constants/key-types';
import { PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { psaNative, type CcmKeyHandle } from '../native';

export interface AeadSpec {
  alg: number;
  tagLength: number;
  defaultNonce: number;
  nonceOk(length: number): boolean;
  /** CCM needs the lengths before the nonce (psa_aead_set_lengths). */
  needsLengths: boolean;
  /** Whether psa_aead_set_lengths accepts these lengths (algorithm limits, §10.5 psa_aead_set_lengths). */
  lengthsOk(adLength: number, plaintextLength: number): boolean;
  encrypt(key: Buffer, nonce: Buffer, ad: Buffer, plaintext: Buffer): { ciphertext: Buffer; tag: Buffer };
  /** One-shot encryption straight into ciphertext || tag where a faster engine exists (CCM: ../native); undefined: use `encrypt`. */
  seal?(key: Buffer, nonce: Buffer, ad: Buffer, plaintext: Buffer): Buffer | undefined;
  /** The plaintext, or undefined when the tag does not verify. */
  decrypt(key: Buffer, nonce: Buffer, ad: Buffer, ciphertext: Buffer, tag: Buffer): Buffer | undefined;
}

type Base = Omit<AeadSpec, 'alg' | 'tagLength' | 'encrypt' | 'decrypt' | 'lengthsOk' | 'seal'> & {
  seal?(key: Buffer, nonce: Buffer, ad: Buffer, pt: Buffer, tagLength: number): Buffer | undefined;
  maxAd: number;
  maxText: number;
  keyType: number;
  tags: readonly number[];
  encrypt(key: Buffer, nonce: Buffer, ad: Buffer, pt: Buffer, tagLength: number): { ciphertext: Buffer; tag: Buffer };
  decrypt(key: Buffer, nonce: Buffer, ad: Buffer, ct: Buffer, tag: Buffer): Buffer | undefined;
};

/** node:crypto cipher names by AES key size, built once (the one-shot path runs per call). */
const aesNames = (mode: string): ((key: Buffer) => string) => {
  const names: Record<number, string> = { 16: `aes-128-${mode}`, 24: `aes-192-${mode}`, 32: `aes-256-${mode}` };
  return (key) => names[key.length] ?? `aes-${key.length * 8}-${mode}`;
};

function nodeAead(name: (key: Buffer) => string, ccm: boolean): Pick<Base, 'encrypt' | 'decrypt'> {
  return {
    encrypt(key, nonce, ad, pt, tagLength) {
      const c = createCipheriv(name(key) as CipherGCMTypes, key, nonce, { authTagLength: tagLength });
      if (ccm || ad.length) (c as unknown as { setAAD(b: Buffer, o: object): void }).setAAD(ad, { plaintextLength: pt.length });
      const body = c.update(pt);
      const rest = c.final(); // empty for CCM/GCM/ChaCha20-Poly1305 (stream modes): skip the copy then
      return { ciphertext: rest.length ? Buffer.concat([body, rest]) : body, tag: c.getAuthTag() };
    },
    decrypt(key, nonce, ad, ct, tag) {
      const d = createDecipheriv(name(key) as CipherCCMTypes, key, nonce, { authTagLength: tag.length });
      d.setAuthTag(tag);
      if (ccm || ad.length) d.setAAD(ad, { plaintextLength: ct.length });
      try {
        return Buffer.concat([d.update(ct), d.final()]);
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * AES-CCM on the native helper's per-key cipher context (the AES key schedule is built once per key,
 * as an embedded PSA implementation does); undefined without the addon, and then node:crypto serves.
 */
function nativeCcmSeal(): Base['seal'] {
  const addon = psaNative();
  if (!addon) return undefined;
  const contexts = new WeakMap<Buffer, CcmKeyHandle>();
  return (key, nonce, ad, pt, tagLength) => {
    // An empty message leaves OpenSSL's reused CCM context without a tag ("tag not set"): node:crypto
    // serves that corner (the one-shot bench and LwM2M/OSCORE messages always carry data).
    if (pt.length === 0) return undefined;
    let handle = contexts.get(key);
    if (handle === undefined) contexts.set(key, (handle = addon.ccmKey(key)));
    return addon.ccmEncrypt(handle, nonce, ad, pt, tagLength);
  };
}

const BASES = new Map<number, Base>([
  [BASE_OF_LENGTH_ALG(A.PSA_ALG_CCM), {
    // CCM: AD below 2^16 − 2^8 (the short length encoding, as Mbed TLS); data below 2^64 is capped by L at set_nonce.
    keyType: PSA_KEY_TYPE_AES, tags: [4, 6, 8, 10, 12, 14, 16], defaultNonce: 13, needsLengths: true, maxAd: 0xff00 - 1, maxText: 2 ** 53,
    nonceOk: (n) => n >= 7 && n <= 13, ...nodeAead(aesNames('ccm'), true), seal: nativeCcmSeal(),
  }],
  [BASE_OF_LENGTH_ALG(A.PSA_ALG_GCM), {
    // GCM (NIST SP 800-38D §5.2.1.1): plaintext ≤ 2^39 − 256 bits, AD ≤ 2^64 − 1 bits.
    keyType: PSA_KEY_TYPE_AES, tags: [4, 8, 12, 13, 14, 15, 16], defaultNonce: 12, needsLengths: false, maxAd: 2 ** 53, maxText: 2 ** 36 - 32,
    nonceOk: (n) => n >= 1, ...nodeAead(aesNames('gcm'), false),
  }],
  [BASE_OF_LENGTH_ALG(A.PSA_ALG_CHACHA20_POLY1305), {
    // RFC 8439 §2.8: plaintext up to 2^38 − 64 bytes.
    keyType: PSA_KEY_TYPE_CHACHA20, tags: [16], defaultNonce: 12, needsLengths: false, maxAd: 2 ** 53, maxText: 2 ** 38 - 64,
    nonceOk: (n) => n === 12, ...nodeAead(() => 'chacha20-poly1305', false),
  }],
  [BASE_OF_LENGTH_ALG(A.PSA_ALG_XCHACHA20_POLY1305), {
    keyType: PSA_KEY_TYPE_XCHACHA20, tags: [16], defaultNonce: 24, needsLengths: false, maxAd: 2 ** 53, maxText: 2 ** 38 - 64,
    nonceOk: (n) => n === 24,
    encrypt(key, nonce, ad, pt) {
      const sealed = Buffer.from(xchacha20poly1305(key, nonce, ad).encrypt(pt));
      return { ciphertext: sealed.subarray(0, pt.length), tag: sealed.subarray(pt.length) };
    },
    decrypt(key, nonce, ad, ct, tag) {
      try {
        return Buffer.from(xchacha20poly1305(key, nonce, ad).decrypt(Buffer.concat([ct, tag])));
      } catch {
        return undefined;
      }
    },
  }],
]);

/** An AEAD operation algorithm for a key type: a spec, or the status (§10.5 psa_aead_encrypt errors). */
/** Specs are pure functions of (alg, key type) and immutable: build each once (bench/psa-ops hot path). */
const SPECS = new Map<number, AeadSpec | number>();

export function aeadSpec(alg: number, keyType: number): AeadSpec | number {
  const cacheKey = alg * 0x10000 + keyType;
  let spec = SPECS.get(cacheKey);
  if (spec === undefined) SPECS.set(cacheKey, (spec = buildAeadSpec(alg, keyType)));
  return spec;
}

function buildAeadSpec(alg: number, keyType: number): AeadSpec | number {
  if (!A.PSA_ALG_IS_AEAD(alg) || alg & AT_LEAST_FLAG) return PSA_ERROR_INVALID_ARGUMENT;
  const base = BASES.get(BASE_OF_LENGTH_ALG(alg));
  if (!base) return PSA_ERROR_NOT_SUPPORTED;
  if (base.keyType !== keyType) return PSA_ERROR_INVALID_ARGUMENT;
  const tagLength = LENGTH_FIELD(alg);
  if (!base.tags.includes(tagLength)) return PSA_ERROR_INVALID_ARGUMENT;
  return {
    alg,
    tagLength,
    defaultNonce: base.defaultNonce,
    nonceOk: base.nonceOk,
    needsLengths: base.needsLengths,
    lengthsOk: (ad, text) => Number.isSafeInteger(ad) && Number.isSafeInteger(text) && ad >= 0 && text >= 0 && ad <= base.maxAd && text <= base.maxText,
    encrypt: (k, n, ad, pt) => base.encrypt(k, n, ad, pt, tagLength),
    seal: base.seal && ((k, n, ad, pt) => base.seal!(k, n, ad, pt, tagLength)),
    decrypt: base.decrypt,
  };
}

export const isAeadSpec = (s: AeadSpec | number): s is AeadSpec => typeof s !== 'number';
