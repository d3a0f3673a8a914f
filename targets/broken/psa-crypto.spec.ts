import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PSA_ERROR_BUFFER_TOO_SMALL,
  PSA_ERROR_INVALID_ARGUMENT,
  PSA_ERROR_INVALID_HANDLE,
  PSA_SUCCESS,
} from '../reference/psa/constants/status';
import { createBrokenPsaCrypto } from './psa-crypto';

const key16 = new Uint8Array(16).fill(0x2b);
const attrs = { type: 0x2400, bits: 128, usage: 0x800, alg: 0x04c01000, lifetime: 0, id: 0 };

describe('broken PSA Crypto target', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'psa-broken-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exports a key that lacks PSA_KEY_USAGE_EXPORT (the deliberate break)', async () => {
    const psa = createBrokenPsaCrypto({ workDir: dir });
    await psa.psa_crypto_init();
    const { key } = await psa.psa_import_key(attrs, key16);
    expect(await psa.psa_export_key(key, 1200)).toEqual({ status: PSA_SUCCESS, data: key16 });
    await psa.close();
  });

  it('keeps every other rule of the reference', async () => {
    const psa = createBrokenPsaCrypto({ workDir: dir });
    await psa.psa_crypto_init();
    const { key } = await psa.psa_import_key(attrs, key16);
    expect((await psa.psa_export_key(key, 14)).status).toBe(PSA_ERROR_BUFFER_TOO_SMALL);
    expect((await psa.psa_export_public_key(key, 1200)).status).toBe(PSA_ERROR_INVALID_ARGUMENT);
    expect(await psa.psa_destroy_key(key)).toBe(PSA_SUCCESS);
    expect((await psa.psa_export_key(key, 1200)).status).toBe(PSA_ERROR_INVALID_HANDLE);
    await psa.close();
  });
});
