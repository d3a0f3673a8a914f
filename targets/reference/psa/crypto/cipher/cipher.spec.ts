import * as A from '../../constants/algorithms';
import { PSA_KEY_TYPE_AES, PSA_KEY_TYPE_CHACHA20, PSA_KEY_TYPE_DES } from '../../constants/key-types';
import * as E from '../../constants/status';
import { PSA_KEY_USAGE_DECRYPT, PSA_KEY_USAGE_ENCRYPT } from '../../constants/usage';
import { hex, importKey, initialised, toHex } from '../test-support';

// NIST SP 800-38A F.2.1 (CBC-AES128.Encrypt) and F.5.1 (CTR-AES128.Encrypt), first block.
const KEY = hex('2b7e151628aed2a6abf7158809cf4f3c');
const P1 = hex('6bc1bee22e409f96e93d7e117393172a');
const BOTH = PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT;

describe('ciphers (PSA Crypto API 1.2 §10.4)', () => {
  it('AES-CBC-no-padding multipart (SP 800-38A F.2.1), then decrypts IV || ciphertext', async () => {
    const psa = await initialised();
    const key = await importKey(psa, PSA_KEY_TYPE_AES, KEY, BOTH, A.PSA_ALG_CBC_NO_PADDING);
    const op = await psa.psa_cipher_operation_init();
    expect(await psa.psa_cipher_encrypt_setup(op, key, A.PSA_ALG_CBC_NO_PADDING)).toBe(E.PSA_SUCCESS);
    expect((await psa.psa_cipher_update(op, P1, 16)).status).toBe(E.PSA_ERROR_BAD_STATE);
    await psa.psa_cipher_abort(op);
    await psa.psa_cipher_encrypt_setup(op, key, A.PSA_ALG_CBC_NO_PADDING);
    expect(await psa.psa_cipher_set_iv(op, hex('000102030405060708090a0b0c0d0e0f'))).toBe(E.PSA_SUCCESS);
    expect(toHex((await psa.psa_cipher_update(op, P1, 16)).data)).toBe('7649abac8119b246cee98e9b12e9197d');
    expect((await psa.psa_cipher_finish(op, 16)).status).toBe(E.PSA_SUCCESS);
    const back = await psa.psa_cipher_decrypt(key, A.PSA_ALG_CBC_NO_PADDING, hex('000102030405060708090a0b0c0d0e0f7649abac8119b246cee98e9b12e9197d'), 16);
    expect(toHex(back.data)).toBe(toHex(P1));
  });

  it('AES-CTR (SP 800-38A F.5.1) and a random-IV round trip', async () => {
    const psa = await initialised();
    const key = await importKey(psa, PSA_KEY_TYPE_AES, KEY, BOTH, A.PSA_ALG_CTR);
    const out = await psa.psa_cipher_decrypt(key, A.PSA_ALG_CTR, hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff874d6191b620e3261bef6864990db6ce'), 16);
    expect(toHex(out.data)).toBe(toHex(P1));
    const enc = await psa.psa_cipher_encrypt(key, A.PSA_ALG_CTR, Buffer.from('hello'), 64);
    expect(enc.data.length).toBe(21);
    expect(Buffer.from((await psa.psa_cipher_decrypt(key, A.PSA_ALG_CTR, enc.data, 64)).data).toString()).toBe('hello');
  });

  it('rejects a partial block without padding, bad padding, the wrong key type and IV misuse', async () => {
    const psa = await initialised();
    const key = await importKey(psa, PSA_KEY_TYPE_AES, KEY, BOTH, A.PSA_ALG_CBC_NO_PADDING);
    expect((await psa.psa_cipher_encrypt(key, A.PSA_ALG_CBC_NO_PADDING, hex('00'), 64)).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    const pkcs = await importKey(psa, PSA_KEY_TYPE_AES, KEY, BOTH, A.PSA_ALG_CBC_PKCS7);
    expect((await psa.psa_cipher_decrypt(pkcs, A.PSA_ALG_CBC_PKCS7, Buffer.alloc(32), 64)).status).toBe(E.PSA_ERROR_INVALID_PADDING);
    const chacha = await importKey(psa, PSA_KEY_TYPE_CHACHA20, Buffer.alloc(32), BOTH, A.PSA_ALG_CBC_NO_PADDING);
    expect((await psa.psa_cipher_encrypt(chacha, A.PSA_ALG_CBC_NO_PADDING, Buffer.alloc(16), 64)).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    const op = await psa.psa_cipher_operation_init();
    await psa.psa_cipher_decrypt_setup(op, key, A.PSA_ALG_CBC_NO_PADDING);
    expect((await psa.psa_cipher_generate_iv(op, 16)).status).toBe(E.PSA_ERROR_BAD_STATE);
  });

  it('3DES-CBC round trip', async () => {
    const psa = await initialised();
    const key = await importKey(psa, PSA_KEY_TYPE_DES, hex('0123456789abcdeff1e0d3c2b5a49786fedcba9876543210'), BOTH, A.PSA_ALG_CBC_NO_PADDING);
    const enc = await psa.psa_cipher_encrypt(key, A.PSA_ALG_CBC_NO_PADDING, Buffer.from('8 bytes!'), 64);
    expect(enc.data.length).toBe(16);
    expect(Buffer.from((await psa.psa_cipher_decrypt(key, A.PSA_ALG_CBC_NO_PADDING, enc.data, 64)).data).toString()).toBe('8 bytes!');
  });
});
