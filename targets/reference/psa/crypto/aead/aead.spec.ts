import * as A from '../../constants/algorithms';
import { PSA_KEY_TYPE_AES, PSA_KEY_TYPE_CHACHA20 } from '../../constants/key-types';
import * as E from '../../constants/status';
import { PSA_KEY_USAGE_DECRYPT, PSA_KEY_USAGE_ENCRYPT } from '../../constants/usage';
import { hex, importKey, initialised, toHex } from '../test-support';

const BOTH = PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT;
// Mbed TLS test_suite_psa_crypto.data "PSA AEAD encrypt: AES-CCM, 23 bytes" (psa.md §3.2).
const CCM = {
  key: hex('D7828D13B2B0BDC325A76236DF93CC6B'),
  nonce: hex('00412B4EA9CDBE3C9696766CFA'),
  ad: hex('0BE1A88BACE018B1'),
  pt: hex('08E8CF97D820EA258460E96AD9CF5289054D895CEAC47C'),
  ct: '4cb97f86a2a4689a877947ab8091ef5386a6ffbdd080f8120333d1fcb691f3406cbf531f83a4d8',
};
// McGrew & Viega GCM spec, test case 3 (AES-128, 96-bit IV, no AD).
const GCM = {
  key: hex('feffe9928665731c6d6a8f9467308308'),
  iv: hex('cafebabefacedbaddecaf888'),
  pt: hex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255'),
  ct: '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985',
  tag: '4d5c2af327cd64a62cf35abd2ba6fab4',
};

describe('AEAD (PSA Crypto API 1.2 §10.5)', () => {
  it('CCM single-part KAT, and a changed tag → INVALID_SIGNATURE', async () => {
    const psa = await initialised();
    const key = await importKey(psa, PSA_KEY_TYPE_AES, CCM.key, BOTH, A.PSA_ALG_CCM);
    expect(toHex((await psa.psa_aead_encrypt(key, A.PSA_ALG_CCM, CCM.nonce, CCM.ad, CCM.pt, 64)).data)).toBe(CCM.ct);
    expect(toHex((await psa.psa_aead_decrypt(key, A.PSA_ALG_CCM, CCM.nonce, CCM.ad, hex(CCM.ct), 64)).data)).toBe(toHex(CCM.pt));
    const bad = hex(CCM.ct);
    bad[bad.length - 1] ^= 1;
    expect((await psa.psa_aead_decrypt(key, A.PSA_ALG_CCM, CCM.nonce, CCM.ad, bad, 64)).status).toBe(E.PSA_ERROR_INVALID_SIGNATURE);
  });

  it('CCM multipart needs the lengths before the nonce and checks them at finish', async () => {
    const psa = await initialised();
    const key = await importKey(psa, PSA_KEY_TYPE_AES, CCM.key, BOTH, A.PSA_ALG_CCM);
    const op = await psa.psa_aead_operation_init();
    await psa.psa_aead_encrypt_setup(op, key, A.PSA_ALG_CCM);
    expect(await psa.psa_aead_set_nonce(op, CCM.nonce)).toBe(E.PSA_ERROR_BAD_STATE);
    await psa.psa_aead_abort(op);
    await psa.psa_aead_encrypt_setup(op, key, A.PSA_ALG_CCM);
    expect(await psa.psa_aead_set_lengths(op, CCM.ad.length, CCM.pt.length)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_aead_set_nonce(op, CCM.nonce)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_aead_update_ad(op, CCM.ad)).toBe(E.PSA_SUCCESS);
    await psa.psa_aead_update(op, CCM.pt.subarray(0, 10), 64);
    await psa.psa_aead_update(op, CCM.pt.subarray(10), 64);
    const done = await psa.psa_aead_finish(op, 64, 16);
    expect(toHex(done.ciphertext) + toHex(done.tag)).toBe(CCM.ct);
  });

  it('GCM test case 3, streaming decrypt with psa_aead_verify', async () => {
    const psa = await initialised();
    const key = await importKey(psa, PSA_KEY_TYPE_AES, GCM.key, BOTH, A.PSA_ALG_GCM);
    expect(toHex((await psa.psa_aead_encrypt(key, A.PSA_ALG_GCM, GCM.iv, Buffer.alloc(0), GCM.pt, 128)).data)).toBe(GCM.ct + GCM.tag);
    const op = await psa.psa_aead_operation_init();
    await psa.psa_aead_decrypt_setup(op, key, A.PSA_ALG_GCM);
    await psa.psa_aead_set_nonce(op, GCM.iv);
    await psa.psa_aead_update(op, hex(GCM.ct), 64);
    expect((await psa.psa_aead_finish(op, 64, 16)).status).toBe(E.PSA_ERROR_BAD_STATE);
    await psa.psa_aead_abort(op);
    await psa.psa_aead_decrypt_setup(op, key, A.PSA_ALG_GCM);
    await psa.psa_aead_set_nonce(op, GCM.iv);
    await psa.psa_aead_update(op, hex(GCM.ct), 64);
    expect(toHex((await psa.psa_aead_verify(op, 64, hex(GCM.tag))).data)).toBe(toHex(GCM.pt));
  });

  it('rejects wrong tag lengths, wrong key types and the at-least wildcard as an operation algorithm', async () => {
    const psa = await initialised();
    const key = await importKey(psa, PSA_KEY_TYPE_AES, CCM.key, BOTH, A.PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(A.PSA_ALG_CCM, 8));
    const ccm8 = A.PSA_ALG_AEAD_WITH_SHORTENED_TAG(A.PSA_ALG_CCM, 8);
    expect((await psa.psa_aead_encrypt(key, ccm8, CCM.nonce, CCM.ad, CCM.pt, 64)).status).toBe(E.PSA_SUCCESS);
    expect((await psa.psa_aead_encrypt(key, A.PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(A.PSA_ALG_CCM, 8), CCM.nonce, CCM.ad, CCM.pt, 64)).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    const odd = await importKey(psa, PSA_KEY_TYPE_AES, CCM.key, BOTH, A.PSA_ALG_AEAD_WITH_SHORTENED_TAG(A.PSA_ALG_CCM, 5));
    expect((await psa.psa_aead_encrypt(odd, A.PSA_ALG_AEAD_WITH_SHORTENED_TAG(A.PSA_ALG_CCM, 5), CCM.nonce, CCM.ad, CCM.pt, 64)).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    const chacha = await importKey(psa, PSA_KEY_TYPE_CHACHA20, Buffer.alloc(32), BOTH, A.PSA_ALG_GCM);
    expect((await psa.psa_aead_encrypt(chacha, A.PSA_ALG_GCM, GCM.iv, Buffer.alloc(0), GCM.pt, 128)).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
  });
});
