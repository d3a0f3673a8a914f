/**
 * Key derivation, PSA Crypto API 1.2 §10.6 (psa-arch-tests c008, c009, c018–c023, c066–c068).
 * `step` is a `psa_key_derivation_step_t` (targets/reference/psa/constants/kdf-steps.ts).
 */
import type { PsaDataResult, PsaKeyAttributes, PsaKeyId, PsaKeyResult, PsaOperation, PsaStatus } from './common';

export interface PsaCapacityResult {
  status: PsaStatus;
  capacity: number;
}

export interface PsaKeyDerivationApi {
  /** PSA_KEY_DERIVATION_OPERATION_INIT. */
  psa_key_derivation_operation_init(): Promise<PsaOperation>;
  psa_key_derivation_setup(operation: PsaOperation, alg: number): Promise<PsaStatus>;
  psa_key_derivation_get_capacity(operation: PsaOperation): Promise<PsaCapacityResult>;
  psa_key_derivation_set_capacity(operation: PsaOperation, capacity: number): Promise<PsaStatus>;
  psa_key_derivation_input_bytes(operation: PsaOperation, step: number, data: Uint8Array): Promise<PsaStatus>;
  psa_key_derivation_input_integer(operation: PsaOperation, step: number, value: number): Promise<PsaStatus>;
  psa_key_derivation_input_key(operation: PsaOperation, step: number, key: PsaKeyId): Promise<PsaStatus>;
  psa_key_derivation_key_agreement(operation: PsaOperation, step: number, privateKey: PsaKeyId, peerKey: Uint8Array): Promise<PsaStatus>;
  psa_key_derivation_output_bytes(operation: PsaOperation, outputLength: number): Promise<PsaDataResult>;
  psa_key_derivation_output_key(attributes: PsaKeyAttributes, operation: PsaOperation): Promise<PsaKeyResult>;
  psa_key_derivation_verify_bytes(operation: PsaOperation, expectedOutput: Uint8Array): Promise<PsaStatus>;
  psa_key_derivation_verify_key(operation: PsaOperation, expected: PsaKeyId): Promise<PsaStatus>;
  psa_key_derivation_abort(operation: PsaOperation): Promise<PsaStatus>;
}
