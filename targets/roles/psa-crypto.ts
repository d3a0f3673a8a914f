/**
 * Role: a PSA Crypto API implementation under test (PSA Certified Crypto API 1.2). One typed async
 * method per spec function, named exactly as the spec; statuses are the spec's numbers
 * (`PSA_ERROR_NOT_PERMITTED` = -133, see targets/reference/psa/constants/status.ts). Output buffers
 * are modelled by the caller's buffer size (`dataSize`), so PSA_ERROR_BUFFER_TOO_SMALL is testable.
 *
 * Every method is async and takes/returns plain data only, so the same interface can be served by an
 * in-process simulator, a C shim or an out-of-process bridge (DESIGN.md "Targets and capabilities").
 * Mirrors psa-arch-tests' PAL table (api-tests/platform/targets/common/nspe/crypto/pal_crypto_intf.c),
 * one typed method per `PAL_CRYPTO_*` code instead of a varargs switch.
 */

/** `psa_status_t`: 0 = PSA_SUCCESS, negative = an error (PSA Crypto API 1.2 §8.1). */
export type PsaStatus = number;

/** `psa_key_id_t`: 0 = PSA_KEY_ID_NULL (§9.4). */
export type PsaKeyId = number;

/**
 * `psa_key_attributes_t` as plain data (§9.1). A fresh attribute object (PSA_KEY_ATTRIBUTES_INIT) is
 * all zeros: type NONE, bits 0 (= infer on import), no usage, PSA_ALG_NONE, volatile, id NULL.
 */
export interface PsaKeyAttributes {
  /** `psa_key_type_t` (16 bit), §9.2, e.g. PSA_KEY_TYPE_AES = 0x2400. */
  type: number;
  /** Key size in bits (`size_t`); 0 on import means "determined from the key data". */
  bits: number;
  /** `psa_key_usage_t` flags, §9.5.4, e.g. PSA_KEY_USAGE_EXPORT = 0x1. */
  usage: number;
  /** `psa_algorithm_t` permitted-algorithm policy, §9.5.2; 0 = PSA_ALG_NONE. */
  alg: number;
  /** `psa_key_lifetime_t`, §9.3; 0 = PSA_KEY_LIFETIME_VOLATILE, 1 = PSA_KEY_LIFETIME_PERSISTENT. */
  lifetime: number;
  /** `psa_key_id_t`, §9.4; required (USER range) for persistent keys, 0 for volatile ones. */
  id: number;
}

export interface PsaKeyResult {
  status: PsaStatus;
  /** The new key's identifier on success; PSA_KEY_ID_NULL (0) on failure. */
  key: PsaKeyId;
}

export interface PsaDataResult {
  status: PsaStatus;
  /** The output (`data_length` bytes) on success; empty on failure. */
  data: Uint8Array;
}

export interface PsaAttributesResult {
  status: PsaStatus;
  /** The key's attributes on success; all zeros (a fresh attribute object) on failure. */
  attributes: PsaKeyAttributes;
}

export interface PsaCryptoTarget {
  /** §8.2 `psa_crypto_init()`: may be called more than once; every other call needs it first. */
  psa_crypto_init(): Promise<PsaStatus>;
  /** §10.10 `psa_generate_random(output, output_size)`. */
  psa_generate_random(outputSize: number): Promise<PsaDataResult>;
  /** §9.6 `psa_import_key(attributes, data, data_length, &key)`. */
  psa_import_key(attributes: PsaKeyAttributes, data: Uint8Array): Promise<PsaKeyResult>;
  /** §9.6 `psa_generate_key(attributes, &key)`. */
  psa_generate_key(attributes: PsaKeyAttributes): Promise<PsaKeyResult>;
  /** §9.6 `psa_export_key(key, data, data_size, &data_length)`; `dataSize` is the caller's buffer size. */
  psa_export_key(key: PsaKeyId, dataSize: number): Promise<PsaDataResult>;
  /** §9.6 `psa_export_public_key(key, data, data_size, &data_length)`. */
  psa_export_public_key(key: PsaKeyId, dataSize: number): Promise<PsaDataResult>;
  /** §9.6 `psa_destroy_key(key)`: PSA_KEY_ID_NULL is a no-op returning PSA_SUCCESS. */
  psa_destroy_key(key: PsaKeyId): Promise<PsaStatus>;
  /** §9.1 `psa_get_key_attributes(key, &attributes)`. */
  psa_get_key_attributes(key: PsaKeyId): Promise<PsaAttributesResult>;
  /**
   * Not a spec function: the application instance ends (volatile keys are gone, persistent keys stay
   * in storage) and the target releases what it holds. Safe to call twice.
   */
  close(): Promise<void>;
}
