/**
 * One file per asset in a folder, written crash-safely: the new bytes go to a temporary file that is
 * fsync'ed, renamed over the old file (atomic on POSIX), and the folder is fsync'ed so the rename
 * itself is durable. A kill or power cut at any point leaves either the old or the new file under the
 * asset's name, never a torn one; leftover temporary files are removed when the folder is opened.
 * (Secure Storage API 1.0 requires writes to be atomic: "the data is either fully written or not".)
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { decodeAsset, encodeAsset, type StoredAsset } from './asset-codec';

/** An asset file that exists but is not intact (detected by its digest). */
export interface CorruptAsset {
  client: number;
  uid: bigint;
  reason: string;
}

const NAME = /^c(-?\d+)-u([0-9a-f]{16})\.asset$/;
const TEMPORARY = /\.tmp$/;

export class AssetFiles {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  static fileName(client: number, uid: bigint): string {
    return `c${client}-u${uid.toString(16).padStart(16, '0')}.asset`;
  }

  write(asset: StoredAsset): void {
    const name = AssetFiles.fileName(asset.client, asset.uid);
    const tmp = join(this.dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const fd = openSync(tmp, 'w', 0o600);
    try {
      const bytes = encodeAsset(asset);
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, join(this.dir, name));
    this.syncDir();
  }

  remove(client: number, uid: bigint): void {
    try {
      unlinkSync(join(this.dir, AssetFiles.fileName(client, uid)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    this.syncDir();
  }

  /** Every asset in the folder; removes temporary files a crash left behind. */
  loadAll(): { assets: StoredAsset[]; corrupt: CorruptAsset[] } {
    const assets: StoredAsset[] = [];
    const corrupt: CorruptAsset[] = [];
    for (const entry of readdirSync(this.dir)) {
      if (TEMPORARY.test(entry)) {
        unlinkSync(join(this.dir, entry));
        continue;
      }
      const m = NAME.exec(entry);
      if (!m) continue;
      const client = Number(m[1]);
      const uid = BigInt(`0x${m[2]}`);
      try {
        const asset = decodeAsset(readFileSync(join(this.dir, entry)));
        if (asset.client !== client || asset.uid !== uid) throw new Error(`file holds client ${asset.client} uid ${asset.uid}`);
        assets.push(asset);
      } catch (e) {
        corrupt.push({ client, uid, reason: `${entry}: ${(e as Error).message}` });
      }
    }
    return { assets, corrupt };
  }

  private syncDir(): void {
    const fd = openSync(this.dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}
