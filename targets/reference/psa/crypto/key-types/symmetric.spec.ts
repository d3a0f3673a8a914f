import { PSA_KEY_TYPE_AES, PSA_KEY_TYPE_DES, PSA_KEY_TYPE_HMAC } from '../../constants/key-types';
import { PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { aesKeyHandler } from './aes';
import { desKeyHandler, withOddParity } from './des';
import { MAX_RAW_BYTES, rawKeyHandler } from './raw';

const bytes = (n: number): Buffer => Buffer.alloc(n, 0x5a);

describe('AES keys (§9.2.3)', () => {
  it.each([16, 24, 32])('import %i bytes and infer the size', (n) => {
    expect(aesKeyHandler.import(PSA_KEY_TYPE_AES, bytes(n), 0)).toEqual({ ok: true, bits: n * 8, material: bytes(n) });
  });

  it('accept a matching explicit size', () => {
    expect(aesKeyHandler.import(PSA_KEY_TYPE_AES, bytes(16), 128)).toMatchObject({ ok: true, bits: 128 });
  });

  it.each([
    ['bits one too many (c002 "invalid bits")', 16, 129],
    ['bits of another AES size', 16, 256],
    ['34 bytes (c002 "greater than the algorithm size")', 34, 272],
    ['18 bytes (c002 "incorrect key data size")', 18, 144],
    ['18 bytes, bits inferred', 18, 0],
  ])('reject %s with INVALID_ARGUMENT', (_what, n, bits) => {
    expect(aesKeyHandler.import(PSA_KEY_TYPE_AES, bytes(n), bits)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
  });

  it('generate the requested sizes only', () => {
    const made = aesKeyHandler.generate(PSA_KEY_TYPE_AES, 192);
    expect(made).toMatchObject({ ok: true, bits: 192 });
    expect(made.ok && made.material.length).toBe(24);
    expect(aesKeyHandler.generate(PSA_KEY_TYPE_AES, 64)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
  });
});

describe('DES keys (§9.2.3)', () => {
  it.each([
    [16, 128],
    [24, 192],
  ])('import %i-byte Triple-DES keys without checking parity', (n, bits) => {
    // psa-arch-tests key_data starts 01 03 0E …: 0x03 has even parity, and c002 expects SUCCESS.
    const data = Buffer.from('01030e0f1f3fefff020a2aaa042488033377ff80c0e0f0f8', 'hex').subarray(0, n);
    expect(desKeyHandler.import(PSA_KEY_TYPE_DES, data, bits)).toMatchObject({ ok: true, bits });
  });

  it('treat single DES as a valid size this implementation does not support', () => {
    expect(desKeyHandler.import(PSA_KEY_TYPE_DES, bytes(8), 64)).toEqual({ ok: false, status: PSA_ERROR_NOT_SUPPORTED });
    expect(desKeyHandler.generate(PSA_KEY_TYPE_DES, 64)).toEqual({ ok: false, status: PSA_ERROR_NOT_SUPPORTED });
  });

  it('reject other lengths and mismatched bits', () => {
    expect(desKeyHandler.import(PSA_KEY_TYPE_DES, bytes(12), 0)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
    expect(desKeyHandler.import(PSA_KEY_TYPE_DES, bytes(16), 192)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
  });

  it('generate keys with odd parity', () => {
    const made = desKeyHandler.generate(PSA_KEY_TYPE_DES, 192);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.material.length).toBe(24);
    for (const b of made.material) expect((b.toString(2).match(/1/g) ?? []).length % 2).toBe(1);
    expect(withOddParity(Buffer.from([0x00, 0x03, 0xfe]))).toEqual(Buffer.from([0x01, 0x02, 0xfe]));
  });
});

describe('raw keys: RAW_DATA, HMAC, DERIVE (§9.2.2)', () => {
  it('import any non-empty length', () => {
    expect(rawKeyHandler.import(PSA_KEY_TYPE_HMAC, bytes(5), 0)).toMatchObject({ ok: true, bits: 40 });
    expect(rawKeyHandler.import(PSA_KEY_TYPE_HMAC, bytes(5), 48)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
  });

  it('refuse sizes beyond the implementation limit', () => {
    expect(rawKeyHandler.import(PSA_KEY_TYPE_HMAC, bytes(MAX_RAW_BYTES + 1), 0)).toEqual({ ok: false, status: PSA_ERROR_NOT_SUPPORTED });
  });

  it('generate whole bytes only', () => {
    expect(rawKeyHandler.generate(PSA_KEY_TYPE_HMAC, 256)).toMatchObject({ ok: true, bits: 256 });
    expect(rawKeyHandler.generate(PSA_KEY_TYPE_HMAC, 255)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
  });
});
