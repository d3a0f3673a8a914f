import { Obj } from '../../model/ids.generated';
import { eventLog, LogStatusBit, MAX_LOG_BYTES } from './event-log';
import { FakeTraffic, treeOf } from './test-traffic';

const tick = () => new Promise((resolve) => setImmediate(resolve));

const E = Obj.EventLog;

function setup() {
  const tree = treeOf('C.16');
  const traffic = new FakeTraffic();
  const actions = new Map(eventLog(tree, { traffic }));
  const exec = (resourceId: number, args = '') => actions.get(`20/${resourceId}`)!(0, Buffer.from(args));
  const status = () => tree.resource(E.id, 0, E.LogStatus);
  const data = () => (tree.resource(E.id, 0, E.LogData) as Buffer).toString('utf8');
  return { traffic, exec, status, data };
}

describe('Event Log /20 (20.xml)', () => {
  it('C.16 starts stopped with valid data', () => {
    expect(setup().status()).toBe(LogStatusBit.Stopped | LogStatusBit.ValidData);
  });

  it('LogStart empties LogData and runs; requests are logged; LogStop keeps the data', async () => {
    const { traffic, exec, status, data } = setup();
    exec(E.LogStart);
    expect([status(), data()]).toEqual([0, '']);
    traffic.datagram('in', 20, '/3/0');
    traffic.datagram('out', 20); // a response: not an event
    await tick();
    expect(status()).toBe(LogStatusBit.ValidData);
    expect(data()).toMatch(/^\S+Z in GET \/3\/0\n$/);
    exec(E.LogStop);
    traffic.datagram('in', 20, '/3/0');
    await tick();
    expect(status()).toBe(LogStatusBit.Stopped | LogStatusBit.ValidData);
    expect(data().split('\n')).toHaveLength(2);
  });

  it("LogStart 0='1' extends the collection; LogStop 0='1' empties it", () => {
    const { exec, status, data } = setup();
    exec(E.LogStart, "0='1'");
    expect(data()).toContain('boot');
    expect(status()).toBe(LogStatusBit.ValidData);
    exec(E.LogStop, "0='1'");
    expect([status(), data()]).toEqual([LogStatusBit.Stopped, '']);
  });

  it('keeps at most MAX_LOG_BYTES, dropping whole old lines', async () => {
    const { traffic, exec, data } = setup();
    exec(E.LogStart);
    for (let i = 0; i < 200; i++) traffic.datagram('in', 20, `/3/0/${i}`);
    await tick();
    expect(Buffer.byteLength(data())).toBeLessThanOrEqual(MAX_LOG_BYTES);
    expect(data()).toMatch(/^\S+Z in GET /);
    expect(data()).toContain('/3/0/199\n');
  });
});
