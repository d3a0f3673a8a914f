/** Key agreement, PSA Crypto API 1.2 §10.9 (psa-arch-tests c043, c080). */
import type { PsaDataResult, PsaKeyAttributes, PsaKeyId, PsaKeyResult } from './common';

export interface PsaKeyAgreementApi {
  /** `psa_raw_key_agreement(alg, private_key, peer_key, peer_key_length, output, output_size, &output_length)`. */
  psa_raw_key_agreement(alg: number, privateKey: PsaKeyId, peerKey: Uint8Array, outputSize: number): Promise<PsaDataResult>;
  /** `psa_key_agreement(private_key, peer_key, peer_key_length, alg, attributes, &key)` (new in 1.2). */
  psa_key_agreement(privateKey: PsaKeyId, peerKey: Uint8Array, alg: number, attributes: PsaKeyAttributes): Promise<PsaKeyResult>;
}
