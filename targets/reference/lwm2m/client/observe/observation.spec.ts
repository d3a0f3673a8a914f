import type { Lwm2mRecord } from '../../codecs/types';
import type { AttributeSet } from '../attributes/attribute-set';
import { worthNotifying } from './conditions';
import { Observation } from './observation';

const at = (value: number): Lwm2mRecord[] => [{ path: { objectId: 3, instanceId: 0, resourceId: 9 }, value }];

describe('worthNotifying (TS-Core Table 7.3.2-1 conditions)', () => {
  it('counts any change without conditions, and only crossings or big steps with them', () => {
    expect(worthNotifying(at(5), at(5), {}, true)).toBe(false);
    expect(worthNotifying(at(5), at(6), {}, true)).toBe(true);
    expect(worthNotifying(at(5), at(6), { gt: 10 }, true)).toBe(false);
    expect(worthNotifying(at(5), at(11), { gt: 10 }, true)).toBe(true);
    expect(worthNotifying(at(11), at(9), { lt: 10 }, true)).toBe(true);
    expect(worthNotifying(at(5), at(6), { st: 2 }, true)).toBe(false);
    expect(worthNotifying(at(5), at(7), { st: 2 }, true)).toBe(true);
    expect(worthNotifying(at(5), at(6), { st: 2 }, false)).toBe(true); // composite: conditions do not apply
    expect(worthNotifying(at(5), [], { st: 2 }, true)).toBe(true); // a value vanished
  });
});

describe('Observation schedule (pmin, pmax; spec seconds × timeScale)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function observe(attributes: AttributeSet, ignorePmin = false) {
    let value = 0;
    const sent: Array<{ t: number; value: unknown }> = [];
    const start = Date.now();
    const o = new Observation(
      Buffer.from('01', 'hex'),
      {
        snapshot: () => at(value),
        attributes: () => attributes,
        notify: (records) => sent.push({ t: Date.now() - start, value: records?.[0]?.value }),
        conditional: true,
        timeScale: 1,
        ignorePmin,
      },
      at(value),
    );
    const change = (v: number) => {
      value = v;
      o.changed();
    };
    return { o, sent, change };
  }

  it('holds a change back until pmin has passed, then sends the latest value', () => {
    const { o, sent, change } = observe({ pmin: 5 });
    jest.advanceTimersByTime(1000);
    change(1);
    jest.advanceTimersByTime(2000);
    change(2);
    expect(sent).toEqual([]);
    jest.advanceTimersByTime(2000);
    expect(sent).toEqual([{ t: 5000, value: 2 }]);
    o.cancel();
  });

  it('notifies at pmax without any change, restarting after each notification', () => {
    const { o, sent, change } = observe({ pmin: 1, pmax: 10 });
    jest.advanceTimersByTime(10_000);
    expect(sent).toEqual([{ t: 10_000, value: 0 }]);
    jest.advanceTimersByTime(3000);
    change(7);
    expect(sent[1]).toEqual({ t: 13_000, value: 7 });
    jest.advanceTimersByTime(9999);
    expect(sent).toHaveLength(2);
    jest.advanceTimersByTime(1);
    expect(sent).toHaveLength(3);
    o.cancel();
    jest.advanceTimersByTime(60_000);
    expect(sent).toHaveLength(3);
  });

  it('ignores a pmax below pmin, and the broken fault ignores pmin', () => {
    const a = observe({ pmin: 20, pmax: 5 });
    jest.advanceTimersByTime(30_000);
    expect(a.sent).toEqual([]);
    a.o.cancel();
    const b = observe({ pmin: 5 }, true);
    b.change(1);
    expect(b.sent).toEqual([{ t: 0, value: 1 }]);
    b.o.cancel();
  });
});
