/** Message authentication codes, PSA Crypto API 1.2 §10.3 (psa-arch-tests c026–c031, c046–c049). */
import type { PsaDataResult, PsaKeyId, PsaOperation, PsaStatus } from './common';

export interface PsaMacApi {
  /** `psa_mac_compute(key, alg, input, input_length, mac, mac_size, &mac_length)`. */
  psa_mac_compute(key: PsaKeyId, alg: number, input: Uint8Array, macSize: number): Promise<PsaDataResult>;
  /** `psa_mac_verify(key, alg, input, input_length, mac, mac_length)`. */
  psa_mac_verify(key: PsaKeyId, alg: number, input: Uint8Array, mac: Uint8Array): Promise<PsaStatus>;
  /** PSA_MAC_OPERATION_INIT. */
  psa_mac_operation_init(): Promise<PsaOperation>;
  psa_mac_sign_setup(operation: PsaOperation, key: PsaKeyId, alg: number): Promise<PsaStatus>;
  psa_mac_verify_setup(operation: PsaOperation, key: PsaKeyId, alg: number): Promise<PsaStatus>;
  psa_mac_update(operation: PsaOperation, input: Uint8Array): Promise<PsaStatus>;
  psa_mac_sign_finish(operation: PsaOperation, macSize: number): Promise<PsaDataResult>;
  psa_mac_verify_finish(operation: PsaOperation, mac: Uint8Array): Promise<PsaStatus>;
  psa_mac_abort(operation: PsaOperation): Promise<PsaStatus>;
}
