import * as A from '../../constants/algorithms';
import { PSA_KEY_TYPE_AES, PSA_KEY_TYPE_HMAC } from '../../constants/key-types';
import * as E from '../../constants/status';
import { PSA_KEY_USAGE_SIGN_MESSAGE, PSA_KEY_USAGE_VERIFY_MESSAGE } from '../../constants/usage';
import { hex, importKey, initialised, toHex } from '../test-support';

// RFC 4231 test case 2 (key "Jefe").
const JEFE = Buffer.from('Jefe');
const WHAT = Buffer.from('what do ya want for nothing?');
const HMAC_SHA256 = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
const USAGE = PSA_KEY_USAGE_SIGN_MESSAGE | PSA_KEY_USAGE_VERIFY_MESSAGE;

describe('MAC (PSA Crypto API 1.2 §10.3)', () => {
  it('computes and verifies HMAC-SHA-256 (RFC 4231 test case 2), also in parts', async () => {
    const psa = await initialised();
    const alg = A.PSA_ALG_HMAC(A.PSA_ALG_SHA_256);
    const key = await importKey(psa, PSA_KEY_TYPE_HMAC, JEFE, USAGE, alg);
    expect(toHex((await psa.psa_mac_compute(key, alg, WHAT, 32)).data)).toBe(HMAC_SHA256);
    expect(await psa.psa_mac_verify(key, alg, WHAT, hex(HMAC_SHA256))).toBe(E.PSA_SUCCESS);
    const op = await psa.psa_mac_operation_init();
    expect(await psa.psa_mac_sign_setup(op, key, alg)).toBe(E.PSA_SUCCESS);
    await psa.psa_mac_update(op, WHAT.subarray(0, 5));
    await psa.psa_mac_update(op, WHAT.subarray(5));
    expect(await psa.psa_mac_verify_finish(op, hex(HMAC_SHA256))).toBe(E.PSA_ERROR_BAD_STATE);
    expect(await psa.psa_mac_abort(op)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_mac_verify_setup(op, key, alg)).toBe(E.PSA_SUCCESS);
    await psa.psa_mac_update(op, WHAT);
    expect(await psa.psa_mac_verify_finish(op, hex(HMAC_SHA256).subarray(0, 31))).toBe(E.PSA_ERROR_INVALID_SIGNATURE);
  });

  it('truncates, and enforces the at-least-this-length policy wildcard (§9.5.2)', async () => {
    const psa = await initialised();
    const base = A.PSA_ALG_HMAC(A.PSA_ALG_SHA_256);
    const key = await importKey(psa, PSA_KEY_TYPE_HMAC, JEFE, USAGE, A.PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(base, 10));
    expect(toHex((await psa.psa_mac_compute(key, A.PSA_ALG_TRUNCATED_MAC(base, 12), WHAT, 64)).data)).toBe(HMAC_SHA256.slice(0, 24));
    expect((await psa.psa_mac_compute(key, A.PSA_ALG_TRUNCATED_MAC(base, 8), WHAT, 64)).status).toBe(E.PSA_ERROR_NOT_PERMITTED);
    expect((await psa.psa_mac_compute(key, base, WHAT, 64)).status).toBe(E.PSA_SUCCESS);
  });

  it('computes AES-CMAC and rejects wrong key types', async () => {
    const psa = await initialised();
    const key = await importKey(psa, PSA_KEY_TYPE_AES, hex('2b7e151628aed2a6abf7158809cf4f3c'), USAGE, A.PSA_ALG_CMAC);
    // RFC 4493 §4, Example 2 (16-byte message).
    expect(toHex((await psa.psa_mac_compute(key, A.PSA_ALG_CMAC, hex('6bc1bee22e409f96e93d7e117393172a'), 16)).data)).toBe('070a16b46b4d4144f79bdd9dd04a287c');
    const hmacKey = await importKey(psa, PSA_KEY_TYPE_HMAC, JEFE, USAGE, A.PSA_ALG_CMAC);
    expect((await psa.psa_mac_compute(hmacKey, A.PSA_ALG_CMAC, WHAT, 16)).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    expect((await psa.psa_mac_compute(key, A.PSA_ALG_CMAC, WHAT, 15)).status).toBe(E.PSA_ERROR_BUFFER_TOO_SMALL);
  });
});
