import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PsaKeyAttributes } from '../../../roles/psa-crypto';
import * as S from '../constants/status';
import { PsaCryptoSimulator } from './simulator';

const AES = 0x2400;
const ECC_PAIR_R1 = 0x7112;
const ECC_PUBLIC_R1 = 0x4112;
const EXPORT = 0x1;
const attrs = (over: Partial<PsaKeyAttributes> = {}): PsaKeyAttributes => ({
  type: AES,
  bits: 0,
  usage: EXPORT,
  alg: 0x04c01000,
  lifetime: 0,
  id: 0,
  ...over,
});
const key16 = new Uint8Array(Buffer.from('2b7e151628aed2a6abf7158809cf4f3c', 'hex'));

describe('PsaCryptoSimulator status rules', () => {
  let dir: string;
  let psa: PsaCryptoSimulator;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'psa-sim-'));
    psa = new PsaCryptoSimulator({ storageDir: dir });
  });
  afterEach(async () => {
    await psa.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const imported = async (over: Partial<PsaKeyAttributes> = {}, data = key16): Promise<number> => {
    await psa.psa_crypto_init();
    const { status, key } = await psa.psa_import_key(attrs(over), data);
    expect(status).toBe(S.PSA_SUCCESS);
    return key;
  };

  describe('library state (§8.2, psa-arch-tests c001)', () => {
    it('answers BAD_STATE to every function before psa_crypto_init', async () => {
      expect((await psa.psa_generate_random(32)).status).toBe(S.PSA_ERROR_BAD_STATE);
      expect(await psa.psa_import_key(attrs(), key16)).toEqual({ status: S.PSA_ERROR_BAD_STATE, key: 0 });
      expect(await psa.psa_generate_key(attrs({ bits: 128 }))).toEqual({ status: S.PSA_ERROR_BAD_STATE, key: 0 });
      expect((await psa.psa_export_key(0x40000000, 100)).status).toBe(S.PSA_ERROR_BAD_STATE);
      expect((await psa.psa_export_public_key(0x40000000, 100)).status).toBe(S.PSA_ERROR_BAD_STATE);
      expect(await psa.psa_destroy_key(0x40000000)).toBe(S.PSA_ERROR_BAD_STATE);
      expect(await psa.psa_destroy_key(0)).toBe(S.PSA_ERROR_BAD_STATE);
      expect((await psa.psa_get_key_attributes(0x40000000)).status).toBe(S.PSA_ERROR_BAD_STATE);
    });

    it('accepts repeated psa_crypto_init', async () => {
      for (let i = 0; i < 5; i++) expect(await psa.psa_crypto_init()).toBe(S.PSA_SUCCESS);
    });

    it('is back to BAD_STATE after close', async () => {
      const key = await imported();
      await psa.close();
      expect((await psa.psa_export_key(key, 100)).status).toBe(S.PSA_ERROR_BAD_STATE);
    });

    it('generates random bytes of the requested length', async () => {
      await psa.psa_crypto_init();
      const a = await psa.psa_generate_random(32);
      const b = await psa.psa_generate_random(32);
      expect(a.status).toBe(S.PSA_SUCCESS);
      expect(a.data.length).toBe(32);
      expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(false);
    });
  });

  describe('psa_import_key (§9.6, c002)', () => {
    it('returns a VENDOR-range identifier and the inferred attributes', async () => {
      const key = await imported();
      expect(key).toBeGreaterThanOrEqual(0x40000000);
      expect(await psa.psa_get_key_attributes(key)).toEqual({ status: S.PSA_SUCCESS, attributes: attrs({ bits: 128, id: key }) });
    });

    it.each([
      ['PSA_KEY_TYPE_NONE', attrs({ type: 0 }), key16, S.PSA_ERROR_NOT_SUPPORTED],
      ['an unknown key type', attrs({ type: 0x2999 }), key16, S.PSA_ERROR_NOT_SUPPORTED],
      ['a key of size 0', attrs(), new Uint8Array(0), S.PSA_ERROR_INVALID_ARGUMENT],
      ['bits that do not match', attrs({ bits: 129 }), key16, S.PSA_ERROR_INVALID_ARGUMENT],
      ['undefined usage bits', attrs({ usage: 0x10000 }), key16, S.PSA_ERROR_INVALID_ARGUMENT],
      ['an application id on a volatile key', attrs({ id: 0x12 }), key16, S.PSA_ERROR_INVALID_ARGUMENT],
      ['a VENDOR-range id for a persistent key', attrs({ lifetime: 1, id: 0x40000001 }), key16, S.PSA_ERROR_INVALID_ARGUMENT],
      ['a secure-element location', attrs({ lifetime: 0x101, id: 3 }), key16, S.PSA_ERROR_NOT_SUPPORTED],
    ])('rejects %s and returns PSA_KEY_ID_NULL', async (_what, a, data, status) => {
      await psa.psa_crypto_init();
      expect(await psa.psa_import_key(a, data)).toEqual({ status, key: 0 });
    });

    it('adds the implied message usages', async () => {
      const key = await imported({ usage: 0x1000 | 0x2000 });
      expect((await psa.psa_get_key_attributes(key)).attributes.usage).toBe(0x3c00);
    });
  });

  describe('persistent keys (§9.3, §9.4)', () => {
    it('survive close and reopen on the same storage folder', async () => {
      const key = await imported({ lifetime: 1, id: 0x1234 });
      expect(key).toBe(0x1234);
      await psa.close();
      const reopened = new PsaCryptoSimulator({ storageDir: dir });
      await reopened.psa_crypto_init();
      expect(await reopened.psa_export_key(0x1234, 16)).toEqual({ status: S.PSA_SUCCESS, data: key16 });
      expect(await reopened.psa_import_key(attrs({ lifetime: 1, id: 0x1234 }), key16)).toEqual({ status: S.PSA_ERROR_ALREADY_EXISTS, key: 0 });
      expect(await reopened.psa_destroy_key(0x1234)).toBe(S.PSA_SUCCESS);
      await reopened.close();
    });
  });

  describe('psa_export_key (§9.6, c003)', () => {
    it('exports exactly the imported bytes into a buffer of exactly the right size', async () => {
      const key = await imported();
      expect(await psa.psa_export_key(key, 16)).toEqual({ status: S.PSA_SUCCESS, data: key16 });
    });

    it('needs PSA_KEY_USAGE_EXPORT', async () => {
      const key = await imported({ usage: 0x800 });
      expect(await psa.psa_export_key(key, 1200)).toEqual({ status: S.PSA_ERROR_NOT_PERMITTED, data: new Uint8Array(0) });
    });

    it('does not need PSA_KEY_USAGE_EXPORT for a public key', async () => {
      const ecdhPublic = Buffer.from(
        '04dea5e45d0ea37fc566232a508f4ad20ea13d47e4bf5fa4d54a57a0ba012042087097496efc583fed8b24a5b9be9a51de063f5a00a8b698a16fd7f29b5485f320',
        'hex',
      );
      const key = await imported({ type: ECC_PUBLIC_R1, usage: 0 }, new Uint8Array(ecdhPublic));
      expect((await psa.psa_export_key(key, 65)).status).toBe(S.PSA_SUCCESS);
    });

    it('reports a buffer one byte too small', async () => {
      const key = await imported();
      expect((await psa.psa_export_key(key, 15)).status).toBe(S.PSA_ERROR_BUFFER_TOO_SMALL);
    });

    it('reports NULL, unknown and destroyed keys as INVALID_HANDLE', async () => {
      const key = await imported();
      expect((await psa.psa_export_key(0, 100)).status).toBe(S.PSA_ERROR_INVALID_HANDLE);
      expect((await psa.psa_export_key(key + 1, 100)).status).toBe(S.PSA_ERROR_INVALID_HANDLE);
      await psa.psa_destroy_key(key);
      expect((await psa.psa_export_key(key, 100)).status).toBe(S.PSA_ERROR_INVALID_HANDLE);
    });
  });

  describe('psa_export_public_key (§9.6, c004)', () => {
    it('rejects a symmetric key with INVALID_ARGUMENT', async () => {
      const key = await imported();
      expect((await psa.psa_export_public_key(key, 1200)).status).toBe(S.PSA_ERROR_INVALID_ARGUMENT);
    });

    it('exports the public part of a generated pair without any usage flag', async () => {
      await psa.psa_crypto_init();
      const { status, key } = await psa.psa_generate_key(attrs({ type: ECC_PAIR_R1, bits: 256, usage: 0 }));
      expect(status).toBe(S.PSA_SUCCESS);
      const pub = await psa.psa_export_public_key(key, 65);
      expect(pub.status).toBe(S.PSA_SUCCESS);
      expect(pub.data.length).toBe(65);
      expect(pub.data[0]).toBe(0x04);
      expect((await psa.psa_export_public_key(key, 64)).status).toBe(S.PSA_ERROR_BUFFER_TOO_SMALL);
      expect((await psa.psa_export_key(key, 100)).status).toBe(S.PSA_ERROR_NOT_PERMITTED);
    });
  });

  describe('psa_generate_key (§9.6)', () => {
    it.each([
      ['a public key type', attrs({ type: ECC_PUBLIC_R1, bits: 256 }), S.PSA_ERROR_INVALID_ARGUMENT],
      ['size 0', attrs({ bits: 0 }), S.PSA_ERROR_INVALID_ARGUMENT],
      ['an invalid AES size', attrs({ bits: 100 }), S.PSA_ERROR_INVALID_ARGUMENT],
      ['an unsupported type', attrs({ type: 0x2406, bits: 128 }), S.PSA_ERROR_NOT_SUPPORTED],
    ])('rejects %s', async (_what, a, status) => {
      await psa.psa_crypto_init();
      expect(await psa.psa_generate_key(a)).toEqual({ status, key: 0 });
    });

    it('generates an AES key of the requested size', async () => {
      await psa.psa_crypto_init();
      const { key } = await psa.psa_generate_key(attrs({ bits: 256 }));
      expect((await psa.psa_export_key(key, 100)).data.length).toBe(32);
    });
  });

  describe('psa_destroy_key and psa_get_key_attributes (§9.6, §9.1, c005)', () => {
    it('destroys once; a second destroy is INVALID_HANDLE; NULL is a no-op', async () => {
      const key = await imported();
      expect(await psa.psa_destroy_key(key)).toBe(S.PSA_SUCCESS);
      expect(await psa.psa_destroy_key(key)).toBe(S.PSA_ERROR_INVALID_HANDLE);
      expect(await psa.psa_destroy_key(0)).toBe(S.PSA_SUCCESS);
    });

    it('returns zeroed attributes for a destroyed key', async () => {
      const key = await imported();
      await psa.psa_destroy_key(key);
      expect(await psa.psa_get_key_attributes(key)).toEqual({
        status: S.PSA_ERROR_INVALID_HANDLE,
        attributes: { type: 0, bits: 0, usage: 0, alg: 0, lifetime: 0, id: 0 },
      });
    });
  });
});
