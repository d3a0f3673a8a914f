import { generateKeyPairSync } from 'node:crypto';
import { PSA_KEY_TYPE_RSA_KEY_PAIR, PSA_KEY_TYPE_RSA_PUBLIC_KEY } from '../../constants/key-types';
import { PSA_ERROR_INVALID_ARGUMENT, PSA_ERROR_NOT_SUPPORTED } from '../../constants/status';
import { rsaKeyHandler } from './rsa';

function rsaKey(bits: number): { pair: Buffer; pub: Buffer } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return { pair: privateKey.export({ format: 'der', type: 'pkcs1' }), pub: publicKey.export({ format: 'der', type: 'pkcs1' }) };
}

describe('RSA keys (§9.2.4)', () => {
  const k1024 = rsaKey(1024);

  it('import an RSAPrivateKey and infer the modulus size', () => {
    expect(rsaKeyHandler.import(PSA_KEY_TYPE_RSA_KEY_PAIR, k1024.pair, 0)).toEqual({ ok: true, bits: 1024, material: k1024.pair });
  });

  it('import an RSAPublicKey', () => {
    expect(rsaKeyHandler.import(PSA_KEY_TYPE_RSA_PUBLIC_KEY, k1024.pub, 1024)).toMatchObject({ ok: true, bits: 1024 });
  });

  it('reject a size that does not match the modulus', () => {
    expect(rsaKeyHandler.import(PSA_KEY_TYPE_RSA_KEY_PAIR, k1024.pair, 2048)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
  });

  it.each([
    ['a public key given as a key pair', PSA_KEY_TYPE_RSA_KEY_PAIR, () => k1024.pub],
    ['a key pair given as a public key', PSA_KEY_TYPE_RSA_PUBLIC_KEY, () => k1024.pair],
    ['a truncated key', PSA_KEY_TYPE_RSA_KEY_PAIR, () => k1024.pair.subarray(0, 100)],
    ['trailing bytes', PSA_KEY_TYPE_RSA_PUBLIC_KEY, () => Buffer.concat([k1024.pub, Buffer.from([0])])],
  ])('reject %s', (_what, type, data) => {
    expect(rsaKeyHandler.import(type, data(), 0)).toEqual({ ok: false, status: PSA_ERROR_INVALID_ARGUMENT });
  });

  it('refuse moduli outside the supported sizes', () => {
    const small = rsaKey(512);
    expect(rsaKeyHandler.import(PSA_KEY_TYPE_RSA_KEY_PAIR, small.pair, 0)).toEqual({ ok: false, status: PSA_ERROR_NOT_SUPPORTED });
    expect(rsaKeyHandler.generate(PSA_KEY_TYPE_RSA_KEY_PAIR, 512)).toEqual({ ok: false, status: PSA_ERROR_NOT_SUPPORTED });
  });

  it('export the public part of a pair as RSAPublicKey', () => {
    expect(rsaKeyHandler.exportPublic!(PSA_KEY_TYPE_RSA_KEY_PAIR, k1024.pair)).toEqual(k1024.pub);
    expect(rsaKeyHandler.exportPublic!(PSA_KEY_TYPE_RSA_PUBLIC_KEY, k1024.pub)).toEqual(k1024.pub);
  });

  it('generate a pair that imports back with the same size', () => {
    const made = rsaKeyHandler.generate(PSA_KEY_TYPE_RSA_KEY_PAIR, 1024);
    expect(made).toMatchObject({ ok: true, bits: 1024 });
    if (made.ok) expect(rsaKeyHandler.import(PSA_KEY_TYPE_RSA_KEY_PAIR, made.material, 1024)).toMatchObject({ ok: true });
  });
});
