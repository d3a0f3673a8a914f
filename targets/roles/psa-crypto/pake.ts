/**
 * Password-authenticated key exchange, PSA Crypto API 1.2 PAKE extension (psa-api
 * doc/ext-pake/, psa-arch-tests c069–c079). The cipher suite travels as plain data.
 */
import type { PsaDataResult, PsaKeyAttributes, PsaKeyId, PsaKeyResult, PsaOperation, PsaStatus } from './common';

/** `psa_pake_cipher_suite_t`: algorithm, primitive (`PSA_PAKE_PRIMITIVE(type, family, bits)`), key-confirmation. */
export interface PsaPakeCipherSuite {
  alg: number;
  primitive: number;
  /** PSA_PAKE_CONFIRMED_KEY (0) or PSA_PAKE_UNCONFIRMED_KEY (1). */
  keyConfirmation: number;
}

export interface PsaPakeApi {
  /** PSA_PAKE_OPERATION_INIT. */
  psa_pake_operation_init(): Promise<PsaOperation>;
  psa_pake_setup(operation: PsaOperation, passwordKey: PsaKeyId, cipherSuite: PsaPakeCipherSuite): Promise<PsaStatus>;
  psa_pake_set_role(operation: PsaOperation, role: number): Promise<PsaStatus>;
  psa_pake_set_user(operation: PsaOperation, userId: Uint8Array): Promise<PsaStatus>;
  psa_pake_set_peer(operation: PsaOperation, peerId: Uint8Array): Promise<PsaStatus>;
  psa_pake_set_context(operation: PsaOperation, context: Uint8Array): Promise<PsaStatus>;
  psa_pake_output(operation: PsaOperation, step: number, outputSize: number): Promise<PsaDataResult>;
  psa_pake_input(operation: PsaOperation, step: number, input: Uint8Array): Promise<PsaStatus>;
  psa_pake_get_shared_key(operation: PsaOperation, attributes: PsaKeyAttributes): Promise<PsaKeyResult>;
  psa_pake_abort(operation: PsaOperation): Promise<PsaStatus>;
}
