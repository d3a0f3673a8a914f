import { psa_key_attributes_init, psa_reset_key_attributes, psa_set_key_id, psa_set_key_lifetime } from './attributes';

describe('attribute accessors (§9.3, §9.4)', () => {
  it('start all zeros', () => {
    expect(psa_key_attributes_init()).toEqual({ type: 0, bits: 0, usage: 0, alg: 0, lifetime: 0, id: 0 });
  });

  it('make a volatile attribute object persistent when an id is set', () => {
    const a = psa_key_attributes_init();
    psa_set_key_id(a, 0x12);
    expect(a).toMatchObject({ id: 0x12, lifetime: 1 });
  });

  it('keep the location when switching to persistent', () => {
    const a = { ...psa_key_attributes_init(), lifetime: 0x100 };
    psa_set_key_id(a, 5);
    expect(a.lifetime).toBe(0x101);
  });

  it('reset the id when a volatile lifetime is set (psa-arch-tests c005 order: id, then lifetime)', () => {
    const a = psa_key_attributes_init();
    psa_set_key_id(a, 0x12);
    psa_set_key_lifetime(a, 0);
    expect(a).toMatchObject({ id: 0, lifetime: 0 });
  });

  it('reset to a fresh object', () => {
    const a = { type: 0x2400, bits: 128, usage: 1, alg: 5, lifetime: 1, id: 3 };
    psa_reset_key_attributes(a);
    expect(a).toEqual(psa_key_attributes_init());
  });
});
