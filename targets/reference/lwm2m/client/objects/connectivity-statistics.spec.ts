import { Obj } from '../../model/ids.generated';
import { connectivityStatistics } from './connectivity-statistics';
import { FakeTraffic, treeOf } from './test-traffic';

/** Counters are written on the next turn of the event loop. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

const S = Obj.ConnectivityStatistics;
const IPV4_UDP = 28;

function setup(faults = {}) {
  const tree = treeOf('C.9');
  const traffic = new FakeTraffic();
  const actions = new Map(connectivityStatistics(tree, { traffic, timeScale: 0.001, faults }));
  const exec = (resourceId: number) => actions.get(`7/${resourceId}`)!(0, Buffer.alloc(0));
  const counters = () => [0, 1, 2, 3, 4, 5].map((r) => tree.resource(S.id, 0, r));
  return { tree, traffic, exec, counters };
}

describe('Connectivity Statistics /7 (7.xml)', () => {
  it('counts nothing before Start', async () => {
    const { traffic, counters } = setup();
    traffic.datagram('in', 100);
    await tick();
    expect(counters()).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('counts IP-layer bytes in kilobytes, message sizes in bytes, between Start and Stop', async () => {
    const { traffic, exec, counters } = setup();
    exec(S.Start);
    traffic.datagram('in', 1000); // 1028 B at IP level
    traffic.datagram('out', 72); // 100 B
    traffic.datagram('out', 72);
    await tick();
    expect(counters()).toEqual([0, 0, 1, 2, 1028, Math.round(1228 / 3)]);
    exec(S.Stop);
    traffic.datagram('in', 5000);
    await tick();
    expect(counters()).toEqual([0, 0, 1, 2, 1028, 409]);
  });

  it('Start resets the counters of an earlier collection', async () => {
    const { traffic, exec, counters } = setup();
    exec(S.Start);
    traffic.datagram('out', 500);
    exec(S.Start);
    await tick();
    expect(counters()).toEqual([0, 0, 0, 0, 0, 0]);
    traffic.datagram('in', 10);
    await tick();
    expect(counters()).toEqual([0, 0, 0, 1, 10 + IPV4_UDP, 10 + IPV4_UDP]);
  });

  it('a Collection Period ends the collection on its own (spec seconds × time scale)', async () => {
    const { tree, traffic, exec, counters } = setup();
    tree.setResource(S.id, 0, S.CollectionPeriod, 5); // 5 ms at timeScale 0.001
    exec(S.Start);
    traffic.datagram('in', 10);
    await new Promise((r) => setTimeout(r, 30));
    traffic.datagram('in', 10);
    await tick();
    expect(counters()[3]).toBe(1);
    expect(counters()[4]).toBe(10 + IPV4_UDP);
    expect(counters()[5]).toBe(10 + IPV4_UDP);
  });

  it('ignores failed sends and the duplicate record of a request whose handler threw', async () => {
    const { traffic, exec, counters } = setup();
    exec(S.Start);
    traffic.datagram('out', 10, undefined, { error: 'send failed' });
    traffic.datagram('in', 10, '/3/0', { error: 'internal error while handling' });
    await tick();
    expect(counters()).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('writes the counters after the transcript callback returns, not from inside it', () => {
    const { tree, traffic, exec } = setup();
    exec(S.Start);
    const seen: number[] = [];
    tree.onChange((p) => seen.push(p.resourceId!));
    traffic.datagram('out', 100);
    expect(seen).toEqual([]);
  });

  it('a Start after Stop does not let the earlier collection overwrite the reset', async () => {
    const { traffic, exec, counters } = setup();
    exec(S.Start);
    traffic.datagram('in', 3000);
    exec(S.Stop);
    exec(S.Start);
    await tick();
    expect(counters()).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('listens once per tree however often the executables are built', () => {
    const { tree, traffic } = setup();
    connectivityStatistics(tree, { traffic });
    expect(traffic.subscribers).toBe(1);
  });

  it('broken target fault statisticsIgnoreStop: counting goes on after Stop', async () => {
    const { traffic, exec, counters } = setup({ statisticsIgnoreStop: true });
    exec(S.Start);
    exec(S.Stop);
    traffic.datagram('in', 2000);
    await tick();
    expect(counters()[3]).toBe(2);
  });
});
