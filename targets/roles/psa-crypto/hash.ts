/** Message digests, PSA Crypto API 1.2 §10.2 (psa-arch-tests c006, c007, c011–c015, c045, c064, c065). */
import type { PsaDataResult, PsaOperation, PsaStatus } from './common';

export interface PsaHashApi {
  /** `psa_hash_compute(alg, input, input_length, hash, hash_size, &hash_length)`. */
  psa_hash_compute(alg: number, input: Uint8Array, hashSize: number): Promise<PsaDataResult>;
  /** `psa_hash_compare(alg, input, input_length, hash, hash_length)`: INVALID_SIGNATURE on mismatch. */
  psa_hash_compare(alg: number, input: Uint8Array, hash: Uint8Array): Promise<PsaStatus>;
  /** PSA_HASH_OPERATION_INIT: a fresh inactive operation. */
  psa_hash_operation_init(): Promise<PsaOperation>;
  psa_hash_setup(operation: PsaOperation, alg: number): Promise<PsaStatus>;
  psa_hash_update(operation: PsaOperation, input: Uint8Array): Promise<PsaStatus>;
  psa_hash_finish(operation: PsaOperation, hashSize: number): Promise<PsaDataResult>;
  psa_hash_verify(operation: PsaOperation, hash: Uint8Array): Promise<PsaStatus>;
  psa_hash_abort(operation: PsaOperation): Promise<PsaStatus>;
  /** `psa_hash_clone(source_operation, target_operation)`: target must be inactive. */
  psa_hash_clone(sourceOperation: PsaOperation, targetOperation: PsaOperation): Promise<PsaStatus>;
  /** `psa_hash_suspend(operation, hash_state, hash_state_size, &hash_state_length)` (optional API). */
  psa_hash_suspend(operation: PsaOperation, hashStateSize: number): Promise<PsaDataResult>;
  /** `psa_hash_resume(operation, hash_state, hash_state_length)` (optional API). */
  psa_hash_resume(operation: PsaOperation, hashState: Uint8Array): Promise<PsaStatus>;
}
