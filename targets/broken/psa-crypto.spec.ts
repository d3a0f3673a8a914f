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

describe('broken PSA Crypto target: AEAD without tag verification', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'psa-broken-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts a forged tag (the deliberate break) but still decrypts authentic input correctly', async () => {
    const psa = createBrokenPsaCrypto({ workDir: dir });
    await psa.psa_crypto_init();
    const ccm = 0x05500100;
    const { key } = await psa.psa_import_key({ type: 0x2400, bits: 0, usage: 0x300, alg: ccm, lifetime: 0, id: 0 }, key16);
    const nonce = new Uint8Array(13);
    const sealed = await psa.psa_aead_encrypt(key, ccm, nonce, new Uint8Array(0), Buffer.from('secret'), 64);
    expect(Buffer.from((await psa.psa_aead_decrypt(key, ccm, nonce, new Uint8Array(0), sealed.data, 64)).data).toString()).toBe('secret');
    const forged = Buffer.from(sealed.data);
    forged[forged.length - 1] ^= 0xff;
    expect(await psa.psa_aead_decrypt(key, ccm, nonce, new Uint8Array(0), forged, 64)).toEqual({ status: PSA_SUCCESS, data: new Uint8Array(Buffer.from('secret')) });
    await psa.close();
  });
});
