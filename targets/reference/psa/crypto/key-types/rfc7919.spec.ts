import { checkPrimeSync } from 'node:crypto';
import { FFDHE_PRIMES } from './rfc7919';

describe('RFC 7919 primes', () => {
  it.each(Object.entries(FFDHE_PRIMES))('ffdhe%s is a safe prime of that length with the RFC prefix and suffix', (bits, p) => {
    const n = BigInt(`0x${p.toString('hex')}`);
    expect(n.toString(2).length).toBe(Number(bits));
    expect(p.subarray(0, 8).toString('hex')).toBe('ffffffffffffffff');
    expect(p.subarray(-8).toString('hex')).toBe('ffffffffffffffff');
    expect(p.subarray(8, 16).toString('hex')).toBe('adf85458a2bb4a9a');
    expect(checkPrimeSync(p)).toBe(true);
    expect(checkPrimeSync(Buffer.from(((n - 1n) / 2n).toString(16), 'hex'))).toBe(true);
  });
});
