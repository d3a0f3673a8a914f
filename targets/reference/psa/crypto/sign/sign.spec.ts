import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as nodeSign, verify as nodeVerify, createHash } from 'node:crypto';
import * as A from '../../constants/algorithms';
import { PSA_ECC_FAMILY_SECP_R1, PSA_ECC_FAMILY_TWISTED_EDWARDS, PSA_KEY_TYPE_ECC_KEY_PAIR, PSA_KEY_TYPE_RSA_KEY_PAIR } from '../../constants/key-types';
import * as E from '../../constants/status';
import { PSA_KEY_USAGE_SIGN_HASH, PSA_KEY_USAGE_VERIFY_HASH } from '../../constants/usage';
import { hex, importKey, initialised, toHex } from '../test-support';

const BOTH = PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_VERIFY_HASH;
const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const RSA_DER = rsa.privateKey.export({ format: 'der', type: 'pkcs1' });
const MSG = Buffer.from('testfest');
const H = createHash('sha256').update(MSG).digest();

describe('signatures (PSA Crypto API 1.2 §10.7)', () => {
  it('RSA PKCS#1 v1.5 over a given hash equals node:crypto sign(sha256) and verifies there', async () => {
    const psa = await initialised();
    const alg = A.PSA_ALG_RSA_PKCS1V15_SIGN(A.PSA_ALG_SHA_256);
    const key = await importKey(psa, PSA_KEY_TYPE_RSA_KEY_PAIR, RSA_DER, BOTH, alg);
    const sig = await psa.psa_sign_hash(key, alg, H, 128);
    expect(toHex(sig.data)).toBe(nodeSign('sha256', MSG, rsa.privateKey).toString('hex'));
    expect((await psa.psa_sign_hash(key, alg, H.subarray(1), 128)).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
  });

  it('RSA-PSS signatures verify with node:crypto (salt = hash length), and node PSS signatures verify here', async () => {
    const psa = await initialised();
    const alg = A.PSA_ALG_RSA_PSS(A.PSA_ALG_SHA_256);
    const key = await importKey(psa, PSA_KEY_TYPE_RSA_KEY_PAIR, RSA_DER, BOTH, alg);
    const sig = await psa.psa_sign_message(key, alg, MSG, 128);
    const pss = { key: createPublicKey(rsa.privateKey), padding: 6 /* RSA_PKCS1_PSS_PADDING */, saltLength: 32 };
    expect(nodeVerify('sha256', MSG, pss, Buffer.from(sig.data))).toBe(true);
    const theirs = nodeSign('sha256', MSG, { key: createPrivateKey(rsa.privateKey.export({ format: 'pem', type: 'pkcs1' })), padding: 6, saltLength: 32 });
    expect(await psa.psa_verify_message(key, alg, MSG, theirs)).toBe(E.PSA_SUCCESS);
    const anySalt = await importKey(psa, PSA_KEY_TYPE_RSA_KEY_PAIR, RSA_DER, BOTH, A.PSA_ALG_RSA_PSS_ANY_SALT(A.PSA_ALG_SHA_256));
    const salt20 = nodeSign('sha256', MSG, { key: rsa.privateKey, padding: 6, saltLength: 20 });
    expect(await psa.psa_verify_message(anySalt, A.PSA_ALG_RSA_PSS_ANY_SALT(A.PSA_ALG_SHA_256), MSG, salt20)).toBe(E.PSA_SUCCESS);
    expect(await psa.psa_verify_message(key, alg, MSG, salt20)).toBe(E.PSA_ERROR_INVALID_SIGNATURE);
  });

  it('randomized ECDSA psa_sign_message (native hash-and-sign) verifies here and with node:crypto, for P-256 and P-384', async () => {
    const psa = await initialised();
    for (const [bits, crv, h, node] of [[256, 'prime256v1', A.PSA_ALG_SHA_256, 'sha256'], [384, 'secp384r1', A.PSA_ALG_SHA_384, 'sha384']] as const) {
      const pair = generateKeyPairSync('ec', { namedCurve: crv });
      const d = Buffer.from(pair.privateKey.export({ format: 'jwk' }).d!, 'base64url');
      const alg = A.PSA_ALG_ECDSA(h);
      const key = await importKey(psa, PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), d, PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_VERIFY_HASH, alg);
      const sig = await psa.psa_sign_message(key, alg, MSG, 2 * (bits / 8));
      expect(sig.status).toBe(E.PSA_SUCCESS);
      expect(sig.data.length).toBe(2 * (bits / 8));
      expect(nodeVerify(node, MSG, { key: pair.publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(sig.data))).toBe(true);
      expect(await psa.psa_verify_message(key, alg, MSG, sig.data)).toBe(E.PSA_SUCCESS);
      expect(await psa.psa_verify_hash(key, alg, createHash(node).update(MSG).digest(), sig.data)).toBe(E.PSA_SUCCESS);
    }
  });

  it('deterministic ECDSA P-256 (psa-arch-tests signature_6 = Mbed TLS KAT), randomised ECDSA verifies', async () => {
    const psa = await initialised();
    const det = A.PSA_ALG_DETERMINISTIC_ECDSA(A.PSA_ALG_SHA_256);
    const d = hex('ab45435712649cb30bbddac49197eebf2740ffc7f874d9244c3460f54f322d3a');
    const key = await importKey(psa, PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), d, BOTH, A.PSA_ALG_ECDSA(A.PSA_ALG_ANY_HASH));
    const detKey = await importKey(psa, PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), d, BOTH, det);
    const sig = await psa.psa_sign_message(detKey, det, hex('bd'), 64);
    expect(toHex(sig.data)).toBe('c65459b1c9508fe6bd973f43aabf5812aff6a8db402f773d740ef1418ddc54a8d6fe524cd378ebe2c2af80f6affc0fb04bea360c92e5644a6041b2f45349d422');
    const r = await psa.psa_sign_hash(key, A.PSA_ALG_ECDSA(A.PSA_ALG_SHA_256), H, 64);
    expect(await psa.psa_verify_hash(key, A.PSA_ALG_ECDSA(A.PSA_ALG_SHA_256), H, r.data)).toBe(E.PSA_SUCCESS);
    expect((await psa.psa_sign_hash(key, A.PSA_ALG_ECDSA(A.PSA_ALG_SHA_256), H, 63)).status).toBe(E.PSA_ERROR_BUFFER_TOO_SMALL);
  });

  it('Ed25519 (RFC 8032 §7.1 TEST 1) signs messages only', async () => {
    const psa = await initialised();
    const key = await importKey(psa, PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_TWISTED_EDWARDS), hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'), 0x1c00 | BOTH, A.PSA_ALG_PURE_EDDSA);
    const sig = await psa.psa_sign_message(key, A.PSA_ALG_PURE_EDDSA, Buffer.alloc(0), 64);
    expect(toHex(sig.data)).toBe('e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b');
    expect((await psa.psa_sign_hash(key, A.PSA_ALG_PURE_EDDSA, H, 64)).status).toBe(E.PSA_ERROR_INVALID_ARGUMENT);
  });
});
