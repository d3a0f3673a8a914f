/**
 * The reference PSA Secure Storage target: an ITS and a PS service (storage-service.ts) behind the
 * PsaStorageTarget role. Assets persist in `<storageDir>/its` and `<storageDir>/ps` across process
 * restarts; a simulator reopened on the same folder sees them again, as a device does after a reset.
 */
import { join } from 'node:path';
import type {
  PsaClientId,
  PsaStorageDataResult,
  PsaStorageInfoResult,
  PsaStorageTarget,
  PsaStorageUid,
} from '../../../roles/psa-storage';
import { StorageService } from './storage-service';

export interface PsaStorageSimulatorOptions {
  /** Folder for the assets; without one they live in memory only. */
  storageDir?: string;
  /** Whether PS implements psa_ps_create / psa_ps_set_extended (default true). */
  setExtended?: boolean;
  /** Capacity each service can reserve across all clients (default 8 KiB: 16 assets of 512 bytes). */
  quotaBytes?: number;
}

/** psa-arch-tests pal_storage_config.h ARCH_TEST_STORAGE_UID_MAX_SIZE is 512; s003 fills 16 of them. */
export const DEFAULT_STORAGE_QUOTA_BYTES = 8 * 1024;

export class PsaStorageSimulator implements PsaStorageTarget {
  private readonly its: StorageService;
  private readonly ps: StorageService;

  constructor(options: PsaStorageSimulatorOptions = {}) {
    const quotaBytes = options.quotaBytes ?? DEFAULT_STORAGE_QUOTA_BYTES;
    const dir = (api: string) => (options.storageDir === undefined ? undefined : join(options.storageDir, api));
    this.its = new StorageService({ api: 'its', setExtended: false, quotaBytes, dir: dir('its') });
    this.ps = new StorageService({ api: 'ps', setExtended: options.setExtended ?? true, quotaBytes, dir: dir('ps') });
  }

  async psa_its_set(client: PsaClientId, uid: PsaStorageUid, data: Uint8Array, createFlags: number): Promise<number> {
    return this.its.set(client, uid, data, createFlags);
  }

  async psa_its_get(client: PsaClientId, uid: PsaStorageUid, dataOffset: number, dataSize: number): Promise<PsaStorageDataResult> {
    return this.its.get(client, uid, dataOffset, dataSize);
  }

  async psa_its_get_info(client: PsaClientId, uid: PsaStorageUid): Promise<PsaStorageInfoResult> {
    return this.its.getInfo(client, uid);
  }

  async psa_its_remove(client: PsaClientId, uid: PsaStorageUid): Promise<number> {
    return this.its.remove(client, uid);
  }

  async psa_ps_set(client: PsaClientId, uid: PsaStorageUid, data: Uint8Array, createFlags: number): Promise<number> {
    return this.ps.set(client, uid, data, createFlags);
  }

  async psa_ps_get(client: PsaClientId, uid: PsaStorageUid, dataOffset: number, dataSize: number): Promise<PsaStorageDataResult> {
    return this.ps.get(client, uid, dataOffset, dataSize);
  }

  async psa_ps_get_info(client: PsaClientId, uid: PsaStorageUid): Promise<PsaStorageInfoResult> {
    return this.ps.getInfo(client, uid);
  }

  async psa_ps_remove(client: PsaClientId, uid: PsaStorageUid): Promise<number> {
    return this.ps.remove(client, uid);
  }

  async psa_ps_create(client: PsaClientId, uid: PsaStorageUid, capacity: number, createFlags: number): Promise<number> {
    return this.ps.create(client, uid, capacity, createFlags);
  }

  async psa_ps_set_extended(client: PsaClientId, uid: PsaStorageUid, dataOffset: number, data: Uint8Array): Promise<number> {
    return this.ps.setExtended(client, uid, dataOffset, data);
  }

  async psa_ps_get_support(_client: PsaClientId): Promise<number> {
    return this.ps.support();
  }

  async close(): Promise<void> {}
}
