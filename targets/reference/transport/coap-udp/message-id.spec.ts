import { MessageIdAllocator } from './message-id';

describe('MessageIdAllocator (RFC 7252 §4.4)', () => {
  it('counts up from the initial value and wraps at 65536', () => {
    const ids = new MessageIdAllocator(65534);
    expect([ids.next(), ids.next(), ids.next(), ids.next()]).toEqual([65534, 65535, 0, 1]);
  });

  it('starts at a random value by default', () => {
    const firsts = new Set(Array.from({ length: 20 }, () => new MessageIdAllocator().next()));
    expect(firsts.size).toBeGreaterThan(1);
    for (const id of firsts) expect(id).toBeGreaterThanOrEqual(0);
    for (const id of firsts) expect(id).toBeLessThanOrEqual(0xffff);
  });

  it('refuses an out-of-range initial value', () => {
    expect(() => new MessageIdAllocator(65536)).toThrow(RangeError);
  });
});
