import { isNewer, pmaxViolations, pminViolations } from './notification-checks';

const ms = (s: number) => s * 50; // the fast profile: 1 spec second = 50 ms

describe('notification checks', () => {
  it('orders Observe numbers as RFC 7641 §3.4 does, wrap-around included', () => {
    expect(isNewer(1, 2)).toBe(true);
    expect(isNewer(2, 1)).toBe(false);
    expect(isNewer(0xffffff, 3)).toBe(true);
    expect(isNewer(3, 0xffffff)).toBe(false);
  });

  it('finds gaps below pmin (with a little jitter allowed) and above pmax (up to the end of the watch)', () => {
    expect(pminViolations([0, 250, 500], 5, ms)).toEqual([]);
    expect(pminViolations([0, 210, 500], 5, ms)).toEqual([]); // 20 % jitter
    expect(pminViolations([0, 100], 5, ms)).toEqual(['2.0 s between arrivals 0 and 1']);
    expect(pmaxViolations([0, 750], 15, ms, 1400)).toEqual([]);
    expect(pmaxViolations([0, 750], 15, ms, 2000)).toEqual(['25.0 s after arrival 1 (none since)']);
    expect(pmaxViolations([0, 1000], 15, ms)).toEqual(['20.0 s after arrival 0']);
  });
});
