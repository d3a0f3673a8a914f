/**
 * The rules of one Secure Storage service, PSA Certified Secure Storage API 1.0 (psa-api
 * doc/storage/api/api.rst), shared by ITS and PS; the PS-only functions psa_ps_create and
 * psa_ps_set_extended are NOT_SUPPORTED unless the service is built with SET_EXTENDED. Cited per rule:
 * - every function: uid 0 → INVALID_ARGUMENT;
 * - set: unknown create flag → NOT_SUPPORTED; existing WRITE_ONCE asset → NOT_PERMITTED; the new asset
 *   has capacity = size = data_length; no room → INSUFFICIENT_STORAGE;
 * - get: missing → DOES_NOT_EXIST; data_offset > size → INVALID_ARGUMENT; returns the lesser of
 *   data_size and size − data_offset bytes (0 when data_size is 0 or data_offset == size); a buffer the
 *   caller cannot access → INVALID_ARGUMENT;
 * - remove: missing → DOES_NOT_EXIST; WRITE_ONCE → NOT_PERMITTED;
 * - create: WRITE_ONCE or unknown flag → NOT_SUPPORTED; existing uid → ALREADY_EXISTS ("cannot be used
 *   to replace or resize an existing asset"); size 0, capacity as given;
 * - set_extended: missing → DOES_NOT_EXIST; WRITE_ONCE → NOT_PERMITTED; data_offset > size or
 *   data_offset + data_length > capacity → INVALID_ARGUMENT (no gaps); then size = max(size, end).
 * A file that fails its digest is reported as PSA_ERROR_DATA_CORRUPT (PS) or PSA_ERROR_STORAGE_FAILURE
 * (ITS, whose function list has no DATA_CORRUPT); an I/O error as PSA_ERROR_STORAGE_FAILURE.
 */
import type { PsaStorageDataResult, PsaStorageInfo, PsaStorageInfoResult } from '../../../roles/psa-storage';
import {
  PSA_ERROR_ALREADY_EXISTS,
  PSA_ERROR_DATA_CORRUPT,
  PSA_ERROR_DOES_NOT_EXIST,
  PSA_ERROR_INSUFFICIENT_STORAGE,
  PSA_ERROR_INVALID_ARGUMENT,
  PSA_ERROR_NOT_PERMITTED,
  PSA_ERROR_NOT_SUPPORTED,
  PSA_ERROR_STORAGE_FAILURE,
  PSA_SUCCESS,
} from '../constants/status';
import type { StoredAsset } from './asset-codec';
import { AssetStore } from './asset-store';
import { PSA_STORAGE_FLAG_WRITE_ONCE, PSA_STORAGE_FLAGS_DEFINED, PSA_STORAGE_SUPPORT_SET_EXTENDED } from './flags';

export interface StorageServiceOptions {
  /** `its` or `ps`: decides how a corrupt asset is reported. */
  api: 'its' | 'ps';
  /** Whether psa_ps_create / psa_ps_set_extended are implemented (PS only). */
  setExtended: boolean;
  /** Total capacity the service can reserve across all clients, in bytes. */
  quotaBytes: number;
  /** Folder for the asset files; without one the service keeps assets in memory only. */
  dir?: string;
}

/**
 * The simulated caller's addressable memory: a larger output buffer is memory "the caller cannot
 * access" (psa_its_get / psa_ps_get → INVALID_ARGUMENT), as psa-arch-tests s008 checkpoint 8 expects
 * for data_size = UINT32_MAX.
 */
export const CALLER_MEMORY_BYTES = 1 << 30;

const EMPTY = new Uint8Array(0);
const NO_INFO: PsaStorageInfo = { capacity: 0, size: 0, flags: 0 };

type Lookup = { status: number; asset?: StoredAsset };

export class StorageService {
  private readonly store: AssetStore;

  constructor(private readonly options: StorageServiceOptions) {
    this.store = new AssetStore(options.dir);
  }

  support(): number {
    return this.options.setExtended ? PSA_STORAGE_SUPPORT_SET_EXTENDED : 0;
  }

  set(client: number, uid: bigint, data: Uint8Array, flags: number): number {
    if (uid === 0n) return PSA_ERROR_INVALID_ARGUMENT;
    if ((flags & ~PSA_STORAGE_FLAGS_DEFINED) !== 0) return PSA_ERROR_NOT_SUPPORTED;
    const found = this.lookup(client, uid);
    if (found.asset && (found.asset.flags & PSA_STORAGE_FLAG_WRITE_ONCE) !== 0) return PSA_ERROR_NOT_PERMITTED;
    if (found.status !== PSA_SUCCESS && found.status !== PSA_ERROR_DOES_NOT_EXIST) return found.status;
    return this.write(client, uid, { client, uid, flags, capacity: data.length, data: Buffer.from(data) });
  }

