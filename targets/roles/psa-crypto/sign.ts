/** Asymmetric signature, PSA Crypto API 1.2 §10.7 (psa-arch-tests c041, c042, c052, c053). */
import type { PsaDataResult, PsaKeyId, PsaStatus } from './common';

export interface PsaSignApi {
  psa_sign_message(key: PsaKeyId, alg: number, input: Uint8Array, signatureSize: number): Promise<PsaDataResult>;
  psa_verify_message(key: PsaKeyId, alg: number, input: Uint8Array, signature: Uint8Array): Promise<PsaStatus>;
  psa_sign_hash(key: PsaKeyId, alg: number, hash: Uint8Array, signatureSize: number): Promise<PsaDataResult>;
  psa_verify_hash(key: PsaKeyId, alg: number, hash: Uint8Array, signature: Uint8Array): Promise<PsaStatus>;
}
