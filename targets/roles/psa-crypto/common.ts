/**
 * Plain-data types shared by every PSA Crypto family interface (PSA Certified Crypto API 1.2).
 * Statuses are the spec's numbers (`PSA_ERROR_NOT_PERMITTED` = -133); byte strings are Uint8Array;
 * output buffers are modelled by the caller's buffer size, so PSA_ERROR_BUFFER_TOO_SMALL is testable.
 * Everything crosses an out-of-process bridge unchanged (DESIGN.md "Targets and capabilities").
 */

/** `psa_status_t`: 0 = PSA_SUCCESS, negative = an error (§8.1). */
export type PsaStatus = number;

/** `psa_key_id_t`: 0 = PSA_KEY_ID_NULL (§9.4). */
export type PsaKeyId = number;

/**
 * A multipart operation object (`psa_hash_operation_t`, `psa_mac_operation_t`, …) as a handle. The
 * caller gets a fresh, inactive one from `psa_<family>_operation_init()` (the spec's
 * `PSA_<FAMILY>_OPERATION_INIT`); the target keeps the operation state behind the handle.
 */
export type PsaOperation = number;

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
  /** The output (`*_length` bytes) on success; empty on failure. */
  data: Uint8Array;
}

export interface PsaAttributesResult {
  status: PsaStatus;
  /** The key's attributes on success; all zeros (a fresh attribute object) on failure. */
  attributes: PsaKeyAttributes;
}
