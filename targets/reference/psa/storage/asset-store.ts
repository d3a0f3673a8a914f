/**
 * The assets of one storage service (ITS or PS), keyed by (client, uid) so each caller has its own uid
 * namespace (Secure Storage API 1.0 §2.2: "the uid namespace is per caller"). Held in memory and, when
 * a folder is given, written through to crash-safe files and reloaded on open.
 */
import type { StoredAsset } from './asset-codec';
import { AssetFiles } from './asset-files';

function keyOf(client: number, uid: bigint): string {
  return `${client}/${uid}`;
}

export class AssetStore {
  private readonly assets = new Map<string, StoredAsset>();
  private readonly corrupt = new Map<string, string>();
  private readonly files?: AssetFiles;

  constructor(dir?: string) {
    if (dir === undefined) return;
    this.files = new AssetFiles(dir);
    const loaded = this.files.loadAll();
    for (const a of loaded.assets) this.assets.set(keyOf(a.client, a.uid), a);
    for (const c of loaded.corrupt) this.corrupt.set(keyOf(c.client, c.uid), c.reason);
  }

  get(client: number, uid: bigint): StoredAsset | undefined {
    return this.assets.get(keyOf(client, uid));
  }

  /** Why the asset's file is not intact, if it is not. */
  corruption(client: number, uid: bigint): string | undefined {
    return this.corrupt.get(keyOf(client, uid));
  }

  /** Capacity reserved by every asset of every client, except the one named (about to be replaced). */
  usedCapacity(except?: { client: number; uid: bigint }): number {
    const skip = except ? keyOf(except.client, except.uid) : undefined;
    let used = 0;
    for (const [key, a] of this.assets) if (key !== skip) used += a.capacity;
    return used;
  }

  /** Stores durably first, then in memory: a failed write leaves the old asset visible. */
  put(asset: StoredAsset): void {
    this.files?.write(asset);
    this.assets.set(keyOf(asset.client, asset.uid), asset);
  }

  delete(client: number, uid: bigint): void {
    this.files?.remove(client, uid);
    this.assets.delete(keyOf(client, uid));
    this.corrupt.delete(keyOf(client, uid));
  }
}
