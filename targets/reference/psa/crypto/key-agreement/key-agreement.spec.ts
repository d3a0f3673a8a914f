import * as A from '../../constants/algorithms';
import * as T from '../../constants/key-types';
import * as E from '../../constants/status';
import { PSA_KEY_USAGE_DERIVE, PSA_KEY_USAGE_EXPORT } from '../../constants/usage';
import { hex, importKey, initialised, toHex } from '../test-support';

// RFC 5903 §8.1 (ECDH P-256) and RFC 7748 §6.1 (X25519).
const P256 = {
  d: hex('c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433'),
  peer: hex('04d12dfb5289c8d4f81208b70270398c342296970a0bccb74c736fc7554494bf6356fbf3ca366cc23e8157854c13c58d6aac23f046ada30f8353e74f33039872ab'),
  z: 'd6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de',
};

describe('key agreement (PSA Crypto API 1.2 §10.9)', () => {
  it('ECDH P-256 (RFC 5903 §8.1), raw and as a new key', async () => {
    const psa = await initialised();
    const key = await importKey(psa, T.PSA_KEY_TYPE_ECC_KEY_PAIR(T.PSA_ECC_FAMILY_SECP_R1), P256.d, PSA_KEY_USAGE_DERIVE, A.PSA_ALG_ECDH);
    expect(toHex((await psa.psa_raw_key_agreement(A.PSA_ALG_ECDH, key, P256.peer, 32)).data)).toBe(P256.z);
    const made = await psa.psa_key_agreement(key, P256.peer, A.PSA_ALG_ECDH, { type: T.PSA_KEY_TYPE_DERIVE, bits: 0, usage: PSA_KEY_USAGE_EXPORT, alg: 0, lifetime: 0, id: 0 });
    expect(made.status).toBe(E.PSA_SUCCESS);
    expect(toHex((await psa.psa_export_key(made.key, 32)).data)).toBe(P256.z);
    expect((await psa.psa_raw_key_agreement(A.PSA_ALG_KEY_AGREEMENT(A.PSA_ALG_ECDH, A.PSA_ALG_HKDF(A.PSA_ALG_SHA_256)), key, P256.peer, 32)).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
    expect((await psa.psa_raw_key_agreement(A.PSA_ALG_ECDH, key, P256.peer.subarray(0, 64), 32)).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
  });

  it('X25519 (RFC 7748 §6.1)', async () => {
    const psa = await initialised();
    const key = await importKey(psa, T.PSA_KEY_TYPE_ECC_KEY_PAIR(T.PSA_ECC_FAMILY_MONTGOMERY), hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'), PSA_KEY_USAGE_DERIVE, A.PSA_ALG_ECDH);
    const z = await psa.psa_raw_key_agreement(A.PSA_ALG_ECDH, key, hex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'), 32);
    expect(toHex(z.data)).toBe('4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742');
  });

  it('FFDH on ffdhe2048: both sides agree, a peer value outside 2..p−2 is refused', async () => {
    const psa = await initialised();
    const attrs = { type: T.PSA_KEY_TYPE_DH_KEY_PAIR(T.PSA_DH_FAMILY_RFC7919), bits: 2048, usage: PSA_KEY_USAGE_DERIVE, alg: A.PSA_ALG_FFDH, lifetime: 0, id: 0 };
    const a = (await psa.psa_generate_key(attrs)).key;
    const b = (await psa.psa_generate_key(attrs)).key;
    const pa = (await psa.psa_export_public_key(a, 256)).data;
    const pb = (await psa.psa_export_public_key(b, 256)).data;
    const z1 = await psa.psa_raw_key_agreement(A.PSA_ALG_FFDH, a, pb, 256);
    expect(z1.status).toBe(E.PSA_SUCCESS);
    expect(toHex(z1.data)).toBe(toHex((await psa.psa_raw_key_agreement(A.PSA_ALG_FFDH, b, pa, 256)).data));
    const one = Buffer.alloc(256);
    one[255] = 1;
    expect((await psa.psa_raw_key_agreement(A.PSA_ALG_FFDH, a, one, 256)).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
  });
});
