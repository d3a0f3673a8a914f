/**
 * Bootstrap over MQTT, then registration over MQTT (ETS 1.2 int-19 flow, client side; TS-Transport
 * 1.2 §8, TS-Core 1.2 §6.1.3.3): the client's Bootstrap-Server Account is `mqtt://` with /0/1/26
 * linking /24/1 (the broker credentials for bootstrapping); a scripted Bootstrap-Server on
 * `lwm2m/bs/<ep>` sends BS-Write /0/0 (LwM2M Server Account, /0/0/26 → /24/0,
 * /0/0/27 → /23/0), /1/0 (binding M), /24/0 (Client Identifier, User Name, Password, Clean
 * Session, Keep Alive), /23/0, BS-Discover and Bootstrap-Finish (the int-19 order); the client then registers over MQTT with the
 * written account. mosquitto refuses anonymous CONNECTs (password file), so each account can only
 * reach the broker with its /24 User Name and Password; the broker log shows the CONNECT's Client
 * Identifier, clean-session flag, keep alive and user name.
 */
import { tlvCodec } from '../../codecs/tlv';
import type { Lwm2mRecord } from '../../codecs/types';
import { C13, SecurityMode } from '../../configurations';
import { defaultModel } from '../../model/object-model';
import { createMqttLwm2mEndpoint, startMosquitto, type MosquittoBroker, type MqttLwm2mEndpoint } from '../../../transport/mqtt';
import { BROKERS, itFor } from '../../../transport/mqtt/spec-support';
import type { ClientConfiguration } from '../../../../roles/lwm2m-client';
import { ReferenceLwm2mClient } from '../reference-client';
import { eventually, minimalServer } from './spec-support';

const TIME_SCALE = 0.05;
const EP = 'mqtt-bs-ep';
const TLV = 11542;
const LINK_FORMAT = 40;
const PASSWORDS = { 'bs-server': 'bs-secret', 'dm-server': 'dm-secret', 'device-bs': 'device-bs-secret', device: 'device-secret' };
const mosquitto311 = BROKERS.find((b) => b.mosquitto && b.protocolVersion === 4)!;

type Values = Record<number, Lwm2mRecord['value'] | Lwm2mRecord['value'][]>;
const records = (objectId: number, instanceId: number, values: Values): Lwm2mRecord[] =>
  Object.entries(values).flatMap(([r, value]) =>
    Array.isArray(value)
      ? value.map((v, i) => ({ path: { objectId, instanceId, resourceId: Number(r), resourceInstanceId: i }, value: v }))
      : [{ path: { objectId, instanceId, resourceId: Number(r) }, value }],
  );

/** C.13 (Bootstrap-Server Account only) on `brokerUrl`, reaching the broker as `device-bs` through /24/1. */
function bootstrapConfiguration(brokerUrl: string): ClientConfiguration {
  return {
    id: 'C.13-mqtt',
    instances: [
      ...C13.instances.map((i) => (i.objectId === 0 ? { ...i, resources: { 0: brokerUrl, 1: true, 2: SecurityMode.NoSec, 26: { objlnk: '24:1' } } } : i)),
      { objectId: 24, instanceId: 1, resources: { 6: 'mqttBsDevice', 7: 'device-bs', 8: { opaque: Buffer.from('device-bs-secret').toString('base64') } } },
    ],
  };
}

