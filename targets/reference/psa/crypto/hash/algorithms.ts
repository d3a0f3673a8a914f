/**
 * Hash algorithms the simulator supports, PSA Crypto API 1.2 §10.2, mapped to node:crypto (OpenSSL 3
 * default provider). PSA_HASH_LENGTH(alg) = `length`. MD2 and MD4 need OpenSSL's legacy provider and
 * AES-MMO-Zigbee has no implementation here: they are valid hash algorithms this simulator does not
 * support (PSA_ERROR_NOT_SUPPORTED), and the capability manifest does not claim them.
 */
import * as A from '../../constants/algorithms';

export interface HashInfo {
  /** PSA name without the PSA_ALG_ prefix: the `@requires:alg=` value. */
  name: string;
  node: string;
  /** PSA_HASH_LENGTH(alg). */
  length: number;
  /** PSA_HASH_BLOCK_LENGTH(alg): the HMAC block size. */
  block: number;
  /** node option for XOFs (SHAKE256-512 = 64 bytes of SHAKE256). */
  outputLength?: number;
}

const TABLE: ReadonlyArray<[number, HashInfo]> = [
  [A.PSA_ALG_MD5, { name: 'MD5', node: 'md5', length: 16, block: 64 }],
  [A.PSA_ALG_RIPEMD160, { name: 'RIPEMD160', node: 'ripemd160', length: 20, block: 64 }],
  [A.PSA_ALG_SHA_1, { name: 'SHA_1', node: 'sha1', length: 20, block: 64 }],
  [A.PSA_ALG_SHA_224, { name: 'SHA_224', node: 'sha224', length: 28, block: 64 }],
  [A.PSA_ALG_SHA_256, { name: 'SHA_256', node: 'sha256', length: 32, block: 64 }],
  [A.PSA_ALG_SHA_384, { name: 'SHA_384', node: 'sha384', length: 48, block: 128 }],
  [A.PSA_ALG_SHA_512, { name: 'SHA_512', node: 'sha512', length: 64, block: 128 }],
  [A.PSA_ALG_SHA_512_224, { name: 'SHA_512_224', node: 'sha512-224', length: 28, block: 128 }],
  [A.PSA_ALG_SHA_512_256, { name: 'SHA_512_256', node: 'sha512-256', length: 32, block: 128 }],
  [A.PSA_ALG_SHA3_224, { name: 'SHA3_224', node: 'sha3-224', length: 28, block: 144 }],
  [A.PSA_ALG_SHA3_256, { name: 'SHA3_256', node: 'sha3-256', length: 32, block: 136 }],
  [A.PSA_ALG_SHA3_384, { name: 'SHA3_384', node: 'sha3-384', length: 48, block: 104 }],
  [A.PSA_ALG_SHA3_512, { name: 'SHA3_512', node: 'sha3-512', length: 64, block: 72 }],
  [A.PSA_ALG_SM3, { name: 'SM3', node: 'sm3', length: 32, block: 64 }],
  [A.PSA_ALG_SHAKE256_512, { name: 'SHAKE256_512', node: 'shake256', length: 64, block: 136, outputLength: 64 }],
];

const BY_ALG = new Map(TABLE);

/** The supported hash algorithm `alg`, or undefined. */
export function hashInfo(alg: number): HashInfo | undefined {
  return BY_ALG.get(alg >>> 0);
}

/** Every supported hash, for the capability manifest. */
export const SUPPORTED_HASHES: readonly HashInfo[] = TABLE.map(([, info]) => info);

/** SHAKE256-512 is an XOF "hash" usable only as a hash, not inside HMAC or signatures (§10.2). */
export function isFixedLengthHash(alg: number): boolean {
  const info = hashInfo(alg);
  return info !== undefined && info.outputLength === undefined;
}
