import { constants, generateKeyPairSync, publicEncrypt } from 'node:crypto';
import * as A from '../../constants/algorithms';
import { PSA_KEY_TYPE_RSA_KEY_PAIR, PSA_KEY_TYPE_RSA_PUBLIC_KEY } from '../../constants/key-types';
import * as E from '../../constants/status';
import { PSA_KEY_USAGE_DECRYPT, PSA_KEY_USAGE_ENCRYPT } from '../../constants/usage';
import { importKey, initialised } from '../test-support';
import { unpadPkcs1v15 } from '.';

const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const PAIR = rsa.privateKey.export({ format: 'der', type: 'pkcs1' });
const PUB = rsa.publicKey.export({ format: 'der', type: 'pkcs1' });
const BOTH = PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT;
const MSG = Buffer.from('the eagle has landed');

describe('asymmetric encryption (PSA Crypto API 1.2 §10.8)', () => {
  it('decrypts PKCS#1 v1.5 made by node:crypto (decryption through RSA_NO_PADDING + unpadding)', async () => {
    const psa = await initialised();
    const key = await importKey(psa, PSA_KEY_TYPE_RSA_KEY_PAIR, PAIR, BOTH, A.PSA_ALG_RSA_PKCS1V15_CRYPT);
    const ct = publicEncrypt({ key: rsa.publicKey, padding: constants.RSA_PKCS1_PADDING }, MSG);
    expect(Buffer.from((await psa.psa_asymmetric_decrypt(key, A.PSA_ALG_RSA_PKCS1V15_CRYPT, ct, Buffer.alloc(0), 128)).data).toString()).toBe(MSG.toString());
    expect((await psa.psa_asymmetric_decrypt(key, A.PSA_ALG_RSA_PKCS1V15_CRYPT, ct, Buffer.alloc(0), MSG.length - 1)).status).toBe(E.PSA_ERROR_BUFFER_TOO_SMALL);
    expect((await psa.psa_asymmetric_decrypt(key, A.PSA_ALG_RSA_PKCS1V15_CRYPT, Buffer.alloc(128, 1), Buffer.alloc(0), 128)).status).toBe(E.PSA_ERROR_INVALID_PADDING);
  });

  it('OAEP-SHA256 with a label: public-key encryption, key-pair decryption, wrong label fails', async () => {
    const psa = await initialised();
    const alg = A.PSA_ALG_RSA_OAEP(A.PSA_ALG_SHA_256);
    const pub = await importKey(psa, PSA_KEY_TYPE_RSA_PUBLIC_KEY, PUB, PSA_KEY_USAGE_ENCRYPT, alg);
    const pair = await importKey(psa, PSA_KEY_TYPE_RSA_KEY_PAIR, PAIR, PSA_KEY_USAGE_DECRYPT, alg);
    const ct = await psa.psa_asymmetric_encrypt(pub, alg, MSG, Buffer.from('label'), 128);
    expect(ct.data.length).toBe(128);
    expect(Buffer.from((await psa.psa_asymmetric_decrypt(pair, alg, ct.data, Buffer.from('label'), 128)).data).toString()).toBe(MSG.toString());
    expect((await psa.psa_asymmetric_decrypt(pair, alg, ct.data, Buffer.from('other'), 128)).status).toBe(E.PSA_ERROR_INVALID_PADDING);
    expect((await psa.psa_asymmetric_decrypt(pub, alg, ct.data, Buffer.alloc(0), 128)).status).toBe(E.PSA_ERROR_NOT_PERMITTED);
  });

  it('unpads EME-PKCS1-v1_5 only when the block is well formed (RFC 8017 §7.2.2)', () => {
    const block = (head: number[], ps: number, msg: number[]) => Buffer.from([...head, ...Array(ps).fill(0xaa), 0, ...msg]);
    expect(unpadPkcs1v15(block([0, 2], 8, [1, 2]))?.toString('hex')).toBe('0102');
    expect(unpadPkcs1v15(block([0, 2], 7, [1, 2]))).toBeUndefined();
    expect(unpadPkcs1v15(block([0, 1], 8, [1, 2]))).toBeUndefined();
    expect(unpadPkcs1v15(Buffer.from([0, 2, ...Array(20).fill(0xaa)]))).toBeUndefined();
  });
});
