/**
 * The less common exchanges of the MQTT endpoint pair, through aedes (MQTT 3.1.1): Send, composite
 * Observe, passive cancel (a CoAP RST to a Notify → Cancel-Observe, TS-Transport 1.2 Table 8.3.4-1),
 * a CON notification acknowledged by the PUBACK, the final error notification, refusals of messages
 * the binding cannot map, and the Bootstrap interface on `lwm2m/bs/<ep>` (Table 8.3.1-1).
 */
import { Encoder } from 'cbor-x';
import { compositeCodecFor } from '../../lwm2m/codecs/registry';
import { parsePath } from '../../lwm2m/model/path';
import { uintOptionOf } from '../coap-udp/options';
import type { CoapResponse, IncomingRequest, TranscriptEntry } from '../coap-udp/types';
import { BROKERS, useMqtt, waitFor } from './spec-support';
import mqttjs from 'mqtt';

const EP = 'node-2';
const mqtt = useMqtt();
const aedes = BROKERS[0];

async function pair(iface: 'rd' | 'bs' = 'rd') {
  const broker = await mqtt.broker(aedes);
  const common = { brokerUrl: broker.url, protocolVersion: 4 as const };
  const server = await mqtt.endpoint({ ...common, role: iface === 'rd' ? 'server' : 'bootstrap-server' });
  const client = await mqtt.endpoint({ ...common, role: iface === 'rd' ? 'client' : 'bootstrap-client', endpoint: EP });
  return { broker, server, client };
}

