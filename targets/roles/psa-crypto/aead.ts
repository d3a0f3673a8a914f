/** Authenticated encryption with associated data, PSA Crypto API 1.2 §10.5 (psa-arch-tests c024, c025, c054–c063). */
import type { PsaDataResult, PsaKeyId, PsaOperation, PsaStatus } from './common';

export interface PsaAeadFinishResult {
  status: PsaStatus;
  /** The last part of the ciphertext (`ciphertext_length` bytes). */
  ciphertext: Uint8Array;
  /** The authentication tag (`tag_length` bytes). */
  tag: Uint8Array;
}

export interface PsaAeadApi {
  /** `psa_aead_encrypt(key, alg, nonce, …, additional_data, …, plaintext, …, ciphertext, ciphertext_size, &len)`: ciphertext || tag. */
  psa_aead_encrypt(
    key: PsaKeyId,
    alg: number,
    nonce: Uint8Array,
    additionalData: Uint8Array,
    plaintext: Uint8Array,
    ciphertextSize: number,
  ): Promise<PsaDataResult>;
  /** `psa_aead_decrypt(…)`: a wrong tag → PSA_ERROR_INVALID_SIGNATURE. */
  psa_aead_decrypt(
    key: PsaKeyId,
    alg: number,
    nonce: Uint8Array,
    additionalData: Uint8Array,
    ciphertext: Uint8Array,
    plaintextSize: number,
  ): Promise<PsaDataResult>;
  /** PSA_AEAD_OPERATION_INIT. */
  psa_aead_operation_init(): Promise<PsaOperation>;
  psa_aead_encrypt_setup(operation: PsaOperation, key: PsaKeyId, alg: number): Promise<PsaStatus>;
  psa_aead_decrypt_setup(operation: PsaOperation, key: PsaKeyId, alg: number): Promise<PsaStatus>;
  psa_aead_set_lengths(operation: PsaOperation, adLength: number, plaintextLength: number): Promise<PsaStatus>;
  psa_aead_generate_nonce(operation: PsaOperation, nonceSize: number): Promise<PsaDataResult>;
  psa_aead_set_nonce(operation: PsaOperation, nonce: Uint8Array): Promise<PsaStatus>;
  psa_aead_update_ad(operation: PsaOperation, input: Uint8Array): Promise<PsaStatus>;
  psa_aead_update(operation: PsaOperation, input: Uint8Array, outputSize: number): Promise<PsaDataResult>;
  psa_aead_finish(operation: PsaOperation, ciphertextSize: number, tagSize: number): Promise<PsaAeadFinishResult>;
  psa_aead_verify(operation: PsaOperation, plaintextSize: number, tag: Uint8Array): Promise<PsaDataResult>;
  psa_aead_abort(operation: PsaOperation): Promise<PsaStatus>;
}
