/**
 * The simulator's key store: key slots with their attributes and material, identifier allocation and
 * the lifetime/identifier rules of PSA Crypto API 1.2 §9.3 "Key lifetimes" and §9.4 "Key identifiers":
 * - volatile keys get implementation identifiers from the VENDOR range 0x40000000–0x7fffffff, and the
 *   application may not choose one (id must be PSA_KEY_ID_NULL → else INVALID_ARGUMENT);
 * - persistent keys (PSA_KEY_LIFETIME_PERSISTENT) need an application identifier from the USER range
 *   1–0x3fffffff (else INVALID_ARGUMENT), an identifier in use → ALREADY_EXISTS, and they survive the
 *   end of the application instance because they live in `KeyFiles` (the storage folder);
 * - other persistence levels and locations (secure elements) → NOT_SUPPORTED.
 */
import type { PsaKeyAttributes } from '../../../roles/psa-crypto';
import {
  PSA_KEY_ID_USER_MAX,
  PSA_KEY_ID_USER_MIN,
  PSA_KEY_ID_VENDOR_MAX,
  PSA_KEY_ID_VENDOR_MIN,
  PSA_KEY_LIFETIME_GET_LOCATION,
  PSA_KEY_LIFETIME_GET_PERSISTENCE,
  PSA_KEY_LOCATION_LOCAL_STORAGE,
  PSA_KEY_PERSISTENCE_DEFAULT,
  PSA_KEY_PERSISTENCE_VOLATILE,
} from '../constants/lifetimes';
import {
  PSA_ERROR_ALREADY_EXISTS,
  PSA_ERROR_INSUFFICIENT_MEMORY,
  PSA_ERROR_INVALID_ARGUMENT,
  PSA_ERROR_INVALID_HANDLE,
  PSA_ERROR_NOT_SUPPORTED,
  PSA_SUCCESS,
} from '../constants/status';
import { KeyFiles, KeyStorageError, type StoredKey } from './key-files';

export type KeySlot = StoredKey;

/** How many volatile keys one application instance may hold at once. */
export const MAX_VOLATILE_KEYS = 4096;

const isUserId = (id: number): boolean => id >= PSA_KEY_ID_USER_MIN && id <= PSA_KEY_ID_USER_MAX;
const isVendorId = (id: number): boolean => id >= PSA_KEY_ID_VENDOR_MIN && id <= PSA_KEY_ID_VENDOR_MAX;

export class KeyStore {
  private readonly volatileKeys = new Map<number, KeySlot>();
  private readonly files?: KeyFiles;
  private nextVolatileId = PSA_KEY_ID_VENDOR_MIN;

  /** `storageDir` holds persistent keys; without it, persistent lifetimes are NOT_SUPPORTED. */
  constructor(storageDir?: string) {
    if (storageDir) this.files = new KeyFiles(storageDir);
  }

  /** Where a key with these attributes may be created: a status, or PSA_SUCCESS. */
  checkCreation(attributes: PsaKeyAttributes): number {
    if (PSA_KEY_LIFETIME_GET_LOCATION(attributes.lifetime) !== PSA_KEY_LOCATION_LOCAL_STORAGE) return PSA_ERROR_NOT_SUPPORTED;
    const persistence = PSA_KEY_LIFETIME_GET_PERSISTENCE(attributes.lifetime);
    if (persistence === PSA_KEY_PERSISTENCE_VOLATILE) {
      if (attributes.id !== 0) return PSA_ERROR_INVALID_ARGUMENT;
      return this.volatileKeys.size >= MAX_VOLATILE_KEYS ? PSA_ERROR_INSUFFICIENT_MEMORY : PSA_SUCCESS;
    }
    if (persistence !== PSA_KEY_PERSISTENCE_DEFAULT || !this.files) return PSA_ERROR_NOT_SUPPORTED;
    if (!isUserId(attributes.id)) return PSA_ERROR_INVALID_ARGUMENT;
    return this.files.exists(attributes.id) ? PSA_ERROR_ALREADY_EXISTS : PSA_SUCCESS;
  }

  /** Stores a key whose attributes passed `checkCreation`; returns its identifier. */
  create(attributes: PsaKeyAttributes, material: Buffer): { status: number; key: number } {
    const status = this.checkCreation(attributes);
    if (status !== PSA_SUCCESS) return { status, key: 0 };
    if (PSA_KEY_LIFETIME_GET_PERSISTENCE(attributes.lifetime) === PSA_KEY_PERSISTENCE_VOLATILE) {
      const key = this.allocateVolatileId();
      if (key === 0) return { status: PSA_ERROR_INSUFFICIENT_MEMORY, key: 0 };
      this.volatileKeys.set(key, { attributes: { ...attributes, id: key }, material: Buffer.from(material) });
      return { status: PSA_SUCCESS, key };
    }
    try {
      this.files!.write({ attributes: { ...attributes }, material: Buffer.from(material) });
    } catch (e) {
      return { status: (e as KeyStorageError).status, key: 0 };
    }
    return { status: PSA_SUCCESS, key: attributes.id };
  }

  /** The key behind an identifier; unknown, destroyed or NULL identifiers → INVALID_HANDLE. */
  get(key: number): { status: number; slot?: KeySlot } {
    if (isVendorId(key)) {
      const slot = this.volatileKeys.get(key);
      return slot ? { status: PSA_SUCCESS, slot } : { status: PSA_ERROR_INVALID_HANDLE };
    }
    if (!isUserId(key) || !this.files) return { status: PSA_ERROR_INVALID_HANDLE };
    try {
      const slot = this.files.read(key);
      return slot ? { status: PSA_SUCCESS, slot } : { status: PSA_ERROR_INVALID_HANDLE };
    } catch (e) {
      return { status: (e as KeyStorageError).status };
    }
  }

  /** Erases a key from memory and storage. */
  destroy(key: number): number {
    const { status } = this.get(key);
    if (status !== PSA_SUCCESS) return status;
    if (isVendorId(key)) {
      this.volatileKeys.get(key)!.material.fill(0);
      this.volatileKeys.delete(key);
      return PSA_SUCCESS;
    }
    try {
      this.files!.remove(key);
    } catch (e) {
      return (e as KeyStorageError).status;
    }
    return PSA_SUCCESS;
  }

  /** The application instance ends: volatile keys are erased, persistent keys stay in storage. */
  close(): void {
    for (const slot of this.volatileKeys.values()) slot.material.fill(0);
    this.volatileKeys.clear();
  }

  private allocateVolatileId(): number {
    // Identifiers are not reused within an instance ("must not be used again", §9.6 psa_destroy_key).
    if (this.nextVolatileId > PSA_KEY_ID_VENDOR_MAX) return 0;
    return this.nextVolatileId++;
  }
}
