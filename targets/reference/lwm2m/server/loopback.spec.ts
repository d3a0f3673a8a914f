/**
 * The reference client and the reference server over loopback: registration, DM, the lifetime
 * Update (TS-Core §6.2.2) and de-registration on Disable.
 */
import { C1, withResource } from '../configurations';
import { CoapTimeoutError } from '../../transport/coap-udp/errors';
import { createUdpEndpoint } from '../../transport/coap-udp/endpoint';
import { tlvCodec } from '../codecs/tlv';
import { Obj } from '../model/ids.generated';
import { defaultModel } from '../model/object-model';
import { createReferenceClient } from '../client';
import { startReferenceServer, type ReferenceLwm2mServer } from '.';

const TIME_SCALE = 0.05;

describe('reference client ↔ reference server over loopback', () => {
  let server: ReferenceLwm2mServer;
  const client = createReferenceClient();

  beforeEach(async () => {
    server = await startReferenceServer({ timeScale: TIME_SCALE });
  });
  afterEach(async () => {
    await client.stop();
    await server.close();
  });

  it('registers, answers Read, Write and Execute, updates its lifetime and de-registers', async () => {
    const registered = server.next('registered', 'loop-1');
    await client.start({ endpoint: 'loop-1', serverUri: server.uri, configuration: C1, timeScale: TIME_SCALE });
    const registration = await registered;
    expect(registration).toMatchObject({ version: '1.1', lifetime: 86400, binding: 'U', location: ['rd', registration.id] });
    expect(registration.objectLinks).toBe('</1/0>,</3/0>');

    const device = await server.read('loop-1', Obj.Device[0], 11542);
    expect(device).toMatchObject({ code: '2.05', contentFormat: 11542 });
    const values = new Map(device.records!.map((r) => [r.path.resourceId, r.value]));
    expect(values.get(0)).toBe('Open Mobile Alliance');
    expect(values.get(16)).toBe('U');
    expect(tlvCodec.decode(device.payload, { objectId: 3, instanceId: 0 }, defaultModel())).toHaveLength(6);

    const manufacturer = await server.read('loop-1', Obj.Device[0].Manufacturer, 0);
    expect(manufacturer).toMatchObject({ code: '2.05', contentFormat: 0 });
    expect(manufacturer.payload.toString()).toBe('Open Mobile Alliance');

    const updated = server.next('updated', 'loop-1');
    expect(await server.write('loop-1', Obj.Server[0].Lifetime, 20)).toMatchObject({ code: '2.04' });
    expect((await updated).lifetime).toBe(20);
    expect((await server.read('loop-1', Obj.Server[0].Lifetime)).payload.toString()).toBe('20');

    const deregistered = server.next('deregistered', 'loop-1');
    expect(await server.execute('loop-1', Obj.Server[0].Disable)).toMatchObject({ code: '2.04' });
    expect((await deregistered).endpoint).toBe('loop-1');
    expect(server.registration('loop-1')).toBeUndefined();
  });

  it('registers again when its periodic Update finds the registration forgotten (ETS int-105)', async () => {
    const shortLived = withResource(C1, Obj.Server[0].Lifetime, 20); // an Update every 10 s (0.5 s scaled)
    const first = server.next('registered', 'loop-2');
    await client.start({ endpoint: 'loop-2', serverUri: server.uri, configuration: shortLived, timeScale: TIME_SCALE });
    const before = await first;
    const again = server.next('registered', 'loop-2');
    server.forget('loop-2');
    const after = await again;
    expect(after.id).not.toBe(before.id);
  });

  it('ignores requests that do not come from its server', async () => {
    const registered = server.next('registered', 'loop-3');
    await client.start({ endpoint: 'loop-3', serverUri: server.uri, configuration: C1, timeScale: TIME_SCALE });
    const { peer } = await registered;
    const stranger = await createUdpEndpoint({ timeScale: TIME_SCALE });
    try {
      await expect(stranger.request(peer, { method: 'GET', path: '/3/0/0' }, { timeoutMs: 300 })).rejects.toThrow(CoapTimeoutError);
    } finally {
      await stranger.close();
    }
  });
});
