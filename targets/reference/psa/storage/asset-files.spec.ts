import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssetFiles } from './asset-files';
import { StorageService } from './storage-service';

const fresh = () => mkdtempSync(join(tmpdir(), 'psa-assets-'));
const asset = { client: -1, uid: 0x1234n, flags: 1, capacity: 4, data: Buffer.from('abcd') };

describe('AssetFiles', () => {
  it('writes one file per asset and loads it back', () => {
    const dir = fresh();
    new AssetFiles(dir).write(asset);
    expect(readdirSync(dir)).toEqual(['c-1-u0000000000001234.asset']);
    expect(new AssetFiles(dir).loadAll()).toEqual({ assets: [asset], corrupt: [] });
  });

  it('removes temporary files a crash left behind', () => {
    const dir = fresh();
    writeFileSync(join(dir, '.c-1-u0000000000001234.asset.77.deadbeef.tmp'), 'half a write');
    expect(new AssetFiles(dir).loadAll().assets).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a damaged file as corrupt instead of serving it', () => {
    const dir = fresh();
    new AssetFiles(dir).write(asset);
    const file = join(dir, 'c-1-u0000000000001234.asset');
    const bytes = readFileSync(file);
    bytes[30] ^= 0x01;
    writeFileSync(file, bytes);
    const { assets, corrupt } = new AssetFiles(dir).loadAll();
    expect(assets).toEqual([]);
    expect(corrupt).toEqual([{ client: -1, uid: 0x1234n, reason: expect.stringContaining('digest mismatch') }]);
  });

  it('surfaces corruption as DATA_CORRUPT in PS and STORAGE_FAILURE in ITS', () => {
    for (const [api, status] of [['ps', -152], ['its', -146]] as const) {
      const dir = fresh();
      new AssetFiles(dir).write(asset);
      writeFileSync(join(dir, 'c-1-u0000000000001234.asset'), Buffer.from('PSAS garbage'));
      const s = new StorageService({ api, setExtended: api === 'ps', quotaBytes: 64, dir });
      expect(s.get(-1, 0x1234n, 0, 4).status).toBe(status);
      expect(s.getInfo(-1, 0x1234n).status).toBe(status);
    }
  });
});
