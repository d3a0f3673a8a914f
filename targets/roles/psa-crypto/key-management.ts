/**
 * Library and key management functions: PSA Crypto API 1.2 §8.2 (psa_crypto_init), §10.10
 * (psa_generate_random), §9.1 (psa_get_key_attributes) and §9.6 "Key management functions".
 * psa-arch-tests c001–c005, c010, c016, c017, c044.
 */
import type { PsaAttributesResult, PsaDataResult, PsaKeyAttributes, PsaKeyId, PsaKeyResult, PsaStatus } from './common';

export interface PsaKeyManagementApi {
  /** §8.2 `psa_crypto_init()`: may be called more than once; every other call needs it first. */
  psa_crypto_init(): Promise<PsaStatus>;
  /** §10.10 `psa_generate_random(output, output_size)`. */
  psa_generate_random(outputSize: number): Promise<PsaDataResult>;
  /** §9.6 `psa_import_key(attributes, data, data_length, &key)`. */
  psa_import_key(attributes: PsaKeyAttributes, data: Uint8Array): Promise<PsaKeyResult>;
  /** §9.6 `psa_generate_key(attributes, &key)`. */
  psa_generate_key(attributes: PsaKeyAttributes): Promise<PsaKeyResult>;
  /** §9.6 `psa_copy_key(source_key, attributes, &target_key)`: usage = intersection, algorithms must be compatible. */
  psa_copy_key(sourceKey: PsaKeyId, attributes: PsaKeyAttributes): Promise<PsaKeyResult>;
  /** §9.6 `psa_export_key(key, data, data_size, &data_length)`; `dataSize` is the caller's buffer size. */
  psa_export_key(key: PsaKeyId, dataSize: number): Promise<PsaDataResult>;
  /** §9.6 `psa_export_public_key(key, data, data_size, &data_length)`. */
  psa_export_public_key(key: PsaKeyId, dataSize: number): Promise<PsaDataResult>;
  /** §9.6 `psa_destroy_key(key)`: PSA_KEY_ID_NULL is a no-op returning PSA_SUCCESS. */
  psa_destroy_key(key: PsaKeyId): Promise<PsaStatus>;
  /** §9.6 `psa_purge_key(key)`: drops cached copies of a persistent key; the key stays usable. */
  psa_purge_key(key: PsaKeyId): Promise<PsaStatus>;
  /** §9.1 `psa_get_key_attributes(key, &attributes)`. */
  psa_get_key_attributes(key: PsaKeyId): Promise<PsaAttributesResult>;
  /**
   * Not a spec function: the application instance ends (volatile keys are gone, persistent keys stay
   * in storage) and the target releases what it holds. Safe to call twice.
   */
  close(): Promise<void>;
}
