/**
 * A client-role and a server-role MQTT endpoint exchanging Register, Read, Observe + Notify and
 * De-register through real brokers: aedes (MQTT 3.1.1), mosquitto (3.1.1 and 5). Each side only sees
 * CoapEndpoint; the wire is the LwM2M-over-MQTT CBOR map on `lwm2m/rd/<ep>` (TS-Transport 1.2 §8).
 */
import { uintOptionOf } from '../coap-udp/options';
import type { CoapResponse, IncomingRequest, TranscriptEntry } from '../coap-udp/types';
import type { TestBroker } from './aedes-broker';
import { startMosquitto } from './mosquitto';
import { BROKERS, itFor, useMqtt, waitFor } from './spec-support';

const EP = 'node-1';
const links = Buffer.from('</1/0>,</3/0>');
const mqtt = useMqtt();

describe.each(BROKERS.map((b) => [b.name, b] as const))('LwM2M over MQTT through %s', (_name, brokerCase) => {
  itFor(brokerCase)('Register, Read, Observe + Notify, De-register between a client and a server endpoint', async () => {
    const broker = await mqtt.broker(brokerCase);
    const options = { brokerUrl: broker.url, protocolVersion: brokerCase.protocolVersion, prefix: 'tenant-a' };
    const server = await mqtt.endpoint({ ...options, role: 'server' });
    const client = await mqtt.endpoint({ ...options, role: 'client', endpoint: EP });
    const serverSaw: IncomingRequest[] = [];
    const clientSaw: IncomingRequest[] = [];
    const notifications: CoapResponse[] = [];
    const serverLog: TranscriptEntry[] = [];
    server.onTranscript((e) => serverLog.push(e));
    server.onRequest((req) => {
      serverSaw.push(req);
      return req.method === 'POST' && req.path === '/rd' ? { code: '2.01', locationPath: ['rd', 'a1b2'] } : { code: '2.02' };
    });
    server.onUnmatchedResponse((r) => (notifications.push(r), true));
    client.onRequest((req) => {
      clientSaw.push(req);
      if (req.observe === 0) return { code: '2.05', contentFormat: 0, payload: Buffer.from('1'), observe: 0 };
      return { code: '2.05', contentFormat: 0, payload: Buffer.from('ACME') };
    });

    // Register (op 6): the server sees the CoAP Register, with ep from the topic.
    const registered = await client.request(client.serverPeer, { method: 'POST', path: '/rd', query: [`ep=${EP}`, 'lt=60', 'lwm2m=1.2', 'b=M'], contentFormat: 40, payload: links });
    expect(registered).toMatchObject({ code: '2.01', locationPath: ['rd', EP] });
    expect(serverSaw[0]).toMatchObject({ method: 'POST', path: '/rd', contentFormat: 40, peer: { address: `mqtt:${EP}`, port: 0 } });
    expect([...serverSaw[0].query].sort()).toEqual(['b=M', `ep=${EP}`, 'lt=60', 'lwm2m=1.2']);
    expect(serverSaw[0].payload).toEqual(links);

    // Read (op 9) from the server.
    const read = await server.request(server.peerOf(EP), { method: 'GET', path: '/3/0/0' });
    expect(read).toMatchObject({ code: '2.05', contentFormat: 0, payload: Buffer.from('ACME') });
    expect(clientSaw[0]).toMatchObject({ method: 'GET', path: '/3/0/0', peer: client.serverPeer });

    // Observe (op 20) with a token that has a leading zero byte, then a Notify (op 23) with that token.
    const token = Buffer.from('00ab12cd', 'hex');
    const observed = await server.request(server.peerOf(EP), { method: 'GET', path: '/3/0/13', observe: 0, token });
    expect(observed).toMatchObject({ code: '2.05', observe: 0, payload: Buffer.from('1') });
    expect(clientSaw[1]).toMatchObject({ method: 'GET', path: '/3/0/13', observe: 0 });
    const notifyToken = clientSaw[1].message.token;
    await client.sendMessage(client.serverPeer, { type: 'NON', code: '2.05', token: notifyToken, options: [uintOptionOf('Observe', 1), uintOptionOf('Content-Format', 0)], payload: Buffer.from('2') });
    await waitFor(() => notifications.length === 1, 2000, 'the Notify');
    expect(notifications[0]).toMatchObject({ code: '2.05', observe: 1, contentFormat: 0, payload: Buffer.from('2') });
    expect(notifications[0].message.token).toEqual(token);

    // De-register (op 8) goes to the location the server gave.
    const gone = await client.request(client.serverPeer, { method: 'DELETE', path: `/rd/${EP}` });
    expect(gone.code).toBe('2.02');
    expect(serverSaw[1]).toMatchObject({ method: 'DELETE', path: '/rd/a1b2' });

    // The server's transcript: one entry per PUBLISH, no echo of its own messages, CBOR raw bytes, readable notes.
    const notes = serverLog.map((e) => `${e.direction} ${e.note}`);
    expect(notes).toEqual([
      expect.stringMatching(/^in MQTT PUBLISH tenant-a\/lwm2m\/rd\/node-1 \{1: 6, 2: \d+, 7: h'[0-9a-f]+', 8: 60, 9: "1.2", 10: "M"\}$/),
      expect.stringMatching(/^out MQTT PUBLISH tenant-a\/lwm2m\/rd\/node-1 \{2: \d+, 18: 201\}$/),
      expect.stringMatching(/^out .* \{1: 9, 2: \d+, 5: "\/3\/0\/0"\}$/),
      expect.stringMatching(/^in .* \{2: \d+, 7: h'41434d45', 18: 205, 19: 0\}$/),
      expect.stringMatching(/^out .* \{1: 20, 2: 11211469, 5: "\/3\/0\/13"\}$/),
      expect.stringMatching(/^in .* \{2: 11211469, 7: h'31', 18: 205, 19: 0\}$/),
      expect.stringMatching(/^in .* \{1: 23, 2: 11211469, 7: h'32', 19: 0\}$/),
      expect.stringMatching(/^in .* \{1: 8, 2: \d+\}$/),
      expect.stringMatching(/^out .* \{2: \d+, 18: 202\}$/),
    ]);
    expect(serverLog[0].message).toMatchObject({ code: '0.02' });
    expect(serverLog[0].raw[0] >> 5).toBe(5); // a CBOR map
  });

  itFor(brokerCase)('a silent peer: the request rejects with CoapTimeoutError after timeoutMs', async () => {
    const broker = await mqtt.broker(brokerCase);
    const server = await mqtt.endpoint({ brokerUrl: broker.url, protocolVersion: brokerCase.protocolVersion, role: 'server' });
    const client = await mqtt.endpoint({ brokerUrl: broker.url, protocolVersion: brokerCase.protocolVersion, role: 'client', endpoint: EP });
    client.onRequest(() => undefined);
    const started = Date.now();
    await expect(server.request(server.peerOf(EP), { method: 'GET', path: '/3/0/0' }, { timeoutMs: 300 })).rejects.toThrow(/CoapTimeoutError|no LwM2M-over-MQTT result within 300 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('broker loss', () => {
  it('a broker that dies mid-exchange: the pending request rejects with a clear error, bounded; later requests fail at once', async () => {
    const broker = await mqtt.broker(BROKERS[0]);
    const options = { brokerUrl: broker.url, protocolVersion: 4 as const };
    const server = await mqtt.endpoint({ ...options, role: 'server', timeoutMs: 20_000 });
    const client = await mqtt.endpoint({ ...options, role: 'client', endpoint: EP });
    let asked!: () => void;
    const reached = new Promise<void>((r) => (asked = r));
    client.onRequest(() => (asked(), undefined)); // received, never answered
    const started = Date.now();
    const pending = server.request(server.peerOf(EP), { method: 'GET', path: '/3/0/0' });
    pending.catch(() => undefined);
    await reached;
    await broker.stop();
    await expect(pending).rejects.toThrow(/MQTT connection to mqtt:\/\/127\.0\.0\.1:\d+ lost: .* while waiting for the Read \/3\/0\/0 result/);
    expect(Date.now() - started).toBeLessThan(5000);
    await expect(server.request(server.peerOf(EP), { method: 'GET', path: '/3/0/0' })).rejects.toThrow(/lost: not connected/);
  });
});

describe('broker restart', () => {
  itFor(BROKERS[1])('after the broker comes back on its port, the endpoints reconnect and resubscribe by themselves (bounded)', async () => {
    const first = await startMosquitto({ protocol: 4 });
    let second: TestBroker | undefined;
    try {
      const options = { brokerUrl: first.url, protocolVersion: 4 as const, reconnectPeriodMs: 100 };
      const server = await mqtt.endpoint({ ...options, role: 'server' });
      const client = await mqtt.endpoint({ ...options, role: 'client', endpoint: EP });
      client.onRequest(() => ({ code: '2.05', payload: Buffer.from('back') }));
      await first.stop();
      await expect(server.request(server.peerOf(EP), { method: 'GET', path: '/3/0/0' })).rejects.toThrow(/lost/);
      second = await startMosquitto({ protocol: 4, port: first.port });
      const deadline = Date.now() + 5000;
      let answer: string | undefined;
      while (answer === undefined && Date.now() < deadline) {
        answer = await server.request(server.peerOf(EP), { method: 'GET', path: '/3/0/0' }, { timeoutMs: 500 }).then(
          (r) => r.payload.toString(),
          () => new Promise<undefined>((r) => setTimeout(() => r(undefined), 100)),
        );
      }
      expect(answer).toBe('back');
    } finally {
      await second?.stop();
    }
  });
});
