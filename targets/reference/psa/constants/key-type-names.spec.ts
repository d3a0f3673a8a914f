import * as T from './key-types';
import { keyCapabilityName, keyTypeByName, keyTypeName } from './key-type-names';

describe('key types', () => {
  it('have the spec values and constructors', () => {
    expect(T.PSA_KEY_TYPE_AES).toBe(0x2400);
    expect(T.PSA_KEY_TYPE_ECC_KEY_PAIR(T.PSA_ECC_FAMILY_SECP_R1)).toBe(0x7112);
    expect(T.PSA_KEY_TYPE_ECC_PUBLIC_KEY(T.PSA_ECC_FAMILY_SECP_R1)).toBe(0x4112);
    expect(T.PSA_KEY_TYPE_DH_KEY_PAIR(T.PSA_DH_FAMILY_RFC7919)).toBe(0x7203);
  });

  it('classify keys as the spec macros do', () => {
    expect(T.PSA_KEY_TYPE_IS_ASYMMETRIC(T.PSA_KEY_TYPE_AES)).toBe(false);
    expect(T.PSA_KEY_TYPE_IS_PUBLIC_KEY(T.PSA_KEY_TYPE_RSA_PUBLIC_KEY)).toBe(true);
    expect(T.PSA_KEY_TYPE_IS_KEY_PAIR(T.PSA_KEY_TYPE_RSA_KEY_PAIR)).toBe(true);
    expect(T.PSA_KEY_TYPE_IS_KEY_PAIR(T.PSA_KEY_TYPE_RSA_PUBLIC_KEY)).toBe(false);
    expect(T.PSA_KEY_TYPE_IS_ECC(0x7112)).toBe(true);
    expect(T.PSA_KEY_TYPE_IS_ECC(T.PSA_KEY_TYPE_RSA_KEY_PAIR)).toBe(false);
    expect(T.PSA_KEY_TYPE_ECC_GET_FAMILY(0x4112)).toBe(0x12);
    expect(T.PSA_KEY_TYPE_PUBLIC_KEY_OF_KEY_PAIR(0x7112)).toBe(0x4112);
    expect(T.PSA_KEY_TYPE_IS_UNSTRUCTURED(T.PSA_KEY_TYPE_HMAC)).toBe(true);
    expect(T.PSA_KEY_TYPE_IS_UNSTRUCTURED(T.PSA_KEY_TYPE_DES)).toBe(true);
  });

  it.each([
    ['PSA_KEY_TYPE_AES', 0x2400],
    ['AES', 0x2400],
    ['PSA_KEY_TYPE_NONE', 0],
    ['PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)', 0x7112],
    ['ECC_PUBLIC_KEY(SECP_R1)', 0x4112],
    ['PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919)', 0x7203],
    ['0x2301', 0x2301],
  ])('parse %s', (name, value) => {
    expect(keyTypeByName(name)).toBe(value);
  });

  it('reject unknown names', () => {
    expect(() => keyTypeByName('PSA_KEY_TYPE_BLOWFISH')).toThrow(/unknown PSA key type/);
    expect(() => keyTypeByName('PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_NOPE)')).toThrow(/family/);
  });

  it('print spec names', () => {
    expect(keyTypeName(0x2400)).toBe('PSA_KEY_TYPE_AES');
    expect(keyTypeName(0x7112)).toBe('PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)');
    expect(keyTypeName(0x7203)).toBe('PSA_KEY_TYPE_DH_KEY_PAIR(PSA_DH_FAMILY_RFC7919)');
    expect(keyTypeName(0x4199)).toBe('PSA_KEY_TYPE_ECC_PUBLIC_KEY(0x99)');
    expect(keyTypeName(0x2999)).toBe('0x2999');
  });

  it('print capability names', () => {
    expect(keyCapabilityName(0x2400, 128)).toBe('AES:128');
    expect(keyCapabilityName(0x7112, 256)).toBe('ECC_KEY_PAIR(SECP_R1):256');
    expect(keyCapabilityName(0x1100)).toBe('HMAC');
  });
});
