import { EventLog } from './event-log';

describe('EventLog', () => {
  it('keeps the last events in order and answers since= across the wrap', () => {
    const log = new EventLog(3);
    for (let i = 0; i < 5; i++) log.push('updated', `ep${i}`);
    expect(log.since(0).map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(log.since(3).map((e) => e.endpoint)).toEqual(['ep3', 'ep4']);
    expect(log.since(5)).toEqual([]);
    expect(log.lastSeq).toBe(5);
  });

  it('long-polls until an event arrives, bounded', async () => {
    const log = new EventLog();
    const waiting = log.wait(0, 1000);
    log.push('registered', 'a');
    expect((await waiting).map((e) => e.type)).toEqual(['registered']);
    expect(await log.wait(1, 10)).toEqual([]);
  });
});
