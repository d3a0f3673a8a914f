/**
 * The algorithms an OSCORE Security Context names (RFC 8613 §3.1, §3.2.1): the AEAD (COSE
 * algorithm ids, RFC 8152 Table 10) and the hash of the HKDF. OSCORE's mandatory-to-implement
 * AEAD is AES-CCM-16-64-128 (id 10, RFC 8613 §3.2.1): 16-byte key, 13-byte nonce, 8-byte tag.
 */
import { OscoreConfigurationError } from './errors';

export interface AeadAlgorithm {
  /** COSE algorithm id (RFC 8152 Table 10). */
  id: number;
  /** node:crypto cipher name. */
  cipher: 'aes-128-ccm';
  keyLength: number;
  nonceLength: number;
  tagLength: number;
  /**
   * Largest Sender Sequence Number (RFC 8613 §7.2.1: algorithm dependent and below 2^40; the
   * Partial IV field holds at most 5 bytes, §6.1).
   */
  maxSequenceNumber: number;
}

/** RFC 8613 §3.2.1 default AEAD. */
export const AES_CCM_16_64_128: AeadAlgorithm = {
  id: 10,
  cipher: 'aes-128-ccm',
  keyLength: 16,
  nonceLength: 13,
  tagLength: 8,
  maxSequenceNumber: 2 ** 40 - 1,
};

const AEADS = new Map<number, AeadAlgorithm>([[AES_CCM_16_64_128.id, AES_CCM_16_64_128]]);

export function aeadAlgorithm(id: number): AeadAlgorithm {
  const aead = AEADS.get(id);
  if (!aead) throw new OscoreConfigurationError(`unsupported OSCORE AEAD algorithm ${id} (supported: 10 AES-CCM-16-64-128)`);
  return aead;
}

/**
 * HKDF hash by algorithm id. RFC 8613 §3.2.1 names the HKDF by its COSE id (-10 = HKDF SHA-256,
 * RFC 8152 Table 16); the LwM2M OSCORE object /21/x/4 stores the HMAC id (5 = HMAC 256/256,
 * RFC 8152 Table 7). Both name the same HKDF, so both are accepted.
 */
const HKDF_HASHES = new Map<number, 'sha256' | 'sha512'>([
  [-10, 'sha256'],
  [5, 'sha256'],
  [-11, 'sha512'],
  [7, 'sha512'],
]);

/** RFC 8613 §3.2.1 default HKDF: HKDF SHA-256. */
export const HKDF_SHA_256 = -10;

export function hkdfHash(id: number): 'sha256' | 'sha512' {
  const hash = HKDF_HASHES.get(id);
  if (!hash) throw new OscoreConfigurationError(`unsupported OSCORE HKDF/HMAC algorithm ${id} (supported: -10 or 5 SHA-256, -11 or 7 SHA-512)`);
  return hash;
}
