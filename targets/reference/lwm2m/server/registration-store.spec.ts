import { RegistrationStore, type RegistrationEvent } from './registration-store';
import type { RegisterRequest } from './register-params';

const peer = { address: '127.0.0.1', port: 5000 };
const request = (endpoint: string, lifetime: number): RegisterRequest => ({ endpoint, lifetime, version: '1.1', binding: 'U', queueMode: false, objects: [], objectLinks: '' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('RegistrationStore (TS-Core §6.2)', () => {
  let events: Array<[RegistrationEvent, string]>;
  let store: RegistrationStore;
  beforeEach(() => {
    events = [];
    store = new RegistrationStore(0.001, (e, r) => events.push([e, r.id])); // 1 s of lifetime = 1 ms
  });
  afterEach(() => store.clear());

  it('replaces a re-registered endpoint and expires the new registration on time', async () => {
    const first = store.register(request('a', 40), peer);
    const second = store.register(request('a', 40), { ...peer, port: 5001 });
    expect(events).toEqual([['registered', first.id], ['replaced', first.id], ['registered', second.id]]);
    expect(store.get(first.id)).toBeUndefined();
    expect(store.byPeer({ ...peer, port: 5001 })).toBe(second);
    expect(store.byPeer(peer)).toBeUndefined();
    await sleep(80);
    expect(events.at(-1)).toEqual(['expired', second.id]);
    expect(store.all()).toEqual([]);
  });

  it('follows Updates: a longer lifetime defers expiry, a shorter one brings it forward', async () => {
    const r = store.register(request('b', 30), peer);
    await sleep(20);
    store.update(r.id, { lifetime: 60 }, peer);
    await sleep(25);
    expect(store.get(r.id)).toBe(r); // 45 ms after Register, 25 ms after an Update to 60 ms
    store.update(r.id, { lifetime: 5 }, peer);
    await sleep(30);
    expect(events.at(-1)).toEqual(['expired', r.id]);
  });
});