describe('bootstrap over MQTT, then Register over MQTT with the written account (/0, /1, /23, /24)', () => {
  const client = new ReferenceLwm2mClient();
  const endpoints: MqttLwm2mEndpoint[] = [];
  let broker: MosquittoBroker | undefined;
  afterEach(async () => {
    await client.stop();
    await Promise.all(endpoints.splice(0).map((e) => e.close()));
    await broker?.stop();
    broker = undefined;
  });

  async function scriptedServers(devicePassword: string) {
    const model = defaultModel();
    broker = await startMosquitto({ protocol: 4, passwords: PASSWORDS });
    const bs = await createMqttLwm2mEndpoint({ role: 'bootstrap-server', brokerUrl: broker.url, protocolVersion: 4, username: 'bs-server', password: 'bs-secret', timeoutMs: 3000 });
    const dm = await createMqttLwm2mEndpoint({ role: 'server', brokerUrl: broker.url, protocolVersion: 4, username: 'dm-server', password: 'dm-secret', timeoutMs: 3000 });
    endpoints.push(bs, dm);
    const server = minimalServer(dm);
    const steps: string[] = [];
    let discovered = '';
    const finished = new Promise<void>((resolve) => {
      bs.onRequest((req) => {
        if (req.method !== 'POST' || req.path !== '/bs') return { code: '4.04' };
        steps.push(`Bootstrap-Request ${req.query.join('&')}`);
        const write = async (objectId: number, values: Values) => {
          const payload = tlvCodec.encode(records(objectId, 0, values), { objectId, instanceId: 0 }, model);
          steps.push(`BS-Write /${objectId}/0 ${(await bs.request(req.peer, { method: 'PUT', path: `/${objectId}/0`, contentFormat: TLV, payload })).code}`);
        };
        setTimeout(async () => {
          await write(0, { 0: broker!.url, 1: false, 2: SecurityMode.NoSec, 10: 1, 26: { objectId: 24, instanceId: 0 }, 27: [{ objectId: 23, instanceId: 0 }] });
          await write(1, { 0: 1, 1: 86400, 6: false, 7: 'M' });
          await write(24, { 3: true, 5: 30, 6: 'mqttDmDevice24', 7: 'device', 8: Buffer.from(devicePassword) });
          // AES-CCM-16-64-128 (RFC 8152 Table 10, id 10) and a 128-bit key, as /23 defines them (String).
          await write(23, { 0: 'kid-1', 1: 10, 2: '000102030405060708090a0b0c0d0e0f' });
          const discover = await bs.request(req.peer, { method: 'GET', path: '/', accept: LINK_FORMAT });
          discovered = discover.payload.toString('utf8');
          steps.push(`BS-Discover ${discover.code}`);
          steps.push(`Bootstrap-Finish ${(await bs.request(req.peer, { method: 'POST', path: '/bs' })).code}`);
          resolve();
        }, 10);
        return { code: '2.04' };
      });
    });
    return { server, steps, finished, discovered: () => discovered };
  }

  itFor(mosquitto311)('bootstraps on lwm2m/bs/<ep>, registers with b=M and the /24 CONNECT parameters, answers a Read', async () => {
    const { server, steps, finished, discovered } = await scriptedServers('device-secret');
    await client.start({ endpoint: EP, serverUri: broker!.url, configuration: bootstrapConfiguration(broker!.url), timeScale: TIME_SCALE });
    const registration = await server.registered(8000);
    await finished;
    expect(steps).toEqual([`Bootstrap-Request ep=${EP}&pct=${TLV}`, 'BS-Write /0/0 2.04', 'BS-Write /1/0 2.04', 'BS-Write /24/0 2.04', 'BS-Write /23/0 2.04', 'BS-Discover 2.05', 'Bootstrap-Finish 2.04']);
    // ETS 1.2-int-19: the Discover after the writes says lwm2m="1.2" and lists /23 and /24.
    expect(discovered()).toContain('lwm2m="1.2"');
    for (const link of ['</23/0>', '</24/0>', '</24/1>']) expect(discovered()).toContain(link);
    expect(registration.query).toEqual(expect.arrayContaining([`ep=${EP}`, 'b=M', 'lwm2m=1.2']));
    // mosquitto's connection log: "New client connected from … as <client id> (p2, c1, k30, u'device')."
    expect(broker!.log()).toMatch(/as mqttBsDevice \(p2, c1, k\d+, u'device-bs'\)/);
    expect(broker!.log()).toMatch(/as mqttDmDevice24 \(p2, c1, k30, u'device'\)/);
    expect(await server.readText(registration.peer, '/3/0/0')).toEqual({ code: '2.05', text: 'Open Mobile Alliance' });
  });

  itFor(mosquitto311)('does not register when the bootstrapped /24 Password is wrong (the broker refuses the CONNECT)', async () => {
    const { server, finished } = await scriptedServers('not-the-password');
    await client.start({ endpoint: EP, serverUri: broker!.url, configuration: bootstrapConfiguration(broker!.url), timeScale: TIME_SCALE });
    await finished;
    // The bootstrap account's and the servers' CONNECTs were accepted; the refused one is the written account's.
    expect(await eventually(() => /disconnected, not authorised/.test(broker!.log()), 3000)).toBe(true);
    expect(broker!.log()).not.toMatch(/as mqttDmDevice24/);
    expect(server.registrations).toHaveLength(0);
  });
});
