/**
 * The unchanged reference LwM2M server over LwM2M-over-MQTT (TS-Transport 1.2 §8), through aedes:
 * its `mqtt` listener (server/listeners/listener.ts) and a scripted client on a client-role MQTT
 * endpoint. Register, a DM Read, Observe + Notify and De-register go through the server's own
 * registration store, downlink queue and observation registry.
 */
import { uintOptionOf } from '../coap-udp/options';
import type { IncomingRequest } from '../coap-udp/types';
import { ReferenceLwm2mServer } from '../../lwm2m/server/reference-server';
import { startAedesBroker, type TestBroker } from './aedes-broker';
import { createMqttLwm2mEndpoint, type MqttLwm2mEndpoint } from './endpoint';
import { waitFor } from './spec-support';

const EP = 'urn:dev:ops:32473-mqtt-1';

describe('the reference LwM2M server over MQTT (aedes, MQTT 3.1.1)', () => {
  let broker: TestBroker;
  let server: ReferenceLwm2mServer;
  let client: MqttLwm2mEndpoint;
  afterEach(async () => {
    await client?.close();
    await server?.close();
    await broker?.stop();
  });

  it('Register, Read, Observe + Notify, De-register with a scripted client', async () => {
    broker = await startAedesBroker();
    server = await ReferenceLwm2mServer.start({ listeners: [{ transport: 'mqtt', brokerUrl: broker.url }] });
    expect(server.uris.mqtt).toBe(broker.url);
    client = await createMqttLwm2mEndpoint({ brokerUrl: broker.url, protocolVersion: 4, role: 'client', endpoint: EP, timeoutMs: 3000 });
    const asked: IncomingRequest[] = [];
    client.onRequest((req) => {
      asked.push(req);
      if (req.path === '/3/0/13') return { code: '2.05', contentFormat: 0, payload: Buffer.from('1700000000'), ...(req.observe === 0 ? { observe: 0 } : {}) };
      return { code: '2.05', contentFormat: 0, payload: Buffer.from('ACME') };
    });

    const registered = server.next('registered', EP);
    const response = await client.request(client.serverPeer, { method: 'POST', path: '/rd', query: [`ep=${EP}`, 'lt=60', 'lwm2m=1.2', 'b=M'], contentFormat: 40, payload: Buffer.from('</1/0>,</3/0>') });
    expect(response).toMatchObject({ code: '2.01', locationPath: ['rd', EP] });
    const registration = await registered;
    expect(registration).toMatchObject({ endpoint: EP, lifetime: 60, binding: 'M', transport: 'mqtt', peer: { address: `mqtt:${EP}`, port: 0 } });

    const read = await server.read(EP, '/3/0/0');
    expect(read).toMatchObject({ code: '2.05', contentFormat: 0, payload: Buffer.from('ACME') });
    expect(asked[0]).toMatchObject({ method: 'GET', path: '/3/0/0' });

    const observed = await server.dm.observe(EP, '/3/0/13').result;
    expect(observed.observationId).toBeDefined();
    const token = asked[1].message.token;
    await client.sendMessage(client.serverPeer, { type: 'NON', code: '2.05', token, options: [uintOptionOf('Observe', 1), uintOptionOf('Content-Format', 0)], payload: Buffer.from('1700000060') });
    await waitFor(() => server.events.since(0).some((e) => e.type === 'notification'), 3000, 'the notification event');
    const observation = server.observations.get(EP, observed.observationId!);
    expect(observation?.notifications.at(-1)).toMatchObject({ code: '2.05', observe: 1 });

    // Passive cancel: the server forgets the observation, answers the next Notify with RST → Cancel-Observe.
    server.dm.forgetObservation(observation!);
    await client.sendMessage(client.serverPeer, { type: 'NON', code: '2.05', token, options: [uintOptionOf('Observe', 2)], payload: Buffer.from('1700000120') });
    await waitFor(() => asked.length === 3, 3000, 'the Cancel-Observe');
    expect(asked[2]).toMatchObject({ method: 'GET', path: '/3/0/13', observe: 1 });
    expect(asked[2].message.token).toEqual(token);

    const deregistered = server.next('deregistered', EP);
    expect((await client.request(client.serverPeer, { method: 'DELETE', path: `/rd/${EP}` })).code).toBe('2.02');
    await deregistered;
    expect(server.registration(EP)).toBeUndefined();
  });
});
