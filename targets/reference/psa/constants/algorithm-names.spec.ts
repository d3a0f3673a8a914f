import * as A from './algorithms';
import { algorithmByName, algorithmName } from './algorithm-names';

describe('algorithms', () => {
  it('have the spec values', () => {
    expect(A.PSA_ALG_CTR).toBe(0x04c01000);
    expect(A.PSA_ALG_ECDSA(A.PSA_ALG_SHA_256)).toBe(0x06000609);
    expect(A.PSA_ALG_HMAC(A.PSA_ALG_SHA_256)).toBe(0x03800009);
    expect(A.PSA_ALG_TRUNCATED_MAC(A.PSA_ALG_HMAC(A.PSA_ALG_SHA_256), 8)).toBe(0x03880009);
    expect(A.PSA_ALG_AEAD_WITH_SHORTENED_TAG(A.PSA_ALG_CCM, 8)).toBe(0x05480100);
    expect(A.PSA_ALG_KEY_AGREEMENT(A.PSA_ALG_ECDH, A.PSA_ALG_HKDF(A.PSA_ALG_SHA_256))).toBe(0x09020109);
  });

  it.each([
    ['PSA_ALG_CTR', 0x04c01000],
    ['CTR', 0x04c01000],
    ['PSA_ALG_NONE', 0],
    ['PSA_ALG_ECDSA(PSA_ALG_SHA_256)', 0x06000609],
    ['ECDSA(SHA_256)', 0x06000609],
    ['PSA_ALG_ECDSA_ANY', 0x06000600],
    ['PSA_ALG_RSA_PKCS1V15_SIGN_RAW', 0x06000200],
    ['PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 8)', 0x03880009],
    ['PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256))', 0x09020109],
    ['0x05500100', 0x05500100],
  ])('parse %s', (text, value) => {
    expect(algorithmByName(text)).toBe(value);
  });

  it('reject unknown names and wrong arities', () => {
    expect(() => algorithmByName('PSA_ALG_ROT13')).toThrow(/unknown PSA algorithm/);
    expect(() => algorithmByName('PSA_ALG_ECDSA(PSA_ALG_SHA_256, 3)')).toThrow(/takes 1 argument/);
    expect(() => algorithmByName('PSA_ALG_FOO(PSA_ALG_SHA_256)')).toThrow(/unknown PSA algorithm macro/);
  });

  it.each([
    [0x04c01000, 'PSA_ALG_CTR'],
    [0x06000609, 'PSA_ALG_ECDSA(PSA_ALG_SHA_256)'],
    [0x06000600, 'PSA_ALG_ECDSA_ANY'],
    [0x03800009, 'PSA_ALG_HMAC(PSA_ALG_SHA_256)'],
    [0x03880009, 'PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_256), 8)'],
    [0x0388800b, 'PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_512), 8)'],
    [0x05480100, 'PSA_ALG_AEAD_WITH_SHORTENED_TAG(PSA_ALG_CCM, 8)'],
    [0x09020109, 'PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_256))'],
    [0x060013ff, 'PSA_ALG_RSA_PSS_ANY_SALT(PSA_ALG_ANY_HASH)'],
    [0, 'PSA_ALG_NONE'],
    [0x7fffff00, '0x7fffff00'],
  ])('print 0x%s', (value, name) => {
    expect(algorithmName(value)).toBe(name);
  });

  it('round-trip every printed name', () => {
    for (const value of [0x04c01000, 0x06000609, 0x03880009, 0x05480100, 0x09020109, 0x08800109]) {
      expect(algorithmByName(algorithmName(value))).toBe(value);
    }
  });
});
