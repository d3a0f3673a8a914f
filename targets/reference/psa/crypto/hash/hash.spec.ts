import * as A from '../../constants/algorithms';
import * as E from '../../constants/status';
import { initialised, hex, toHex } from '../test-support';

// FIPS 180-2 / FIPS 202 "abc" examples, and psa-arch-tests' SHA-256 of 0xbd (test_crypto_common.c).
const ABC = Buffer.from('abc');
const KATS: Array<[string, number, string]> = [
  ['SHA-1', A.PSA_ALG_SHA_1, 'a9993e364706816aba3e25717850c26c9cd0d89d'],
  ['SHA-224', A.PSA_ALG_SHA_224, '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7'],
  ['SHA-256', A.PSA_ALG_SHA_256, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['SHA3-256', A.PSA_ALG_SHA3_256, '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532'],
  ['MD5', A.PSA_ALG_MD5, '900150983cd24fb0d6963f7d28e17f72'],
];

describe('hash (PSA Crypto API 1.2 §10.2)', () => {
  it.each(KATS)('psa_hash_compute %s("abc")', async (_name, alg, digest) => {
    const psa = await initialised();
    expect(toHex((await psa.psa_hash_compute(alg, ABC, 64)).data)).toBe(digest);
  });

  it('compares, and rejects a wrong length or value with INVALID_SIGNATURE', async () => {
    const psa = await initialised();
    const good = hex(KATS[2][2]);
    expect(await psa.psa_hash_compare(A.PSA_ALG_SHA_256, ABC, good)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_hash_compare(A.PSA_ALG_SHA_256, ABC, good.subarray(1))).toBe(E.PSA_ERROR_INVALID_SIGNATURE);
    expect(await psa.psa_hash_compare(A.PSA_ALG_CTR, ABC, good)).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    expect(await psa.psa_hash_compare(A.PSA_ALG_MD2, ABC, good)).toBe(E.PSA_ERROR_NOT_SUPPORTED);
  });

  it('follows the multipart state rules: setup, update, clone, finish, BAD_STATE after', async () => {
    const psa = await initialised();
    const op = await psa.psa_hash_operation_init();
    const copy = await psa.psa_hash_operation_init();
    expect(await psa.psa_hash_update(op, ABC)).toBe(E.PSA_ERROR_BAD_STATE);
    expect(await psa.psa_hash_abort(op)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_hash_setup(op, A.PSA_ALG_SHA_256)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_hash_setup(op, A.PSA_ALG_SHA_256)).toBe(E.PSA_ERROR_BAD_STATE);
    expect(await psa.psa_hash_abort(op)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_hash_setup(op, A.PSA_ALG_SHA_256)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_hash_update(op, Buffer.from('a'))).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_hash_clone(op, copy)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_hash_update(op, Buffer.from('bc'))).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_hash_update(copy, Buffer.from('bc'))).toBe(E.PSA_SUCCESS);
    expect((await psa.psa_hash_finish(op, 31)).status).toBe(E.PSA_ERROR_BUFFER_TOO_SMALL);
    expect((await psa.psa_hash_finish(op, 32)).status).toBe(E.PSA_ERROR_BAD_STATE);
    expect(await psa.psa_hash_verify(copy, hex(KATS[2][2]))).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_hash_verify(copy, hex(KATS[2][2]))).toBe(E.PSA_ERROR_BAD_STATE);
  });

});

describe('hash suspend/resume (§10.2.4, hash suspend state format)', () => {
  it('suspends SHA-256 after "abc" as alg || length || FIPS 180-4 initial words || pending bytes', async () => {
    const psa = await initialised();
    const op = await psa.psa_hash_operation_init();
    await psa.psa_hash_setup(op, A.PSA_ALG_SHA_256);
    await psa.psa_hash_update(op, ABC);
    const state = await psa.psa_hash_suspend(op, 107);
    expect(toHex(state.data)).toBe(
      '02000009' + '0000000000000003' + '6a09e667bb67ae853c6ef372a54ff53a510e527f9b05688c1f83d9ab5be0cd19' + '616263',
    );
    expect(await psa.psa_hash_update(op, ABC)).toBe(E.PSA_ERROR_BAD_STATE);
    const resumed = await psa.psa_hash_operation_init();
    expect(await psa.psa_hash_resume(resumed, state.data)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_hash_verify(resumed, hex(KATS[2][2]))).toBe(E.PSA_SUCCESS);
  });

  it('carries a SHA-512 state across a full block, and rejects malformed states', async () => {
    const psa = await initialised();
    const message = Buffer.alloc(200, 0x61);
    const op = await psa.psa_hash_operation_init();
    await psa.psa_hash_setup(op, A.PSA_ALG_SHA_512);
    await psa.psa_hash_update(op, message.subarray(0, 150));
    const state = await psa.psa_hash_suspend(op, 300);
    expect(state.data.length).toBe(4 + 16 + 64 + 22);
    const resumed = await psa.psa_hash_operation_init();
    expect(await psa.psa_hash_resume(resumed, state.data)).toBe(E.PSA_SUCCESS);
    await psa.psa_hash_update(resumed, message.subarray(150));
    const whole = await psa.psa_hash_compute(A.PSA_ALG_SHA_512, message, 64);
    expect(toHex((await psa.psa_hash_finish(resumed, 64)).data)).toBe(toHex(whole.data));
    const other = await psa.psa_hash_operation_init();
    expect(await psa.psa_hash_resume(other, Buffer.from(state.data).subarray(0, 30))).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    expect(await psa.psa_hash_resume(other, hex('00'))).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
  });
});
