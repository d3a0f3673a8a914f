/**
 * The reference client as a device, over loopback against reference servers: one registration per
 * Server Account (ETS int-950), a reboot that registers afresh (int-241), a smartcard read at power-on
 * (int-3), and queue mode's sleep (TS-Transport §6.5).
 */
import { C1, C14, withServerAccountUri } from '../configurations';
import { Obj } from '../model/ids.generated';
import { startReferenceServer, type ReferenceLwm2mServer } from '../server';
import { ReferenceLwm2mClient } from './reference-client';
import { withSettings } from './runtime/settings';

const TIME_SCALE = 0.05;

describe('reference client as a device', () => {
  const servers: ReferenceLwm2mServer[] = [];
  const client = new ReferenceLwm2mClient();
  const server = async () => {
    const s = await startReferenceServer({ timeScale: TIME_SCALE });
    servers.push(s);
    return s;
  };
  afterEach(async () => {
    await client.stop();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it('registers to each of its two Server Accounts, each from the same socket (ETS int-950)', async () => {
    const [one, two] = [await server(), await server()];
    const registered = [one.next('registered', 'dev-1'), two.next('registered', 'dev-1')];
    const configuration = withServerAccountUri(withServerAccountUri(C14, 1, one.uri), 2, two.uri);
    await client.start({ endpoint: 'dev-1', serverUri: one.uri, configuration, timeScale: TIME_SCALE });
    const [a, b] = await Promise.all(registered);
    expect(a.peer).toEqual(b.peer);
    expect((await two.read('dev-1', Obj.Server[1].ShortServerID, 0)).payload.toString()).toBe('2');
  });

  it('registers afresh after Execute Reboot, from a new socket (ETS int-241)', async () => {
    const s = await server();
    const first = s.next('registered', 'dev-2');
    await client.start({ endpoint: 'dev-2', serverUri: s.uri, configuration: C1, timeScale: TIME_SCALE });
    const before = await first;
    const again = s.next('registered', 'dev-2');
    expect((await s.execute('dev-2', Obj.Device[0].Reboot)).code).toBe('2.04');
    expect((await again).peer).not.toEqual(before.peer);
  });

  it('reads a smartcard at power-on and registers to the server it names (ETS int-3)', async () => {
    const [x, y] = [await server(), await server()];
    const onX = x.next('registered', 'dev-3');
    await client.start({ endpoint: 'dev-3', serverUri: x.uri, configuration: C1, timeScale: TIME_SCALE });
    await onX;
    const card = { id: 'card', instances: C1.instances.filter((i) => i.objectId < 2).map((i) => (i.objectId === 0 ? { ...i, resources: { ...i.resources, 0: y.uri } } : { ...i, resources: { ...i.resources, 1: 43200 } })) };
    const onY = y.next('registered', 'dev-3');
    await client.trigger('insert-smartcard', card);
    await client.trigger('reboot');
    expect((await onY).lifetime).toBe(43200);
  });

  it('in queue mode, answers while awake and ignores requests once asleep (TS-Transport §6.5)', async () => {
    const s = await server();
    const registered = s.next('registered', 'dev-4');
    await client.start({ endpoint: 'dev-4', serverUri: s.uri, configuration: withSettings(C1, { queueMode: true }), timeScale: 0.001 });
    const { peer } = await registered;
    // Straight from the server's socket (the reference server itself would hold requests for a sleeping client).
    const ask = () =>
      Promise.race([
        s.endpoint.request(peer, { method: 'GET', path: '/3/0/0', accept: 0 }).then((r) => r.code, () => 'no answer'),
        new Promise<string>((r) => setTimeout(() => r('no answer'), 150)),
      ]);
    expect(await ask()).toBe('2.05'); // awake: it just registered
    await new Promise((r) => setTimeout(r, 200)); // MAX_TRANSMIT_WAIT 93 s → 93 ms at this scale
    expect(await ask()).toBe('no answer');
  });
});
