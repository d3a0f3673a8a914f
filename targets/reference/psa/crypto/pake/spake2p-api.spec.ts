import { pbkdf2Sync } from 'node:crypto';
import * as A from '../../constants/algorithms';
import * as S from '../../constants/kdf-steps';
import { PSA_ECC_FAMILY_SECP_R1, PSA_KEY_TYPE_AES, PSA_KEY_TYPE_PASSWORD, PSA_KEY_TYPE_PASSWORD_HASH, PSA_KEY_TYPE_SPAKE2P_KEY_PAIR, PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY } from '../../constants/key-types';
import * as P from '../../constants/pake';
import * as E from '../../constants/status';
import { PSA_KEY_USAGE_DERIVE, PSA_KEY_USAGE_EXPORT } from '../../constants/usage';
import { importKey, initialised, toHex } from '../test-support';
import { spake2pExchange, spake2pSuite } from './exchange';
import { N_ORDER } from './spake2p';

const HMAC = A.PSA_ALG_SPAKE2P_HMAC(A.PSA_ALG_SHA_256);
const CMAC = A.PSA_ALG_SPAKE2P_CMAC(A.PSA_ALG_SHA_256);
const PAIR = PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1);
const PUBLIC = PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1);
// RFC 9383 Appendix C, P256-SHA256: w0 and w1, and L = w1·P.
const W0 = 'bb8e1bbcf3c48f62c08db243652ae55d3e5586053fca77102994f23ad95491b3';
const W1 = '7e945f34d78785b8a3ef44d0df5a1a97d6b3b460409a345ca7830387a74b1dba';
const L = '04eb7c9db3d9a9eb1f8adab81b5794c1f13ae3e225efbe91ea487425854c7fc00f00bfedcbd09b2400142d40a14f2064ef31dfaa903b91d1faea7093d835966efd';

async function keys(alg = HMAC, w1 = W1) {
  const psa = await initialised();
  const pair = await importKey(psa, PAIR, Buffer.from(W0 + w1, 'hex'), PSA_KEY_USAGE_DERIVE | PSA_KEY_USAGE_EXPORT, alg);
  const exported = await psa.psa_export_public_key(pair, 200);
  const pub = await importKey(psa, PUBLIC, exported.data, PSA_KEY_USAGE_DERIVE, alg);
  return { psa, pair, pub, exported };
}

