import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PsaKeyAttributes } from '../../../roles/psa-crypto';
import {
  PSA_ERROR_ALREADY_EXISTS,
  PSA_ERROR_DATA_CORRUPT,
  PSA_ERROR_INVALID_ARGUMENT,
  PSA_ERROR_INVALID_HANDLE,
  PSA_ERROR_NOT_SUPPORTED,
  PSA_SUCCESS,
} from '../constants/status';
import { KeyStore } from './key-store';

const aes = (over: Partial<PsaKeyAttributes> = {}): PsaKeyAttributes => ({
  type: 0x2400,
  bits: 128,
  usage: 1,
  alg: 0x04c01000,
  lifetime: 0,
  id: 0,
  ...over,
});
const material = Buffer.alloc(16, 7);

describe('KeyStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'psa-keystore-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('allocates volatile identifiers in the VENDOR range, never reusing one', () => {
    const store = new KeyStore(dir);
    const a = store.create(aes(), material);
    const b = store.create(aes(), material);
    expect(a).toEqual({ status: PSA_SUCCESS, key: 0x40000000 });
    expect(b.key).toBe(0x40000001);
    expect(store.destroy(a.key)).toBe(PSA_SUCCESS);
    expect(store.create(aes(), material).key).toBe(0x40000002);
  });

  it('keeps the final attributes, with the assigned identifier', () => {
    const store = new KeyStore(dir);
    const { key } = store.create(aes(), material);
    expect(store.get(key).slot).toEqual({ attributes: aes({ id: key }), material });
  });

  it('refuses an application-chosen identifier on a volatile key', () => {
    expect(new KeyStore(dir).create(aes({ id: 0x12 }), material)).toEqual({ status: PSA_ERROR_INVALID_ARGUMENT, key: 0 });
  });

  it.each([
    ['NULL', 0],
    ['VENDOR range', 0x40000000],
    ['beyond VENDOR range', 0x80000000],
  ])('refuses a persistent key with a %s identifier', (_what, id) => {
    expect(new KeyStore(dir).create(aes({ lifetime: 1, id }), material)).toEqual({ status: PSA_ERROR_INVALID_ARGUMENT, key: 0 });
  });

  it('refuses other persistence levels, secure-element locations and persistence without storage', () => {
    expect(new KeyStore(dir).checkCreation(aes({ lifetime: 0xff, id: 5 }))).toBe(PSA_ERROR_NOT_SUPPORTED);
    expect(new KeyStore(dir).checkCreation(aes({ lifetime: 0x101, id: 5 }))).toBe(PSA_ERROR_NOT_SUPPORTED);
    expect(new KeyStore(dir).checkCreation(aes({ lifetime: 0x100 }))).toBe(PSA_ERROR_NOT_SUPPORTED);
    expect(new KeyStore().checkCreation(aes({ lifetime: 1, id: 5 }))).toBe(PSA_ERROR_NOT_SUPPORTED);
  });

  it('keeps persistent keys across instances on the same folder, and only those', () => {
    const first = new KeyStore(dir);
    expect(first.create(aes({ lifetime: 1, id: 0x1234 }), material)).toEqual({ status: PSA_SUCCESS, key: 0x1234 });
    const volatileKey = first.create(aes(), material).key;
    first.close();
    const second = new KeyStore(dir);
    expect(second.get(0x1234).slot?.material).toEqual(material);
    expect(second.get(volatileKey).status).toBe(PSA_ERROR_INVALID_HANDLE);
    expect(first.get(volatileKey).status).toBe(PSA_ERROR_INVALID_HANDLE);
  });

  it('reports an identifier in use with ALREADY_EXISTS', () => {
    const store = new KeyStore(dir);
    store.create(aes({ lifetime: 1, id: 7 }), material);
    expect(new KeyStore(dir).create(aes({ lifetime: 1, id: 7 }), material)).toEqual({ status: PSA_ERROR_ALREADY_EXISTS, key: 0 });
  });

  it('writes key files by rename, leaving no temporary files', () => {
    new KeyStore(dir).create(aes({ lifetime: 1, id: 9 }), material);
    expect(readdirSync(dir)).toEqual(['key-00000009.json']);
  });

  it('erases persistent keys from storage on destroy', () => {
    const store = new KeyStore(dir);
    store.create(aes({ lifetime: 1, id: 9 }), material);
    expect(store.destroy(9)).toBe(PSA_SUCCESS);
    expect(readdirSync(dir)).toEqual([]);
    expect(new KeyStore(dir).get(9).status).toBe(PSA_ERROR_INVALID_HANDLE);
    expect(store.destroy(9)).toBe(PSA_ERROR_INVALID_HANDLE);
  });

  it('maps a corrupt key file to DATA_CORRUPT', () => {
    writeFileSync(join(dir, 'key-00000009.json'), '{not json');
    expect(new KeyStore(dir).get(9).status).toBe(PSA_ERROR_DATA_CORRUPT);
  });

  it('answers INVALID_HANDLE for NULL and unknown identifiers', () => {
    const store = new KeyStore(dir);
    expect(store.get(0).status).toBe(PSA_ERROR_INVALID_HANDLE);
    expect(store.get(0x40000005).status).toBe(PSA_ERROR_INVALID_HANDLE);
    expect(store.get(0x80000000).status).toBe(PSA_ERROR_INVALID_HANDLE);
    expect(store.destroy(0x3fffffff)).toBe(PSA_ERROR_INVALID_HANDLE);
  });
});