  get(client: number, uid: bigint, offset: number, size: number): PsaStorageDataResult {
    if (uid === 0n || size > CALLER_MEMORY_BYTES) return { status: PSA_ERROR_INVALID_ARGUMENT, data: EMPTY };
    const { status, asset } = this.lookup(client, uid);
    if (!asset) return { status, data: EMPTY };
    if (offset > asset.data.length) return { status: PSA_ERROR_INVALID_ARGUMENT, data: EMPTY };
    const length = Math.min(size, asset.data.length - offset);
    return { status: PSA_SUCCESS, data: new Uint8Array(asset.data.subarray(offset, offset + length)) };
  }

  getInfo(client: number, uid: bigint): PsaStorageInfoResult {
    if (uid === 0n) return { status: PSA_ERROR_INVALID_ARGUMENT, info: { ...NO_INFO } };
    const { status, asset } = this.lookup(client, uid);
    if (!asset) return { status, info: { ...NO_INFO } };
    return { status: PSA_SUCCESS, info: { capacity: asset.capacity, size: asset.data.length, flags: asset.flags } };
  }

  remove(client: number, uid: bigint): number {
    if (uid === 0n) return PSA_ERROR_INVALID_ARGUMENT;
    const { status, asset } = this.lookup(client, uid);
    if (!asset) return status;
    if ((asset.flags & PSA_STORAGE_FLAG_WRITE_ONCE) !== 0) return PSA_ERROR_NOT_PERMITTED;
    return this.io(() => this.store.delete(client, uid));
  }

  create(client: number, uid: bigint, capacity: number, flags: number): number {
    if (!this.options.setExtended) return PSA_ERROR_NOT_SUPPORTED;
    if (uid === 0n) return PSA_ERROR_INVALID_ARGUMENT;
    if ((flags & ~PSA_STORAGE_FLAGS_DEFINED) !== 0 || (flags & PSA_STORAGE_FLAG_WRITE_ONCE) !== 0) return PSA_ERROR_NOT_SUPPORTED;
    const found = this.lookup(client, uid);
    if (found.status !== PSA_ERROR_DOES_NOT_EXIST) return found.asset ? PSA_ERROR_ALREADY_EXISTS : found.status;
    return this.write(client, uid, { client, uid, flags, capacity, data: Buffer.alloc(0) });
  }

  setExtended(client: number, uid: bigint, offset: number, data: Uint8Array): number {
    if (!this.options.setExtended) return PSA_ERROR_NOT_SUPPORTED;
    if (uid === 0n) return PSA_ERROR_INVALID_ARGUMENT;
    const { status, asset } = this.lookup(client, uid);
    if (!asset) return status;
    if ((asset.flags & PSA_STORAGE_FLAG_WRITE_ONCE) !== 0) return PSA_ERROR_NOT_PERMITTED;
    const end = offset + data.length;
    if (offset > asset.data.length || end > asset.capacity) return PSA_ERROR_INVALID_ARGUMENT;
    if (data.length === 0) return PSA_SUCCESS;
    const next = Buffer.alloc(Math.max(asset.data.length, end));
    asset.data.copy(next);
    Buffer.from(data).copy(next, offset);
    return this.io(() => this.store.put({ ...asset, data: next }));
  }

  private lookup(client: number, uid: bigint): Lookup {
    const asset = this.store.get(client, uid);
    if (asset) return { status: PSA_SUCCESS, asset };
    if (this.store.corruption(client, uid) !== undefined) {
      return { status: this.options.api === 'ps' ? PSA_ERROR_DATA_CORRUPT : PSA_ERROR_STORAGE_FAILURE };
    }
    return { status: PSA_ERROR_DOES_NOT_EXIST };
  }

  private write(client: number, uid: bigint, asset: StoredAsset): number {
    if (this.store.usedCapacity({ client, uid }) + asset.capacity > this.options.quotaBytes) return PSA_ERROR_INSUFFICIENT_STORAGE;
    return this.io(() => this.store.put(asset));
  }

  private io(action: () => void): number {
    try {
      action();
      return PSA_SUCCESS;
    } catch {
      return PSA_ERROR_STORAGE_FAILURE;
    }
  }
}