describe('SPAKE2+ keys', () => {
  it('imports w0 || w1 as a 256-bit key pair and exports w0 || L', async () => {
    const { psa, pair, exported } = await keys();
    expect((await psa.psa_get_key_attributes(pair)).attributes.bits).toBe(256);
    expect(toHex(exported.data)).toBe(W0 + L);
  });

  it('rejects scalars out of range, short data and a public key off the curve', async () => {
    const psa = await initialised();
    const n = N_ORDER.toString(16);
    const attrs = (type: number) => ({ type, bits: 0, usage: PSA_KEY_USAGE_DERIVE, alg: HMAC, lifetime: 0, id: 0 });
    expect((await psa.psa_import_key(attrs(PAIR), Buffer.from(W0 + n, 'hex'))).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    expect((await psa.psa_import_key(attrs(PAIR), Buffer.from('00'.repeat(32) + W1, 'hex'))).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    expect((await psa.psa_import_key(attrs(PAIR), Buffer.from(W0, 'hex'))).status).not.toBe(E.PSA_SUCCESS);
    const bad = Buffer.from(W0 + L, 'hex');
    bad[96] ^= 1;
    expect((await psa.psa_import_key(attrs(PUBLIC), bad)).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    expect((await psa.psa_import_key({ ...attrs(PAIR), bits: 384 }, Buffer.from(W0 + W1, 'hex'))).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
  });
});

describe('SPAKE2+ key derivation', () => {
  it('draws 40 bytes each for w0s and w1s and reduces them modulo n (PBKDF2-HMAC-SHA256)', async () => {
    const psa = await initialised();
    const op = await psa.psa_key_derivation_operation_init();
    expect(await psa.psa_key_derivation_setup(op, A.PSA_ALG_PBKDF2_HMAC(A.PSA_ALG_SHA_256))).toBe(E.PSA_SUCCESS);
    await psa.psa_key_derivation_input_integer(op, S.PSA_KEY_DERIVATION_INPUT_COST, 1000);
    await psa.psa_key_derivation_input_bytes(op, S.PSA_KEY_DERIVATION_INPUT_SALT, Buffer.from('SPAKE2P Key Salt'));
    // output_key needs the password as a key (bytes → NOT_PERMITTED, §10.6.4).
    const pw = await importKey(psa, PSA_KEY_TYPE_PASSWORD, Buffer.from('password'), PSA_KEY_USAGE_DERIVE, A.PSA_ALG_PBKDF2_HMAC(A.PSA_ALG_SHA_256));
    expect(await psa.psa_key_derivation_input_key(op, S.PSA_KEY_DERIVATION_INPUT_PASSWORD, pw)).toBe(E.PSA_SUCCESS);
    const r = await psa.psa_key_derivation_output_key({ type: PAIR, bits: 256, usage: PSA_KEY_USAGE_DERIVE | PSA_KEY_USAGE_EXPORT, alg: HMAC, lifetime: 0, id: 0 }, op);
    expect(r.status).toBe(E.PSA_SUCCESS);
    const ws = pbkdf2Sync('password', 'SPAKE2P Key Salt', 1000, 80, 'sha256');
    const reduce = (b: Buffer) => (BigInt(`0x${b.toString('hex')}`) % N_ORDER).toString(16).padStart(64, '0');
    expect(toHex((await psa.psa_export_key(r.key, 64)).data)).toBe(reduce(ws.subarray(0, 40)) + reduce(ws.subarray(40)));
  });
});

describe('SPAKE2+ (PSA Crypto API 1.2 PAKE extension, RFC 9383)', () => {
  it.each([
    ['HMAC', HMAC],
    ['CMAC', CMAC],
  ])('%s: prover and verifier (public key) confirm and share a 32-byte K_shared', async (_name, alg) => {
    const { psa, pair, pub } = await keys(alg);
    const r = await spake2pExchange(psa, alg, pair, pub, { proverIds: ['client', 'server'], verifierIds: ['server', 'client'], proverContext: 'ctx', verifierContext: 'ctx' });
    expect(r.status).toBe(E.PSA_SUCCESS);
    const [a, b] = await Promise.all(r.keys.map((k) => psa.psa_export_key(k, 100)));
    expect(a.data.length).toBe(32);
    expect(toHex(a.data)).toBe(toHex(b.data));
  });

  it('a verifier holding the key pair works too, with no identities or context', async () => {
    const { psa, pair } = await keys();
    expect((await spake2pExchange(psa, HMAC, pair, pair)).status).toBe(E.PSA_SUCCESS);
  });

  it('a wrong registration, identity or context fails the prover confirmation with INVALID_SIGNATURE', async () => {
    const { psa, pair, pub } = await keys();
    const other = await importKey(psa, PAIR, Buffer.from(W0 + W0, 'hex'), PSA_KEY_USAGE_DERIVE, HMAC);
    expect((await spake2pExchange(psa, HMAC, other, pub)).status).toBe(E.PSA_ERROR_INVALID_SIGNATURE);
    expect((await spake2pExchange(psa, HMAC, pair, pub, { proverIds: ['client', 'server'], verifierIds: ['server', 'mallory'] })).status).toBe(E.PSA_ERROR_INVALID_SIGNATURE);
    expect((await spake2pExchange(psa, HMAC, pair, pub, { proverContext: 'a', verifierContext: 'b' })).status).toBe(E.PSA_ERROR_INVALID_SIGNATURE);
    expect((await spake2pExchange(psa, HMAC, pair, pub, { proverContext: '' })).status).toBe(E.PSA_ERROR_INVALID_SIGNATURE);
  });

  it('checks setup, role, step order and shared-key attributes', async () => {
    const { psa, pair, pub } = await keys();
    const pw = await importKey(psa, PSA_KEY_TYPE_PASSWORD, Buffer.from('pw'), PSA_KEY_USAGE_DERIVE, HMAC);
    const op = await psa.psa_pake_operation_init();
    expect(await psa.psa_pake_setup(op, pw, spake2pSuite(HMAC))).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    expect(await psa.psa_pake_setup(op, pair, { ...spake2pSuite(HMAC), keyConfirmation: P.PSA_PAKE_UNCONFIRMED_KEY })).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    expect(await psa.psa_pake_setup(op, pair, spake2pSuite(CMAC))).toBe(E.PSA_ERROR_NOT_PERMITTED);
    expect(await psa.psa_pake_setup(op, pub, spake2pSuite(HMAC))).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_pake_set_role(op, P.PSA_PAKE_ROLE_FIRST)).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    expect(await psa.psa_pake_set_role(op, P.PSA_PAKE_ROLE_CLIENT)).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    expect((await psa.psa_pake_output(op, P.PSA_PAKE_STEP_KEY_SHARE, 65)).status).toBe(E.PSA_ERROR_BAD_STATE);

    const v = await psa.psa_pake_operation_init();
    await psa.psa_pake_setup(v, pub, spake2pSuite(HMAC));
    expect(await psa.psa_pake_set_role(v, P.PSA_PAKE_ROLE_SERVER)).toBe(E.PSA_SUCCESS);
    expect((await psa.psa_pake_output(v, P.PSA_PAKE_STEP_ZK_PUBLIC, 65)).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    expect((await psa.psa_pake_output(v, P.PSA_PAKE_STEP_KEY_SHARE, 65)).status).toBe(E.PSA_ERROR_BAD_STATE);

    const p = await psa.psa_pake_operation_init();
    await psa.psa_pake_setup(p, pair, spake2pSuite(HMAC));
    await psa.psa_pake_set_role(p, P.PSA_PAKE_ROLE_CLIENT);
    expect((await psa.psa_pake_output(p, P.PSA_PAKE_STEP_KEY_SHARE, 64)).status).toBe(E.PSA_ERROR_BUFFER_TOO_SMALL);
    const q = await psa.psa_pake_operation_init();
    await psa.psa_pake_setup(q, pair, spake2pSuite(HMAC));
    await psa.psa_pake_set_role(q, P.PSA_PAKE_ROLE_CLIENT);
    const share = await psa.psa_pake_output(q, P.PSA_PAKE_STEP_KEY_SHARE, 65);
    expect(share.data.length).toBe(65);
    expect(await psa.psa_pake_input(q, P.PSA_PAKE_STEP_KEY_SHARE, Buffer.alloc(65, 4))).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    const attrs = { type: PSA_KEY_TYPE_AES, bits: 0, usage: PSA_KEY_USAGE_EXPORT, alg: A.PSA_ALG_GCM, lifetime: 0, id: 0 };
    expect((await psa.psa_pake_get_shared_key(q, attrs)).status).toBe(E.PSA_ERROR_BAD_STATE);
  });

  it('gives K_shared as an AES-256 key, and refuses a password-hash key', async () => {
    const { psa, pair, pub } = await keys();
    const ops = [await psa.psa_pake_operation_init(), await psa.psa_pake_operation_init()];
    // Run the exchange by hand to choose the shared-key attributes.
    await psa.psa_pake_setup(ops[0], pair, spake2pSuite(HMAC));
    await psa.psa_pake_set_role(ops[0], P.PSA_PAKE_ROLE_CLIENT);
    await psa.psa_pake_setup(ops[1], pub, spake2pSuite(HMAC));
    await psa.psa_pake_set_role(ops[1], P.PSA_PAKE_ROLE_SERVER);
    const x = await psa.psa_pake_output(ops[0], P.PSA_PAKE_STEP_KEY_SHARE, 65);
    await psa.psa_pake_input(ops[1], P.PSA_PAKE_STEP_KEY_SHARE, x.data);
    const y = await psa.psa_pake_output(ops[1], P.PSA_PAKE_STEP_KEY_SHARE, 65);
    const cv = await psa.psa_pake_output(ops[1], P.PSA_PAKE_STEP_CONFIRM, 32);
    expect(cv.data.length).toBe(32);
    await psa.psa_pake_input(ops[0], P.PSA_PAKE_STEP_KEY_SHARE, y.data);
    expect(await psa.psa_pake_input(ops[0], P.PSA_PAKE_STEP_CONFIRM, cv.data)).toBe(E.PSA_SUCCESS);
    const cp = await psa.psa_pake_output(ops[0], P.PSA_PAKE_STEP_CONFIRM, 32);
    expect(await psa.psa_pake_input(ops[1], P.PSA_PAKE_STEP_CONFIRM, cp.data)).toBe(E.PSA_SUCCESS);
    const aes = { type: PSA_KEY_TYPE_AES, bits: 0, usage: PSA_KEY_USAGE_EXPORT, alg: A.PSA_ALG_GCM, lifetime: 0, id: 0 };
    expect((await psa.psa_pake_get_shared_key(ops[0], { ...aes, type: PSA_KEY_TYPE_PASSWORD_HASH })).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    const k = await psa.psa_pake_get_shared_key(ops[0], aes);
    expect(k.status).toBe(E.PSA_SUCCESS);
    expect((await psa.psa_get_key_attributes(k.key)).attributes.bits).toBe(256);
    expect((await psa.psa_pake_get_shared_key(ops[0], aes)).status).toBe(E.PSA_ERROR_BAD_STATE);
  });
});