describe('LwM2M over MQTT: more exchanges (aedes, MQTT 3.1.1)', () => {
  it('a client endpoint given serverPeer reports requests from the server with it (for the runtime check: requests only from my server)', async () => {
    const broker = await mqtt.broker(aedes);
    const server = await mqtt.endpoint({ brokerUrl: broker.url, protocolVersion: 4, role: 'server' });
    const serverPeer = { address: '127.0.0.1', port: broker.port };
    const client = await mqtt.endpoint({ brokerUrl: broker.url, protocolVersion: 4, role: 'client', endpoint: EP, serverPeer });
    const seen: IncomingRequest[] = [];
    client.onRequest((req) => (seen.push(req), { code: '2.05', payload: Buffer.from('x') }));
    expect(client.serverPeer).toBe(serverPeer);
    expect((await server.request(server.peerOf(EP), { method: 'GET', path: '/3/0/1' })).code).toBe('2.05');
    expect(seen[0].peer).toEqual(serverPeer);
  });

  it('Send (op 24) reaches the server as POST /dp with its Content-Format', async () => {
    const { server, client } = await pair();
    const seen: IncomingRequest[] = [];
    server.onRequest((req) => (seen.push(req), { code: '2.04' }));
    const payload = compositeCodecFor(112)!.encodeComposite([{ path: parsePath('/3/0/9'), value: 87 }]);
    expect((await client.request(client.serverPeer, { method: 'POST', path: '/dp', contentFormat: 112, payload })).code).toBe('2.04');
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/dp', contentFormat: 112, payload });
  });

  it('Observe-Composite, a CON Notify acknowledged by the PUBACK, then passive cancel: RST → Cancel-Observe → FETCH Observe=1', async () => {
    const { server, client } = await pair();
    const clientSaw: IncomingRequest[] = [];
    const clientLog: TranscriptEntry[] = [];
    client.onTranscript((e) => clientLog.push(e));
    client.onRequest((req) => (clientSaw.push(req), { code: '2.05', contentFormat: 112, payload: Buffer.from([0x80]), ...(req.observe === 0 ? { observe: 0 } : {}) }));
    const notes: CoapResponse[] = [];
    server.onUnmatchedResponse((r, peer) => {
      notes.push(r);
      // As the reference server does for a notification nobody observes (RFC 7641 §3.6).
      void server.sendMessage(peer, { type: 'RST', code: '0.00', messageId: r.message.messageId, token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0) });
      return false;
    });
    const paths = compositeCodecFor(112)!.encodePathList([parsePath('/3/0/9'), parsePath('/3/0/13')]);
    const first = await server.request(server.peerOf(EP), { method: 'FETCH', path: '/', contentFormat: 112, payload: paths, observe: 0 });
    expect(first).toMatchObject({ code: '2.05', observe: 0 });
    expect(clientSaw[0]).toMatchObject({ method: 'FETCH', path: '/', observe: 0, contentFormat: 112, payload: paths });
    const token = clientSaw[0].message.token;
    const sent = await client.sendMessage(client.serverPeer, { type: 'CON', code: '2.05', token, options: [uintOptionOf('Observe', 1)], payload: Buffer.from([0x80]) });
    expect(clientLog.some((e) => e.direction === 'in' && e.message?.type === 'ACK' && e.message.messageId === sent.messageId)).toBe(true);
    await waitFor(() => clientSaw.length === 2, 2000, 'the Cancel-Observe');
    expect(notes[0]).toMatchObject({ code: '2.05', observe: 1 });
    expect(clientSaw[1]).toMatchObject({ method: 'FETCH', path: '/', observe: 1, payload: paths });
    expect(clientSaw[1].message.token).toEqual(token);
  });

  it('an observation ending with 4.04 reaches the server as a final notification; a later one is a stray result', async () => {
    const { server, client } = await pair();
    client.onRequest(() => ({ code: '2.05', payload: Buffer.from('1'), observe: 0 }));
    const notes: CoapResponse[] = [];
    const serverLog: TranscriptEntry[] = [];
    server.onTranscript((e) => serverLog.push(e));
    server.onUnmatchedResponse((r) => (notes.push(r), true));
    const token = Buffer.from('0102030405060708', 'hex');
    await server.request(server.peerOf(EP), { method: 'GET', path: '/3303/0/5700', observe: 0, token });
    await client.sendMessage(client.serverPeer, { type: 'NON', code: '4.04', token, options: [], payload: Buffer.alloc(0) });
    await waitFor(() => notes.length === 1, 2000, 'the final notification');
    expect(notes[0]).toMatchObject({ code: '4.04', observe: undefined });
    expect(notes[0].message.token).toEqual(token);
    await client.sendMessage(client.serverPeer, { type: 'NON', code: '4.04', token, options: [], payload: Buffer.alloc(0) });
    await waitFor(() => serverLog.some((e) => /no matching request$/.test(e.note ?? '')), 2000, 'the stray result');
    expect(notes).toHaveLength(1);
  });

  it('refusals: a Register for another ep is not sent; Update from an unregistered endpoint → 4.04; Cancel-Observe of an unknown token → 4.04; a non-map payload is logged, not answered', async () => {
    const { broker, server, client } = await pair();
    server.onRequest(() => ({ code: '2.04' }));
    client.onRequest(() => ({ code: '2.05' }));
    await expect(client.request(client.serverPeer, { method: 'POST', path: '/rd', query: ['ep=someone-else'] })).rejects.toThrow(/is not this endpoint's ENDPOINT "node-2"/);
    const update = await client.request(client.serverPeer, { method: 'POST', path: `/rd/${EP}`, query: ['lt=60'] });
    expect(update.code).toBe('4.04');
    expect(update.payload.toString()).toMatch(/not registered/);
    const cancel = await server.request(server.peerOf(EP), { method: 'GET', path: '/3/0/0', observe: 1 });
    expect(cancel.code).toBe('4.04');
    const serverLog: TranscriptEntry[] = [];
    server.onTranscript((e) => serverLog.push(e));
    const raw = await mqttjs.connectAsync(broker.url, { protocolVersion: 4 });
    await raw.publishAsync(`lwm2m/rd/${EP}`, Buffer.from(new Encoder().encode([1, 2, 3])), { qos: 1 });
    await waitFor(() => serverLog.length > 0, 2000, 'the transcript entry');
    expect(serverLog[0]).toMatchObject({ direction: 'in', error: expect.stringMatching(/not a CBOR map/), peer: { address: `mqtt:${EP}` } });
    await raw.endAsync();
  });

  it('the Bootstrap interface on lwm2m/bs/<ep>: Bootstrap-Request, Bootstrap-Write, Bootstrap-Discover, Bootstrap-Finish', async () => {
    const { server: bs, client } = await pair('bs');
    const bsSaw: IncomingRequest[] = [];
    const clientSaw: IncomingRequest[] = [];
    const log: TranscriptEntry[] = [];
    bs.onTranscript((e) => log.push(e));
    bs.onRequest((req) => (bsSaw.push(req), { code: '2.04' }));
    client.onRequest((req) => (clientSaw.push(req), req.accept === 40 ? { code: '2.05', contentFormat: 40, payload: Buffer.from('lwm2m="1.2",</0/0>') } : { code: '2.04' }));
    expect((await client.request(client.serverPeer, { method: 'POST', path: '/bs', query: [`ep=${EP}`, 'pct=11544'] })).code).toBe('2.04');
    expect(bsSaw[0]).toMatchObject({ method: 'POST', path: '/bs', query: [`ep=${EP}`, 'pct=11544'], peer: { address: `mqtt:${EP}` } });
    const write = await bs.request(bs.peerOf(EP), { method: 'PUT', path: '/0/1', contentFormat: 11542, payload: Buffer.from([0xc1, 0x01, 0x00]) });
    expect(write.code).toBe('2.04');
    const discover = await bs.request(bs.peerOf(EP), { method: 'GET', path: '/', accept: 40 });
    expect(discover).toMatchObject({ code: '2.05', contentFormat: 40 });
    expect((await bs.request(bs.peerOf(EP), { method: 'POST', path: '/bs' })).code).toBe('2.04');
    expect(clientSaw.map((r) => `${r.method} ${r.path}`)).toEqual(['PUT /0/1', 'GET /', 'POST /bs']);
    expect(log.filter((e) => e.direction === 'out' && /\{1: \d/.test(e.note ?? '')).map((e) => /lwm2m\/bs\/node-2 \{1: (\d+)/.exec(e.note!)?.[1])).toEqual(['1', '4', '5']);
  });
});
