import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StorageService, CALLER_MEMORY_BYTES } from './storage-service';
import { PSA_STORAGE_FLAG_NO_CONFIDENTIALITY, PSA_STORAGE_FLAG_WRITE_ONCE } from './flags';

const S = { SUCCESS: 0, NOT_PERMITTED: -133, NOT_SUPPORTED: -134, INVALID_ARGUMENT: -135, ALREADY_EXISTS: -139, DOES_NOT_EXIST: -140, INSUFFICIENT_STORAGE: -142 };
const bytes = (...b: number[]) => new Uint8Array(b);
const ps = (setExtended = true, quotaBytes = 1024) => new StorageService({ api: 'ps', setExtended, quotaBytes });

describe('StorageService set / get / get_info / remove (Secure Storage API 1.0)', () => {
  it('round-trips data and reports capacity = size = data_length', () => {
    const s = ps();
    expect(s.set(-1, 5n, bytes(1, 2, 3), PSA_STORAGE_FLAG_NO_CONFIDENTIALITY)).toBe(S.SUCCESS);
    expect(s.getInfo(-1, 5n)).toEqual({ status: S.SUCCESS, info: { capacity: 3, size: 3, flags: PSA_STORAGE_FLAG_NO_CONFIDENTIALITY } });
    expect(Array.from(s.get(-1, 5n, 0, 16).data)).toEqual([1, 2, 3]);
  });

  it('rejects uid 0 everywhere', () => {
    const s = ps();
    expect(s.set(-1, 0n, bytes(1), 0)).toBe(S.INVALID_ARGUMENT);
    expect(s.get(-1, 0n, 0, 1).status).toBe(S.INVALID_ARGUMENT);
    expect(s.getInfo(-1, 0n).status).toBe(S.INVALID_ARGUMENT);
    expect(s.remove(-1, 0n)).toBe(S.INVALID_ARGUMENT);
    expect(s.create(-1, 0n, 4, 0)).toBe(S.INVALID_ARGUMENT);
    expect(s.setExtended(-1, 0n, 0, bytes(1))).toBe(S.INVALID_ARGUMENT);
  });

  it('applies the offset rules of psa_*_get', () => {
    const s = ps();
    s.set(-1, 5n, bytes(0, 1, 2, 3), 0);
    expect(Array.from(s.get(-1, 5n, 1, 2).data)).toEqual([1, 2]);
    expect(s.get(-1, 5n, 4, 1)).toEqual({ status: S.SUCCESS, data: bytes() });
    expect(s.get(-1, 5n, 5, 0).status).toBe(S.INVALID_ARGUMENT);
    expect(s.get(-1, 5n, 2, CALLER_MEMORY_BYTES + 1).status).toBe(S.INVALID_ARGUMENT);
    expect(s.get(-1, 6n, 0, 1).status).toBe(S.DOES_NOT_EXIST);
  });

  it('enforces WRITE_ONCE and refuses unknown flags', () => {
    const s = ps();
    expect(s.set(-1, 1n, bytes(1), 0x80)).toBe(S.NOT_SUPPORTED);
    expect(s.set(-1, 1n, bytes(1), PSA_STORAGE_FLAG_WRITE_ONCE)).toBe(S.SUCCESS);
    expect(s.set(-1, 1n, bytes(2), 0)).toBe(S.NOT_PERMITTED);
    expect(s.remove(-1, 1n)).toBe(S.NOT_PERMITTED);
    expect(Array.from(s.get(-1, 1n, 0, 4).data)).toEqual([1]);
  });

  it('keeps each client in its own uid namespace', () => {
    const s = ps();
    s.set(3001, 7n, bytes(9), 0);
    expect(s.get(3002, 7n, 0, 1).status).toBe(S.DOES_NOT_EXIST);
    expect(s.remove(3002, 7n)).toBe(S.DOES_NOT_EXIST);
    expect(s.set(3002, 7n, bytes(8), 0)).toBe(S.SUCCESS);
    expect(Array.from(s.get(3001, 7n, 0, 1).data)).toEqual([9]);
  });

  it('reports INSUFFICIENT_STORAGE when the quota is reached, counting a replaced asset once', () => {
    const s = ps(true, 8);
    expect(s.set(-1, 1n, new Uint8Array(6), 0)).toBe(S.SUCCESS);
    expect(s.set(-1, 2n, new Uint8Array(3), 0)).toBe(S.INSUFFICIENT_STORAGE);
    expect(s.set(-1, 1n, new Uint8Array(8), 0)).toBe(S.SUCCESS);
  });
});

describe('StorageService psa_ps_create / psa_ps_set_extended', () => {
  it('reserves capacity, extends without gaps, and refuses to resize', () => {
    const s = ps();
    expect(s.create(-1, 4n, 8, 0)).toBe(S.SUCCESS);
    expect(s.getInfo(-1, 4n).info).toEqual({ capacity: 8, size: 0, flags: 0 });
    expect(s.setExtended(-1, 4n, 1, bytes(1))).toBe(S.INVALID_ARGUMENT);
    expect(s.setExtended(-1, 4n, 0, bytes(1, 2, 3, 4))).toBe(S.SUCCESS);
    expect(s.setExtended(-1, 4n, 4, bytes(5, 6, 7, 8))).toBe(S.SUCCESS);
    expect(s.setExtended(-1, 4n, 6, bytes(0, 0, 0))).toBe(S.INVALID_ARGUMENT);
    expect(s.setExtended(-1, 4n, 8, bytes())).toBe(S.SUCCESS);
    expect(s.create(-1, 4n, 8, 0)).toBe(S.ALREADY_EXISTS);
    expect(s.create(-1, 5n, 8, PSA_STORAGE_FLAG_WRITE_ONCE)).toBe(S.NOT_SUPPORTED);
    expect(Array.from(s.get(-1, 4n, 0, 8).data)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('are NOT_SUPPORTED, creating nothing, when the service lacks SET_EXTENDED', () => {
    const s = ps(false);
    expect(s.support()).toBe(0);
    expect(s.create(-1, 5n, 16, 0)).toBe(S.NOT_SUPPORTED);
    expect(s.getInfo(-1, 5n).status).toBe(S.DOES_NOT_EXIST);
    s.set(-1, 5n, bytes(3, 4), 0);
    expect(s.setExtended(-1, 5n, 0, bytes(9))).toBe(S.NOT_SUPPORTED);
    expect(Array.from(s.get(-1, 5n, 0, 2).data)).toEqual([3, 4]);
  });
});

describe('StorageService persistence', () => {
  it('finds its assets again after a restart on the same folder', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'psa-storage-')), 'ps');
    const first = new StorageService({ api: 'ps', setExtended: true, quotaBytes: 1024, dir });
    first.set(-1, 9n, bytes(1, 2), PSA_STORAGE_FLAG_WRITE_ONCE);
    const second = new StorageService({ api: 'ps', setExtended: true, quotaBytes: 1024, dir });
    expect(second.getInfo(-1, 9n).info).toEqual({ capacity: 2, size: 2, flags: PSA_STORAGE_FLAG_WRITE_ONCE });
    expect(second.remove(-1, 9n)).toBe(S.NOT_PERMITTED);
  });
});
