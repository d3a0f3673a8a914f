/**
 * The LwM2M server's uplink code (rd-handler, RegistrationStore, SendInbox) and the client's DM
 * handler, unchanged, talking over the HTTP binding on loopback (TS-Transport 1.2 §7.1.3-§7.1.5).
 */
import { formatCoapMessage } from '../coap-udp/format';
import { handleDmRequest } from '../../lwm2m/client/dm-handler';
import { c1Context } from '../../lwm2m/client/test-fixtures';
import { defaultModel } from '../../lwm2m/model/object-model';
import { handleRegistrationInterface } from '../../lwm2m/server/rd-handler';
import { RegistrationStore } from '../../lwm2m/server/registration-store';
import { SendInbox, type ReceivedSend } from '../../lwm2m/server/send/send-handler';
import { HttpBindingUnsupportedError } from './errors';
import { record, useHttpEndpoints } from './spec-support';

const http = useHttpEndpoints();

async function setUp() {
  const store = new RegistrationStore(1, () => {});
  const sends: ReceivedSend[] = [];
  const inbox = new SendInbox(defaultModel(), (s) => sends.push(s));
  let clientUrl = '';
  const server = await http.server({ clientUrl: (ep) => (ep === 'node1' ? clientUrl : undefined) });
  server.onRequest((req) => handleRegistrationInterface({ store, sends: inbox }, req));
  const dm = c1Context();
  const client = await http.client({ serverUri: `http://127.0.0.1:${server.local.port}` });
  client.onRequest((req) => handleDmRequest(dm, req));
  clientUrl = `http://127.0.0.1:${client.local.port}`;
  const register = () =>
    client.request(server.local, { method: 'POST', path: '/rd', query: ['ep=node1', 'lt=60', 'lwm2m=1.2', 'b=H'], contentFormat: 40, payload: Buffer.from('</1/0>,</3/0>') });
  return { store, sends, server, client, dm, register };
}

describe('LwM2M over the HTTP binding, loopback (TS-Transport 1.2 §7)', () => {
  it('Register → 201 + Location under /rd; the server reaches the client at its HTTP server', async () => {
    const { store, server, client, register } = await setUp();
    const serverLog = record(server);
    const response = await register();
    expect(response.code).toBe('2.01');
    expect(response.locationPath[0]).toBe('rd');
    const registration = store.byEndpoint('node1')!;
    expect([registration.binding, registration.lifetime, registration.version]).toEqual(['H', 60, '1.2']);
    expect(registration.peer).toEqual({ address: '127.0.0.1', port: client.local.port });
    expect(serverLog.map((e) => e.note)).toEqual([
      expect.stringMatching(/^HTTP POST \/rd\?ep=node1&lt=60&lwm2m=1\.2&b=H from 127\.0\.0\.1:\d+$/),
      'HTTP 201 Created',
    ]);
    expect(formatCoapMessage(serverLog[0]!.message!)).toBe('CON 0.02 POST mid=0 Uri-Path=rd Content-Format=40 Uri-Query=ep=node1&lt=60&lwm2m=1.2&b=H | </1/0>,</3/0>');
    expect(serverLog[1]!.raw.toString('latin1')).toMatch(/^HTTP\/1\.1 201 Created\r\nlocation: \/rd\/\w+\r\n/);
  });

  it('Read and Write from the server run through the client DM handler', async () => {
    const { store, server, dm, register } = await setUp();
    await register();
    const peer = store.byEndpoint('node1')!.peer;
    const read = await server.request(peer, { method: 'GET', path: '/3/0/0', accept: 0 });
    expect([read.code, read.contentFormat, read.payload.toString()]).toEqual(['2.05', 0, 'Open Mobile Alliance']);
    const write = await server.request(peer, { method: 'PUT', path: '/1/0/1', contentFormat: 0, payload: Buffer.from('120') });
    expect(write.code).toBe('2.04');
    expect(dm.tree.resource(1, 0, 1)).toBe(120);
    const tlv = await server.request(peer, { method: 'GET', path: '/1/0', accept: 11542 });
    expect([tlv.code, tlv.contentFormat]).toEqual(['2.05', 11542]);
    const missing = await server.request(peer, { method: 'GET', path: '/3/0/9999' });
    expect(missing.code).toBe('4.04');
  });

  it('Update → 204 (2.04) and De-register → 204 (2.02); a second De-register is 4.04', async () => {
    const { store, client, server, register } = await setUp();
    const location = '/' + (await register()).locationPath.join('/');
    const clientLog = record(client);
    const update = await client.request(server.local, { method: 'POST', path: location, query: ['lt=90'] });
    expect(update.code).toBe('2.04');
    expect(store.byEndpoint('node1')!.lifetime).toBe(90);
    expect((await client.request(server.local, { method: 'DELETE', path: location })).code).toBe('2.02');
    expect(store.byEndpoint('node1')).toBeUndefined();
    expect((await client.request(server.local, { method: 'DELETE', path: location })).code).toBe('4.04');
    expect(clientLog.filter((e) => e.direction === 'in').map((e) => e.note!.replace(/:\d+/, ':P'))).toEqual([
      `HTTP 204 No Content ← POST http://127.0.0.1:P${location}?lt=90`,
      `HTTP 204 No Content ← DELETE http://127.0.0.1:P${location}`,
      `HTTP 404 Not Found ← DELETE http://127.0.0.1:P${location}`,
    ]);
  });

  it('Observe has no HTTP form (§7.1.5): refused before anything is sent; Send (POST /dp) reports instead', async () => {
    const { store, server, client, sends, register } = await setUp();
    await register();
    const clientLog = record(client);
    await expect(server.request(store.byEndpoint('node1')!.peer, { method: 'GET', path: '/3/0/13', observe: 0 })).rejects.toThrow(HttpBindingUnsupportedError);
    expect(clientLog).toEqual([]);
    const senml = JSON.stringify([{ bn: '/3/0/', n: '9', v: 87 }]);
    const send = await client.request(server.local, { method: 'POST', path: '/dp', contentFormat: 110, payload: Buffer.from(senml) });
    expect(send.code).toBe('2.04');
    expect(sends.map((s) => [s.endpoint, s.records.length])).toEqual([['node1', 1]]);
  });

  it('a Send on a new connection is still attributed to the registered client (by source address)', async () => {
    const { server, sends, register } = await setUp();
    await register();
    const other = await http.client({ serverUri: `http://127.0.0.1:${server.local.port}` }); // another connection, same IP
    const senml = JSON.stringify([{ bn: '/3/0/', n: '9', v: 50 }]);
    expect((await other.request(server.local, { method: 'POST', path: '/dp', contentFormat: 110, payload: Buffer.from(senml) })).code).toBe('2.04');
    expect(sends.map((s) => s.endpoint)).toEqual(['node1']);
  });

  it('DM requests to a client whose HTTP address nobody gave fail with a clear error', async () => {
    const { store, server } = await setUp();
    const stranger = await http.client({ serverUri: `http://127.0.0.1:${server.local.port}` });
    const r = await stranger.request(server.local, { method: 'POST', path: '/rd', query: ['ep=unknown', 'lt=60', 'lwm2m=1.2', 'b=H'], contentFormat: 40, payload: Buffer.from('</3/0>') });
    expect(r.code).toBe('2.01');
    const peer = store.byEndpoint('unknown')!.peer; // the source address of its request: no HTTP server there
    await expect(server.request(peer, { method: 'GET', path: '/3/0' })).rejects.toThrow(/HTTP GET http:\/\/127\.0\.0\.1:\d+\/3\/0: connect ECONNREFUSED/);
  });
});
