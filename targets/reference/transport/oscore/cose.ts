/**
 * The COSE_Encrypt0 object OSCORE carries (RFC 8613 §5): the AEAD nonce (§5.2), the external AAD
 * and the AAD (§5.3, §5.4), and AES-CCM encryption with node:crypto (RFC 8152 §10.2).
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { encode } from 'cbor-x';
import type { AeadAlgorithm } from './algorithms';
import { decryptionFailed } from './errors';

/**
 * §5.2: the Partial IV left-padded to 5 bytes, the ID_PIV (Sender ID of the endpoint that made the
 * Partial IV) left-padded to nonce length - 6, its length in one byte first; XOR the Common IV.
 */
export function nonceOf(commonIv: Buffer, idPiv: Buffer, partialIv: Buffer): Buffer {
  const length = commonIv.length;
  const nonce = Buffer.alloc(length);
  nonce[0] = idPiv.length;
  idPiv.copy(nonce, length - 5 - idPiv.length);
  partialIv.copy(nonce, length - partialIv.length);
  for (let i = 0; i < length; i++) nonce[i]! ^= commonIv[i]!;
  return nonce;
}

/**
 * §5.4: external_aad = [oscore_version: 1, algorithms: [alg_aead], request_kid, request_piv,
 * options: h''] (no Class I options are defined), wrapped in the COSE Enc_structure
 * ["Encrypt0", protected: h'', external_aad] (RFC 8152 §5.3).
 */
export function aadOf(aeadId: number, requestKid: Buffer, requestPiv: Buffer): Buffer {
  const externalAad = encode([1, [aeadId], requestKid, requestPiv, EMPTY]);
  return encode(['Encrypt0', EMPTY, externalAad]);
}

export function encrypt(aead: AeadAlgorithm, key: Buffer, nonce: Buffer, aad: Buffer, plaintext: Buffer): Buffer {
  const cipher = createCipheriv(aead.cipher, key, nonce, { authTagLength: aead.tagLength });
  cipher.setAAD(aad, { plaintextLength: plaintext.length });
  const body = cipher.update(plaintext);
  cipher.final();
  return Buffer.concat([body, cipher.getAuthTag()]);
}

/** Throws the §8.2 step 6 "Decryption failed" error when the tag does not verify. */
export function decrypt(aead: AeadAlgorithm, key: Buffer, nonce: Buffer, aad: Buffer, ciphertext: Buffer): Buffer {
  if (ciphertext.length < aead.tagLength + 1) throw decryptionFailed(`ciphertext of ${ciphertext.length} bytes is shorter than the tag plus the code`);
  const body = ciphertext.subarray(0, ciphertext.length - aead.tagLength);
  const decipher = createDecipheriv(aead.cipher, key, nonce, { authTagLength: aead.tagLength });
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - aead.tagLength));
  decipher.setAAD(aad, { plaintextLength: body.length });
  try {
    // node checks the CCM tag in update() and final(): either may throw.
    const plaintext = decipher.update(body);
    decipher.final();
    return plaintext;
  } catch {
    throw decryptionFailed();
  }
}

const EMPTY = Buffer.alloc(0);
