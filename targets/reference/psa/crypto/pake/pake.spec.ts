import * as A from '../../constants/algorithms';
import { PSA_KEY_TYPE_AES, PSA_KEY_TYPE_PASSWORD } from '../../constants/key-types';
import * as P from '../../constants/pake';
import * as E from '../../constants/status';
import { PSA_KEY_USAGE_DERIVE } from '../../constants/usage';
import { importKey, initialised, toHex } from '../test-support';
import { jpakeExchange, JPAKE_SUITE } from './exchange';

const JPAKE = A.PSA_ALG_JPAKE(A.PSA_ALG_SHA_256);

describe('J-PAKE (PSA Crypto API 1.2 PAKE extension)', () => {
  it('two parties with the same password derive the same 65-byte point', async () => {
    const psa = await initialised();
    const pw = await importKey(psa, PSA_KEY_TYPE_PASSWORD, Buffer.from('threadjpaketest'), PSA_KEY_USAGE_DERIVE, JPAKE);
    const r = await jpakeExchange(psa, pw, pw);
    expect(r.status).toBe(E.PSA_SUCCESS);
    const [a, b] = await Promise.all(r.keys.map((k) => psa.psa_export_key(k, 100)));
    expect(a.data.length).toBe(65);
    expect(toHex(a.data)).toBe(toHex(b.data));
  });

  it('different passwords complete the rounds but give different secrets', async () => {
    const psa = await initialised();
    const pa = await importKey(psa, PSA_KEY_TYPE_PASSWORD, Buffer.from('one'), PSA_KEY_USAGE_DERIVE, JPAKE);
    const pb = await importKey(psa, PSA_KEY_TYPE_PASSWORD, Buffer.from('two'), PSA_KEY_USAGE_DERIVE, JPAKE);
    const r = await jpakeExchange(psa, pa, pb);
    expect(r.status).toBe(E.PSA_SUCCESS);
    const [a, b] = await Promise.all(r.keys.map((k) => psa.psa_export_key(k, 100)));
    expect(toHex(a.data)).not.toBe(toHex(b.data));
  });

  it('rejects a forged proof with INVALID_SIGNATURE and steps out of order with BAD_STATE', async () => {
    const psa = await initialised();
    const pw = await importKey(psa, PSA_KEY_TYPE_PASSWORD, Buffer.from('pw'), PSA_KEY_USAGE_DERIVE, JPAKE);
    const [a, b] = [await psa.psa_pake_operation_init(), await psa.psa_pake_operation_init()];
    for (const [op, me, them] of [[a, 'client', 'server'], [b, 'server', 'client']] as const) {
      await psa.psa_pake_setup(op, pw, JPAKE_SUITE);
      await psa.psa_pake_set_user(op, Buffer.from(me));
      await psa.psa_pake_set_peer(op, Buffer.from(them));
    }
    expect((await psa.psa_pake_output(a, P.PSA_PAKE_STEP_ZK_PROOF, 65)).status).toBe(E.PSA_ERROR_BAD_STATE);
    const share = await psa.psa_pake_output(b, P.PSA_PAKE_STEP_KEY_SHARE, 65);
    const pub = await psa.psa_pake_output(b, P.PSA_PAKE_STEP_ZK_PUBLIC, 65);
    const proof = await psa.psa_pake_output(b, P.PSA_PAKE_STEP_ZK_PROOF, 65);
    const c = await psa.psa_pake_operation_init();
    await psa.psa_pake_setup(c, pw, JPAKE_SUITE);
    await psa.psa_pake_set_user(c, Buffer.from('client'));
    await psa.psa_pake_set_peer(c, Buffer.from('server'));
    expect(await psa.psa_pake_input(c, P.PSA_PAKE_STEP_KEY_SHARE, share.data)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_pake_input(c, P.PSA_PAKE_STEP_ZK_PUBLIC, pub.data)).toBe(E.PSA_SUCCESS);
    const forged = Buffer.from(proof.data);
    forged[31] ^= 1;
    expect(await psa.psa_pake_input(c, P.PSA_PAKE_STEP_ZK_PROOF, forged)).toBe(E.PSA_ERROR_INVALID_SIGNATURE);
  });

  it('checks the setup arguments', async () => {
    const psa = await initialised();
    const pw = await importKey(psa, PSA_KEY_TYPE_PASSWORD, Buffer.from('pw'), PSA_KEY_USAGE_DERIVE, JPAKE);
    const aes = await importKey(psa, PSA_KEY_TYPE_AES, Buffer.alloc(16, 1), PSA_KEY_USAGE_DERIVE, JPAKE);
    const op = await psa.psa_pake_operation_init();
    expect(await psa.psa_pake_setup(op, aes, JPAKE_SUITE)).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    expect(await psa.psa_pake_setup(op, pw, { ...JPAKE_SUITE, keyConfirmation: P.PSA_PAKE_CONFIRMED_KEY })).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    expect(await psa.psa_pake_setup(op, pw, { ...JPAKE_SUITE, alg: A.PSA_ALG_SPAKE2P_HMAC(A.PSA_ALG_SHA_256) })).toBe(E.PSA_ERROR_NOT_PERMITTED);
    expect(await psa.psa_pake_setup(op, pw, JPAKE_SUITE)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_pake_setup(op, pw, JPAKE_SUITE)).toBe(E.PSA_ERROR_BAD_STATE);
  });
});
