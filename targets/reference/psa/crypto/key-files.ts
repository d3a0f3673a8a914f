/**
 * Persistent key storage: one JSON file per key identifier in a folder, written to a temporary name
 * and renamed into place so a crash never leaves a half-written key (the role ITS plays under a real
 * implementation; Mbed TLS keeps `<id>.psa_its` files the same way). Errors carry PSA statuses:
 * unreadable storage → PSA_ERROR_STORAGE_FAILURE, a file that does not parse → PSA_ERROR_DATA_CORRUPT
 * (PSA Crypto API 1.2 §8.1).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { PsaKeyAttributes } from '../../../roles/psa-crypto';
import { PSA_ERROR_DATA_CORRUPT, PSA_ERROR_STORAGE_FAILURE } from '../constants/status';

export interface StoredKey {
  attributes: PsaKeyAttributes;
  material: Buffer;
}

const FORMAT = 'testfest-psa-key/1';

/** Thrown with the PSA status a storage problem maps to. */
export class KeyStorageError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class KeyFiles {
  constructor(readonly dir: string) {}

  private path(id: number): string {
    return join(this.dir, `key-${id.toString(16).padStart(8, '0')}.json`);
  }

  exists(id: number): boolean {
    return existsSync(this.path(id));
  }

  read(id: number): StoredKey | undefined {
    const path = this.path(id);
    let text: string;
    try {
      if (!existsSync(path)) return undefined;
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new KeyStorageError(PSA_ERROR_STORAGE_FAILURE, `cannot read ${path}: ${(e as Error).message}`);
    }
    try {
      const parsed = JSON.parse(text) as { format: string; attributes: PsaKeyAttributes; material: string };
      if (parsed.format !== FORMAT || parsed.attributes.id !== id) throw new Error('not a key file for this id');
      return { attributes: parsed.attributes, material: Buffer.from(parsed.material, 'hex') };
    } catch (e) {
      throw new KeyStorageError(PSA_ERROR_DATA_CORRUPT, `corrupt key file ${path}: ${(e as Error).message}`);
    }
  }

  write(key: StoredKey): void {
    const path = this.path(key.attributes.id);
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const body = JSON.stringify({ format: FORMAT, attributes: key.attributes, material: key.material.toString('hex') });
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(tmp, body, { mode: 0o600 });
      renameSync(tmp, path);
    } catch (e) {
      throw new KeyStorageError(PSA_ERROR_STORAGE_FAILURE, `cannot write ${path}: ${(e as Error).message}`);
    }
  }

  remove(id: number): void {
    try {
      unlinkSync(this.path(id));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new KeyStorageError(PSA_ERROR_STORAGE_FAILURE, `cannot remove key ${id}: ${(e as Error).message}`);
      }
    }
  }
}
