import type { PsaCryptoTarget } from '../../targets/roles/psa-crypto';
import { parseBytes, parseCall, parseSuite, splitArguments } from './call-args';
import type { PsaScenario } from './psa-scenario';

function scenario(): PsaScenario {
  return { keys: new Map([['key', 0x40000001]]), attributeSets: new Map(), operations: new Map(), saved: new Map([['sig', Buffer.from('0102', 'hex')]]) } as unknown as PsaScenario;
}

describe('feature-file call arguments', () => {
  it('split at top-level commas only', () => {
    expect(splitArguments('key, PSA_ALG_HMAC(PSA_ALG_SHA_256), {a, b}, "x, y"')).toEqual(['key', 'PSA_ALG_HMAC(PSA_ALG_SHA_256)', '{a, b}', '"x, y"']);
  });

  it('parse byte strings: vectors, prefixes, slices, saved outputs, text, concatenations', () => {
    const s = scenario();
    expect(parseBytes(s, 'hash_input').toString('hex')).toBe('bd');
    expect(parseBytes(s, 'iv:4').toString('hex')).toBe('00010203');
    expect(parseBytes(s, 'iv[14:]').toString('hex')).toBe('0e0f');
    expect(parseBytes(s, 'sig').toString('hex')).toBe('0102');
    expect(parseBytes(s, '"Hi"').toString()).toBe('Hi');
    expect(parseBytes(s, 'hex:00 + sig + iv[:1]').toString('hex')).toBe('00010200');
    expect(parseBytes(s, 'empty').length).toBe(0);
    expect(() => parseBytes(s, 'no_such_vector')).toThrow(/unknown key material or vector/);
  });

  it('parse a whole call by the signature table, creating named operations on first use', async () => {
    const inits: string[] = [];
    const target = { psa_mac_operation_init: async () => (inits.push('mac'), 7) } as unknown as PsaCryptoTarget;
    const args = await parseCall(scenario(), target, 'psa_mac_sign_setup', 'operation, key, PSA_ALG_HMAC(PSA_ALG_SHA_256)');
    expect(args).toEqual([7, 0x40000001, 0x03800009]);
    expect(inits).toEqual(['mac']);
    await expect(parseCall(scenario(), target, 'psa_mac_compute', 'key, PSA_ALG_CMAC')).rejects.toThrow(/takes 4 argument/);
    await expect(parseCall(scenario(), target, 'psa_mac_compute', 'nokey, PSA_ALG_CMAC, empty, 16')).rejects.toThrow(/no key named "nokey"/);
  });

  it('parse PAKE cipher suites', () => {
    expect(parseSuite('{PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY}')).toEqual({
      alg: 0x0a000109,
      primitive: 0x01120100,
      keyConfirmation: 1,
    });
    expect(() => parseSuite('{PSA_ALG_JPAKE(PSA_ALG_SHA_256)}')).toThrow(/bad PAKE cipher suite/);
  });
});
