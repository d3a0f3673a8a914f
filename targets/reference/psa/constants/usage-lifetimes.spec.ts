import {
  PSA_KEY_USAGE_EXPORT,
  PSA_KEY_USAGE_SIGN_HASH,
  PSA_KEY_USAGE_SIGN_MESSAGE,
  PSA_KEY_USAGE_VERIFY_HASH,
  PSA_KEY_USAGE_VERIFY_MESSAGE,
  usageByName,
  usageNames,
  withImpliedUsage,
} from './usage';
import {
  PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION,
  PSA_KEY_LIFETIME_IS_VOLATILE,
  PSA_KEY_LIFETIME_PERSISTENT,
  lifetimeByName,
  lifetimeName,
} from './lifetimes';

describe('usage flags', () => {
  it.each([
    ['EXPORT', 0x1],
    ['PSA_KEY_USAGE_EXPORT | PSA_KEY_USAGE_COPY', 0x3],
    ['EXPORT | COPY', 0x3],
    ['VERIFY_MESSAGE', 0x800],
    ['0', 0],
    ['none', 0],
    ['0x4000', 0x4000],
  ])('parse %s', (text, value) => {
    expect(usageByName(text)).toBe(value);
  });

  it('reject unknown flags', () => {
    expect(() => usageByName('EXPORT | FLY')).toThrow(/unknown PSA key usage flag "FLY"/);
  });

  it('print short names', () => {
    expect(usageNames(0x3)).toBe('EXPORT|COPY');
    expect(usageNames(0)).toBe('0');
    expect(usageNames(0x10001)).toBe('EXPORT|0x10000');
  });

  it('add the implied message usages (§9.5.4)', () => {
    expect(withImpliedUsage(PSA_KEY_USAGE_SIGN_HASH)).toBe(PSA_KEY_USAGE_SIGN_HASH | PSA_KEY_USAGE_SIGN_MESSAGE);
    expect(withImpliedUsage(PSA_KEY_USAGE_VERIFY_HASH)).toBe(PSA_KEY_USAGE_VERIFY_HASH | PSA_KEY_USAGE_VERIFY_MESSAGE);
    expect(withImpliedUsage(PSA_KEY_USAGE_EXPORT)).toBe(PSA_KEY_USAGE_EXPORT);
  });
});

describe('lifetimes', () => {
  it('parse and print spec names', () => {
    expect(lifetimeByName('PSA_KEY_LIFETIME_PERSISTENT')).toBe(1);
    expect(lifetimeByName('volatile')).toBe(0);
    expect(lifetimeName(PSA_KEY_LIFETIME_PERSISTENT)).toBe('PSA_KEY_LIFETIME_PERSISTENT');
    expect(lifetimeName(0x101)).toBe('0x00000101');
    expect(() => lifetimeByName('FOREVER')).toThrow(/unknown PSA key lifetime/);
  });

  it('encode persistence and location', () => {
    expect(PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION(1, 1)).toBe(0x101);
    expect(PSA_KEY_LIFETIME_IS_VOLATILE(0x100)).toBe(true);
    expect(PSA_KEY_LIFETIME_IS_VOLATILE(0x101)).toBe(false);
  });
});
