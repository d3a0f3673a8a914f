/**
 * Unauthenticated cipher modes, PSA Crypto API 1.2 §10.4 (psa-api doc/crypto/api/ops/ciphers.rst),
 * per key type, as streaming engines:
 * - AES: ECB_NO_PADDING, CBC_NO_PADDING, CBC_PKCS7, CTR, CFB, OFB (node:crypto), CCM_STAR_NO_TAG
 *   (CCM's CTR with counter block flags=L-1 || nonce(13) || counter from 1, RFC 3610 §2.3);
 * - DES (2-key / 3-key Triple-DES): ECB_NO_PADDING, CBC_NO_PADDING, CBC_PKCS7 (node des-ede*);
 * - CHACHA20 with PSA_ALG_STREAM_CIPHER: 12-byte nonce, initial counter 0 (RFC 7539; node chacha20
 *   takes a 16-byte IV = 32-bit little-endian counter || nonce);
 * - XCHACHA20 with PSA_ALG_STREAM_CIPHER: 24-byte nonce (@noble/ciphers xchacha20).
 * PSA_CIPHER_IV_LENGTH is the `ivLength` of each entry; 0 means the mode takes no IV.
 */
import { createCipheriv, createDecipheriv, type Cipher, type Decipher } from 'node:crypto';
import { xchacha20 } from '@noble/ciphers/chacha';
import * as A from '../../constants/algorithms';
import { PSA_KEY_TYPE_AES, PSA_KEY_TYPE_CHACHA20, PSA_KEY_TYPE_DES, PSA_KEY_TYPE_XCHACHA20 } from '../../constants/key-types';

/** A running cipher: `update` returns what can be output so far, `final` the rest (throws on bad padding/length). */
export interface CipherEngine {
  update(input: Buffer): Buffer;
  final(): Buffer;
}

export interface CipherMode {
  ivLength: number;
  blockLength: number;
  /** Whether `final` may fail for a partial block (no-padding block modes). */
  needsWholeBlocks: boolean;
  start(key: Buffer, iv: Buffer, encrypt: boolean): CipherEngine;
}

function nodeEngine(name: string, padding: boolean): CipherMode['start'] {
  return (key, iv, encrypt) => {
    const c: Cipher | Decipher = encrypt ? createCipheriv(name, key, iv.length ? iv : null) : createDecipheriv(name, key, iv.length ? iv : null);
    c.setAutoPadding(padding);
    return { update: (input) => c.update(input), final: () => c.final() };
  };
}

/** For stream ciphers without a streaming API: re-run from the start, emit only the new bytes. */
function wholeMessageEngine(run: (data: Uint8Array) => Uint8Array): CipherEngine {
  let seen = Buffer.alloc(0);
  return {
    update(input) {
      const before = seen.length;
      seen = Buffer.concat([seen, input]);
      return Buffer.from(run(seen)).subarray(before);
    },
    final: () => Buffer.alloc(0),
  };
}

const aesName = (key: Buffer, mode: string): string => `aes-${key.length * 8}-${mode}`;
const desName = (key: Buffer, mode: string): string => (key.length === 16 ? `des-ede${mode ? `-${mode}` : ''}` : `des-ede3${mode ? `-${mode}` : ''}`);

function aes(mode: string, ivLength: number, padding: boolean, whole: boolean): CipherMode {
  return { ivLength, blockLength: whole || padding ? 16 : 1, needsWholeBlocks: whole, start: (k, iv, e) => nodeEngine(aesName(k, mode), padding)(k, iv, e) };
}

function des(mode: string, ivLength: number, padding: boolean): CipherMode {
  return { ivLength, blockLength: 8, needsWholeBlocks: !padding, start: (k, iv, e) => nodeEngine(desName(k, mode), padding)(k, iv, e) };
}

const CCM_STAR: CipherMode = {
  ivLength: 13,
  blockLength: 1,
  needsWholeBlocks: false,
  start(key, nonce, encrypt) {
    const counter = Buffer.concat([Buffer.from([15 - nonce.length - 1]), nonce, Buffer.from([0, 1])]);
    return nodeEngine(aesName(key, 'ctr'), false)(key, counter, encrypt);
  },
};

const CHACHA20: CipherMode = {
  ivLength: 12,
  blockLength: 1,
  needsWholeBlocks: false,
  start: (key, nonce, encrypt) => nodeEngine('chacha20', false)(key, Buffer.concat([Buffer.alloc(4), nonce]), encrypt),
};

const XCHACHA20: CipherMode = {
  ivLength: 24,
  blockLength: 1,
  needsWholeBlocks: false,
  start: (key, nonce) => wholeMessageEngine((data) => xchacha20(key, nonce, data)),
};

const MODES = new Map<number, Map<number, CipherMode>>([
  [
    PSA_KEY_TYPE_AES,
    new Map([
      [A.PSA_ALG_ECB_NO_PADDING, aes('ecb', 0, false, true)],
      [A.PSA_ALG_CBC_NO_PADDING, aes('cbc', 16, false, true)],
      [A.PSA_ALG_CBC_PKCS7, aes('cbc', 16, true, false)],
      [A.PSA_ALG_CTR, aes('ctr', 16, false, false)],
      [A.PSA_ALG_CFB, aes('cfb', 16, false, false)],
      [A.PSA_ALG_OFB, aes('ofb', 16, false, false)],
      [A.PSA_ALG_CCM_STAR_NO_TAG, CCM_STAR],
    ]),
  ],
  [
    PSA_KEY_TYPE_DES,
    new Map([
      [A.PSA_ALG_ECB_NO_PADDING, des('', 0, false)],
      [A.PSA_ALG_CBC_NO_PADDING, des('cbc', 8, false)],
      [A.PSA_ALG_CBC_PKCS7, des('cbc', 8, true)],
    ]),
  ],
  [PSA_KEY_TYPE_CHACHA20, new Map([[A.PSA_ALG_STREAM_CIPHER, CHACHA20]])],
  [PSA_KEY_TYPE_XCHACHA20, new Map([[A.PSA_ALG_STREAM_CIPHER, XCHACHA20]])],
]);

/** The mode for a key type and cipher algorithm, or undefined when the pair is not supported. */
export function cipherMode(keyType: number, alg: number): CipherMode | undefined {
  return MODES.get(keyType)?.get(alg >>> 0);
}

/** Cipher algorithms the simulator knows (any key type), for NOT_SUPPORTED vs INVALID_ARGUMENT. */
export const KNOWN_CIPHER_ALGS: ReadonlySet<number> = new Set([...MODES.values()].flatMap((m) => [...m.keys()]));
