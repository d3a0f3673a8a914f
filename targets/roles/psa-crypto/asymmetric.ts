/** Asymmetric encryption, PSA Crypto API 1.2 §10.8 (psa-arch-tests c039, c040). `salt` is the OAEP label. */
import type { PsaDataResult, PsaKeyId } from './common';

export interface PsaAsymmetricApi {
  psa_asymmetric_encrypt(key: PsaKeyId, alg: number, input: Uint8Array, salt: Uint8Array, outputSize: number): Promise<PsaDataResult>;
  psa_asymmetric_decrypt(key: PsaKeyId, alg: number, input: Uint8Array, salt: Uint8Array, outputSize: number): Promise<PsaDataResult>;
}
