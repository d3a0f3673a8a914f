import { DuplicateCache } from './dedup';

describe('DuplicateCache (RFC 7252 §4.5)', () => {
  const peer = { address: '127.0.0.1', port: 5683 };

  it('remembers (peer, Message ID) for its lifetime, then forgets', () => {
    let now = 1000;
    const cache = new DuplicateCache(() => now);
    expect(cache.lookup(peer, 7)).toBeUndefined();
    cache.remember(peer, 7, 100).reply = Buffer.from('60450007', 'hex');
    expect(cache.lookup(peer, 7)?.reply?.toString('hex')).toBe('60450007');
    expect(cache.lookup({ ...peer, port: 5684 }, 7)).toBeUndefined();
    expect(cache.lookup({ address: '::ffff:127.0.0.1', port: 5683 }, 7)).toBeDefined();
    now += 100;
    expect(cache.lookup(peer, 7)).toBeUndefined();
  });

  it('sweeps expired entries when new ones arrive', () => {
    let now = 0;
    const cache = new DuplicateCache(() => now);
    for (let id = 0; id < 10; id++) cache.remember(peer, id, 50);
    now = 60;
    cache.remember(peer, 99, 50);
    expect(cache.size).toBe(1);
  });
});
