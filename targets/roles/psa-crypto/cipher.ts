/** Unauthenticated ciphers, PSA Crypto API 1.2 §10.4 (psa-arch-tests c032–c038, c050, c051). */
import type { PsaDataResult, PsaKeyId, PsaOperation, PsaStatus } from './common';

export interface PsaCipherApi {
  /** `psa_cipher_encrypt(key, alg, input, …, output, output_size, &output_length)`: output = IV || ciphertext. */
  psa_cipher_encrypt(key: PsaKeyId, alg: number, input: Uint8Array, outputSize: number): Promise<PsaDataResult>;
  /** `psa_cipher_decrypt(key, alg, input, …)`: input = IV || ciphertext. */
  psa_cipher_decrypt(key: PsaKeyId, alg: number, input: Uint8Array, outputSize: number): Promise<PsaDataResult>;
  /** PSA_CIPHER_OPERATION_INIT. */
  psa_cipher_operation_init(): Promise<PsaOperation>;
  psa_cipher_encrypt_setup(operation: PsaOperation, key: PsaKeyId, alg: number): Promise<PsaStatus>;
  psa_cipher_decrypt_setup(operation: PsaOperation, key: PsaKeyId, alg: number): Promise<PsaStatus>;
  psa_cipher_generate_iv(operation: PsaOperation, ivSize: number): Promise<PsaDataResult>;
  psa_cipher_set_iv(operation: PsaOperation, iv: Uint8Array): Promise<PsaStatus>;
  psa_cipher_update(operation: PsaOperation, input: Uint8Array, outputSize: number): Promise<PsaDataResult>;
  psa_cipher_finish(operation: PsaOperation, outputSize: number): Promise<PsaDataResult>;
  psa_cipher_abort(operation: PsaOperation): Promise<PsaStatus>;
}
