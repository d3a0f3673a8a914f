import { createECDH } from 'node:crypto';
import {
  PSA_ECC_FAMILY_SECP_K1,
  PSA_ECC_FAMILY_SECP_R1,
  PSA_KEY_TYPE_ECC_KEY_PAIR,
  PSA_KEY_TYPE_ECC_PUBLIC_KEY,
} from '../../constants/key-types';
import { PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { eccKeyHandler } from './ecc';

const PAIR = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1);
const PUBLIC = PSA_KEY_TYPE_ECC_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1);
const hex = (s: string): Buffer => Buffer.from(s, 'hex');

// psa-arch-tests api-tests/dev_apis/crypto/common/test_crypto_common.c ec_key_pair (P-224) and
// test_c004/test_data.h expected_ec_pubprv (its public key).
const P224_D = hex('6849f97d1066f699775963 7c7e3899464cee3ec7ac970653a0be0742'.replace(/ /g, ''));
const P224_Q = hex(
  '041693a290f7f0b571fe2b41d5d84b01327631f4a860f995fa332c097f54192bb10f00113f2affb13c1a24ce44914571a95440ae014a00cbf7',
);
// P-256 order n (SEC 2): d = n is out of range, d = n - 1 is the largest valid scalar.
const P256_N = hex('ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
const P256_N_MINUS_1 = hex('ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550');

describe('ECC SECP_R1 keys (§9.2.5)', () => {
  it('import the psa-arch-tests P-224 pair and derive its public key', () => {
    expect(eccKeyHandler.import(PAIR, P224_D, 224)).toEqual({ ok: true, bits: 224, material: P224_D });
    expect(eccKeyHandler.exportPublic!(PAIR, P224_D)).toEqual(P224_Q);
  });

  it.each([
    [32, 256],
    [48, 384],
    [66, 521],
  ])('infer %i-byte scalars as %i bits', (n, bits) => {
    const d = Buffer.alloc(n, 0);
    d[n - 1] = 7;
    expect(eccKeyHandler.import(PAIR, d, 0)).toMatchObject({ ok: true, bits });
  });

  it('check 0 < d < n', () => {
    expect(eccKeyHandler.import(PAIR, Buffer.alloc(32), 0)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
    expect(eccKeyHandler.import(PAIR, P256_N, 0)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
    expect(eccKeyHandler.import(PAIR, P256_N_MINUS_1, 256)).toMatchObject({ ok: true, bits: 256 });
  });

  it('apply the bits rules (c002 P-521 "not spec" and mismatch rows)', () => {
    const d = Buffer.alloc(66, 0);
    d[65] = 1;
    expect(eccKeyHandler.import(PAIR, d, 528)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
    expect(eccKeyHandler.import(PAIR, P224_D, 256)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
  });

  it('reject lengths no SECP_R1 curve has, refuse P-192 and other families', () => {
    expect(eccKeyHandler.import(PAIR, Buffer.alloc(30, 1), 0)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
    expect(eccKeyHandler.import(PAIR, Buffer.alloc(24, 1), 0)).toEqual({ ok: false, status: PSA_ERROR_NOT_SUPPORTED });
    const k1 = PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_K1);
    expect(eccKeyHandler.import(k1, Buffer.alloc(32, 1), 0)).toEqual({ ok: false, status: PSA_ERROR_NOT_SUPPORTED });
  });

  it('import public keys that are points on the curve', () => {
    expect(eccKeyHandler.import(PUBLIC, P224_Q, 0)).toMatchObject({ ok: true, bits: 224 });
    const offCurve = Buffer.from(P224_Q);
    offCurve[56] ^= 1;
    expect(eccKeyHandler.import(PUBLIC, offCurve, 0)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
  });

  it('accept only the uncompressed format', () => {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    expect(eccKeyHandler.import(PUBLIC, ecdh.getPublicKey(), 256)).toMatchObject({ ok: true, bits: 256 });
    expect(eccKeyHandler.import(PUBLIC, ecdh.getPublicKey(null, 'compressed'), 0)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
  });

  it('generate pairs whose scalar has the full width', () => {
    for (let i = 0; i < 5; i++) {
      const made = eccKeyHandler.generate(PAIR, 521);
      expect(made).toMatchObject({ ok: true, bits: 521 });
      if (made.ok) expect(made.material.length).toBe(66);
    }
    expect(eccKeyHandler.generate(PAIR, 255)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
  });
});
