import { keyTypeByName, PSA_KEY_TYPE_IS_PUBLIC_KEY, PSA_KEY_TYPE_KEY_PAIR_OF_PUBLIC_KEY } from '../constants';
import { PSA_ERROR_NOT_SUPPORTED, PSA_SUCCESS } from '../constants/status';
import { PSA_SIMULATOR_ALG_CAPABILITIES, PSA_SIMULATOR_API, PSA_SIMULATOR_CAPABILITIES, PSA_SIMULATOR_KEY_CAPABILITIES } from './capabilities';
import { algCheck } from './capability-checks';
import { PsaCryptoSimulator } from './simulator';

const base = { usage: 1, alg: 0, lifetime: 0, id: 0 };

function parseCapability(value: string): { type: number; bits: number } {
  const m = /^(.+?)(?::(\d+))?$/.exec(value)!;
  return { type: keyTypeByName(m[1]), bits: m[2] ? Number(m[2]) : 128 };
}

describe('the simulator manifest is honest', () => {
  it('claims the psa-crypto role', () => {
    expect(PSA_SIMULATOR_CAPABILITIES.role).toEqual(['psa-crypto']);
  });

  it.each(PSA_SIMULATOR_KEY_CAPABILITIES.map((v) => [v]))('%s: a key is created, exported and imported back', async (value) => {
    const psa = new PsaCryptoSimulator();
    await psa.psa_crypto_init();
    const { type, bits } = parseCapability(value);
    const generateType = PSA_KEY_TYPE_IS_PUBLIC_KEY(type) ? PSA_KEY_TYPE_KEY_PAIR_OF_PUBLIC_KEY(type) : type;
    const made = await psa.psa_generate_key({ ...base, type: generateType, bits });
    expect(made.status).toBe(PSA_SUCCESS);
    const exported = PSA_KEY_TYPE_IS_PUBLIC_KEY(type)
      ? await psa.psa_export_public_key(made.key, 5000)
      : await psa.psa_export_key(made.key, 5000);
    expect(exported.status).toBe(PSA_SUCCESS);
    const back = await psa.psa_import_key({ ...base, type, bits }, exported.data);
    expect(back.status).toBe(PSA_SUCCESS);
    expect((await psa.psa_get_key_attributes(back.key)).attributes.bits).toBe(bits);
    await psa.close();
  });

  it('does not support what it does not claim: single DES', async () => {
    expect(PSA_SIMULATOR_KEY_CAPABILITIES).not.toContain('DES:64');
    const psa = new PsaCryptoSimulator();
    await psa.psa_crypto_init();
    expect((await psa.psa_import_key({ ...base, type: 0x2301, bits: 0 }, new Uint8Array(8).fill(1))).status).toBe(PSA_ERROR_NOT_SUPPORTED);
  });
});

describe('every claimed algorithm runs (capability-checks.ts)', () => {
  it.each(PSA_SIMULATOR_ALG_CAPABILITIES.map((v) => [v]))('%s', async (name) => {
    const check = algCheck(name);
    expect(check).toBeDefined();
    const psa = new PsaCryptoSimulator();
    await psa.psa_crypto_init();
    expect(await check!(psa)).toBe(PSA_SUCCESS);
    await psa.close();
  });

  it('claims J-PAKE and SPAKE2+ (RFC 9383), not the Matter draft', () => {
    expect(PSA_SIMULATOR_ALG_CAPABILITIES.filter((a) => /JPAKE|SPAKE2P/.test(a))).toEqual(['TLS12_ECJPAKE_TO_PMS', 'JPAKE', 'SPAKE2P_HMAC', 'SPAKE2P_CMAC']);
  });
});

describe('the api claims', () => {
  it('are exactly the simulator\'s spec functions', () => {
    const methods = Object.getOwnPropertyNames(PsaCryptoSimulator.prototype).filter((n) => n.startsWith('psa_'));
    expect([...PSA_SIMULATOR_API].sort()).toEqual(methods.sort());
  });
});
