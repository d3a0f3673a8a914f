/**
 * Role: a PSA Secure Storage implementation under test (PSA Certified Secure Storage API 1.0,
 * psa-api doc/storage/api/api.rst): Internal Trusted Storage (`psa_its_*`) and Protected Storage
 * (`psa_ps_*`). One typed async method per spec function, named exactly as the spec; statuses are the
 * spec's numbers (targets/reference/psa/constants/status.ts).
 *
 * The spec's caller identity is implicit (the calling partition; Secure Storage API 1.0 §2 "UIDs are
 * scoped to the caller"). Here every method takes the caller's `client` id explicitly, so one target
 * serves several clients and isolation between them is testable: assets are identified by
 * (client, uid). Client ids follow PSA FF-M: negative = Non-secure (NSPE), positive = Secure (SPE).
 *
 * Output buffers are modelled by the caller's buffer size (`dataSize`); the data returned is exactly
 * `*p_data_length` bytes. Plain data only (bigint for the 64-bit uid), so the interface can be served
 * by an out-of-process bridge. Mirrors psa-arch-tests' `pal_its_function` / `pal_ps_function`
 * (api-tests/platform/targets/common/nspe/...), one typed method per function code.
 */
import type { PsaStatus } from './psa-crypto';

/** `psa_storage_uid_t` (uint64); 0 is never a valid uid. */
export type PsaStorageUid = bigint;

/** The caller's partition id (PSA FF-M client id): < 0 Non-secure, > 0 Secure. */
export type PsaClientId = number;

/** `struct psa_storage_info_t`. */
export interface PsaStorageInfo {
  /** The allocated capacity of the asset (PS: set by psa_ps_create or psa_ps_set). */
  capacity: number;
  /** The size of the data currently stored. */
  size: number;
  /** `psa_storage_create_flags_t` the asset was created with. */
  flags: number;
}

export interface PsaStorageDataResult {
  status: PsaStatus;
  /** The bytes placed in `p_data` (`*p_data_length` of them); empty on failure. */
  data: Uint8Array;
}

export interface PsaStorageInfoResult {
  status: PsaStatus;
  /** The metadata on success; all zeros on failure. */
  info: PsaStorageInfo;
}

export interface PsaStorageTarget {
  /** `psa_its_set(uid, data_length, p_data, create_flags)`. */
  psa_its_set(client: PsaClientId, uid: PsaStorageUid, data: Uint8Array, createFlags: number): Promise<PsaStatus>;
  /** `psa_its_get(uid, data_offset, data_size, p_data, &p_data_length)`. */
  psa_its_get(client: PsaClientId, uid: PsaStorageUid, dataOffset: number, dataSize: number): Promise<PsaStorageDataResult>;
  /** `psa_its_get_info(uid, &p_info)`. */
  psa_its_get_info(client: PsaClientId, uid: PsaStorageUid): Promise<PsaStorageInfoResult>;
  /** `psa_its_remove(uid)`. */
  psa_its_remove(client: PsaClientId, uid: PsaStorageUid): Promise<PsaStatus>;

  /** `psa_ps_set(uid, data_length, p_data, create_flags)`. */
  psa_ps_set(client: PsaClientId, uid: PsaStorageUid, data: Uint8Array, createFlags: number): Promise<PsaStatus>;
  /** `psa_ps_get(uid, data_offset, data_size, p_data, &p_data_length)`. */
  psa_ps_get(client: PsaClientId, uid: PsaStorageUid, dataOffset: number, dataSize: number): Promise<PsaStorageDataResult>;
  /** `psa_ps_get_info(uid, &p_info)`. */
  psa_ps_get_info(client: PsaClientId, uid: PsaStorageUid): Promise<PsaStorageInfoResult>;
  /** `psa_ps_remove(uid)`. */
  psa_ps_remove(client: PsaClientId, uid: PsaStorageUid): Promise<PsaStatus>;
  /** `psa_ps_create(uid, capacity, create_flags)` (optional: NOT_SUPPORTED unless get_support has SET_EXTENDED). */
  psa_ps_create(client: PsaClientId, uid: PsaStorageUid, capacity: number, createFlags: number): Promise<PsaStatus>;
  /** `psa_ps_set_extended(uid, data_offset, data_length, p_data)` (optional, as psa_ps_create). */
  psa_ps_set_extended(client: PsaClientId, uid: PsaStorageUid, dataOffset: number, data: Uint8Array): Promise<PsaStatus>;
  /** `uint32_t psa_ps_get_support(void)`: a bitmask, PSA_STORAGE_SUPPORT_SET_EXTENDED = 1. */
  psa_ps_get_support(client: PsaClientId): Promise<number>;

  /** Not a spec function: the target releases what it holds (stored assets persist). Safe to call twice. */
  close(): Promise<void>;
}
