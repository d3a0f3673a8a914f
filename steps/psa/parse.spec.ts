import { describeStatusSet, keyAttributes, keyData, parseInteger, parseStatusSet, statusSetIncludes } from './parse';

describe('status sets', () => {
  it('parse a single status and a set', () => {
    expect(parseStatusSet('SUCCESS').statuses).toEqual([0]);
    expect(parseStatusSet('one of INVALID_ARGUMENT, NOT_SUPPORTED').statuses).toEqual([-135, -134]);
    expect(parseStatusSet('PSA_ERROR_BAD_STATE').statuses).toEqual([-137]);
  });

  it('describe themselves in spec names', () => {
    expect(describeStatusSet(parseStatusSet('SUCCESS'))).toBe('PSA_SUCCESS');
    expect(describeStatusSet(parseStatusSet('one of SUCCESS, BAD_STATE'))).toBe('one of PSA_SUCCESS, PSA_ERROR_BAD_STATE');
  });

  it('match only their members', () => {
    const set = parseStatusSet('one of INVALID_ARGUMENT, NOT_SUPPORTED');
    expect(statusSetIncludes(set, -134)).toBe(true);
    expect(statusSetIncludes(set, 0)).toBe(false);
  });

  it('reject typos and empty members', () => {
    expect(() => parseStatusSet('one of INVALID_ARGUMENT, NOT_SUPORTED')).toThrow(/unknown PSA status/);
    expect(() => parseStatusSet('one of SUCCESS,')).toThrow(/empty status/);
  });
});

describe('key attributes from table cells', () => {
  it('build attributes from spec names', () => {
    expect(keyAttributes({ type: 'PSA_KEY_TYPE_AES', bits: '128', usage: 'PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_COPY' })).toEqual({
      type: 0x2400,
      bits: 128,
      usage: 3,
      alg: 0,
      lifetime: 0,
      id: 0,
    });
  });

  it('apply id then lifetime as psa-arch-tests c005 does: a volatile key keeps id NULL', () => {
    const a = keyAttributes({ type: 'AES', bits: '128', usage: 'EXPORT', alg: 'PSA_ALG_CTR', id: '0x12', lifetime: 'PSA_KEY_LIFETIME_VOLATILE' });
    expect(a).toMatchObject({ id: 0, lifetime: 0, alg: 0x04c01000 });
  });

  it('keep the id of a persistent key', () => {
    const a = keyAttributes({ type: 'AES', bits: '0', usage: '0', alg: 'PSA_ALG_NONE', id: '0x1234', lifetime: 'PSA_KEY_LIFETIME_PERSISTENT' });
    expect(a).toMatchObject({ id: 0x1234, lifetime: 1 });
  });

  it('reject non-integers', () => {
    expect(parseInteger('0xAB')).toBe(0xab);
    expect(() => parseInteger('12 bits')).toThrow(/not an integer/);
  });
});

describe('key data', () => {
  it('takes psa-arch-tests vectors, prefixes of them, and hex', () => {
    expect(keyData('key_data:4').toString('hex')).toBe('01030e0f');
    expect(keyData('rsa_256_key_pair').length).toBe(1193);
    expect(keyData('ec_key_data').length).toBe(65);
    expect(keyData('hex:00ff').toString('hex')).toBe('00ff');
  });

  it('refuses unknown names, overlong prefixes and bad hex', () => {
    expect(() => keyData('key_dta:16')).toThrow(/unknown key material/);
    expect(() => keyData('key_data:65')).toThrow(/64 bytes, 65 requested/);
    expect(() => keyData('hex:0f0')).toThrow(/bad hex/);
  });
});
