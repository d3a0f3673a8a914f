/**
 * The control API over real HTTP and real CoAP on loopback: a bare CoAP endpoint plays the client.
 */
import { createUdpEndpoint, type UdpCoapEndpoint } from '../../../transport/coap-udp/endpoint';
import { ReferenceLwm2mServer } from '../reference-server';
import { startControlServer, type ControlServer } from './control-server';

const TIME_SCALE = 0.01;

describe('HTTP control API (docs/server-control-api.md)', () => {
  let server: ReferenceLwm2mServer;
  let control: ControlServer;
  let client: UdpCoapEndpoint;

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${control.url}${path}`, { method, ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json()) as any };
  };
  const register = (query: string[]) =>
    client.request(server.local, { method: 'POST', path: '/rd', query, contentFormat: 40, payload: Buffer.from('</1/0>,</3/0>') });

  beforeEach(async () => {
    server = await ReferenceLwm2mServer.start({ timeScale: TIME_SCALE });
    control = await startControlServer(server);
    client = await createUdpEndpoint({ timeScale: TIME_SCALE });
    client.onRequest((req) =>
      req.path === '/3/0/0' ? { code: '2.05', contentFormat: 0, payload: Buffer.from('Open Mobile Alliance') } : { code: '4.04' },
    );
  });
  afterEach(async () => {
    await client.close();
    await control.close();
    await server.close();
  });

  it('lists registrations and reads through the client', async () => {
    expect((await register(['ep=api-1', 'lwm2m=1.1', 'lt=300'])).code).toBe('2.01');
    const listed = await call('GET', '/v1/clients/api-1');
    expect(listed).toMatchObject({ status: 200, body: { endpoint: 'api-1', lifetime: 300, version: '1.1', objects: [{ objectId: 1, instances: [0] }, { objectId: 3, instances: [0] }] } });
    const read = await call('POST', '/v1/clients/api-1/read', { path: '/3/0/0', accept: 0 });
    expect(read).toMatchObject({ status: 200, body: { code: '2.05', contentFormat: 0, records: [{ path: '/3/0/0', value: 'Open Mobile Alliance' }] } });
    const missing = await call('POST', '/v1/clients/api-1/read', { path: '/5/0' });
    expect(missing).toMatchObject({ status: 200, body: { code: '4.04' } });
  });

  it('answers clear JSON errors', async () => {
    expect(await call('POST', '/v1/clients/nobody/read', { path: '/3/0' })).toMatchObject({ status: 404, body: { error: { code: 'unknown-client' } } });
    await register(['ep=api-2', 'lwm2m=1.1']);
    expect(await call('POST', '/v1/clients/api-2/read', '{nope')).toMatchObject({ status: 400, body: { error: { code: 'bad-request' } } });
    expect(await call('POST', '/v1/clients/api-2/read', { path: '3/0' })).toMatchObject({ status: 400 });
    expect(await call('POST', '/v1/clients/api-2/write-attributes', { path: '/3/0', attributes: { pmin: -1 } })).toMatchObject({ status: 400 });
    expect(await call('GET', '/v1/nothing')).toMatchObject({ status: 404, body: { error: { code: 'no-such-route' } } });
    expect(await call('GET', '/v1/clients/api-2/read')).toMatchObject({ status: 405 });
  });

  it('queues a request for a sleeping queue-mode client and sends it after the next Update', async () => {
    const registered = await register(['ep=api-3', 'lwm2m=1.1', 'Q']);
    await new Promise((r) => setTimeout(r, client.timing.maxTransmitWaitMs + 20));
    const queued = await call('POST', '/v1/clients/api-3/read', { path: '/3/0/0', accept: 0 });
    expect(queued).toMatchObject({ status: 409, body: { error: { code: 'client-sleeping', state: 'queued' } } });
    const id = queued.body.error.requestId as string;
    expect((await call('GET', `/v1/requests/${id}`)).body.state).toBe('queued');
    expect((await client.request(server.local, { method: 'POST', path: `/${registered.locationPath.join('/')}` })).code).toBe('2.04');
    for (let i = 0; i < 50 && (await call('GET', `/v1/requests/${id}`)).body.state !== 'done'; i++) await new Promise((r) => setTimeout(r, 10));
    expect((await call('GET', `/v1/requests/${id}`)).body).toMatchObject({ state: 'done', result: { code: '2.05' } });
  });

  it('long-polls the event log', async () => {
    const before = (await call('GET', '/v1/events')).body.last as number;
    const waiting = call('GET', `/v1/events?since=${before}&wait=2000`);
    await register(['ep=api-4', 'lwm2m=1.1']);
    const { body } = await waiting;
    expect(body.events.map((e: { type: string }) => e.type)).toContain('registered');
  });

  it('provisions, shows (without the key) and removes endpoint security; a NoSec Register for it is then refused', async () => {
    expect(await call('PUT', '/v1/security/sec-1', { psk: { identity: 'id-1', keyHex: '00112233' } })).toEqual({ status: 200, body: { endpoint: 'sec-1', psk: { identity: 'id-1' } } });
    expect(await call('GET', '/v1/security/sec-1')).toEqual({ status: 200, body: { endpoint: 'sec-1', psk: { identity: 'id-1' } } });
    expect(server.security.pskKey('id-1')).toEqual(Buffer.from('00112233', 'hex'));
    const refused = await register(['ep=sec-1', 'lwm2m=1.1']);
    expect(refused.code).toBe('4.00');
    expect(await call('PUT', '/v1/security/sec-2', { psk: { identity: 'id-1', keyHex: '00' } })).toMatchObject({ status: 409, body: { error: { code: 'identity-in-use' } } });
    expect(await call('PUT', '/v1/security/sec-2', { psk: { identity: 'id-2', keyHex: 'xyz' } })).toMatchObject({ status: 400 });
    expect(await call('PUT', '/v1/security/sec-2', { nothing: true })).toMatchObject({ status: 400 });
    expect(await call('PUT', '/v1/security/sec-3', { x509: true })).toEqual({ status: 200, body: { endpoint: 'sec-3', x509: true } });
    expect((await call('GET', '/v1/security')).body).toHaveLength(2);
    expect(await call('DELETE', '/v1/security/sec-1')).toMatchObject({ status: 200 });
    expect(await call('GET', '/v1/security/sec-1')).toMatchObject({ status: 404, body: { error: { code: 'unknown-endpoint' } } });
    expect((await register(['ep=sec-1', 'lwm2m=1.1'])).code).toBe('2.01');
  });

  it('provisions an OSCORE context (server view, hex fields), shows it without the Master Secret and validates it', async () => {
    const body = { oscore: { masterSecretHex: '0102030405060708090a0b0c0d0e0f10', masterSaltHex: '9e7ca92223786340', senderIdHex: '01', recipientIdHex: '02' } };
    expect(await call('PUT', '/v1/security/osc-1', body)).toEqual({ status: 200, body: { endpoint: 'osc-1', oscore: { senderIdHex: '01', recipientIdHex: '02', aead: 10, hkdf: -10 } } });
    expect(server.security.endpointOfOscore('02', undefined)).toBe('osc-1');
    expect(server.security.oscoreContexts.all).toHaveLength(1);
    expect((await register(['ep=osc-1', 'lwm2m=1.1'])).code).toBe('4.00'); // NoSec Register for an OSCORE endpoint
    expect(await call('PUT', '/v1/security/osc-2', body)).toMatchObject({ status: 409, body: { error: { code: 'identity-in-use' } } });
    expect(await call('PUT', '/v1/security/osc-2', { oscore: { ...body.oscore, recipientIdHex: '03', masterSecretHex: '' } })).toMatchObject({ status: 400 });
    expect(await call('PUT', '/v1/security/osc-2', { oscore: { ...body.oscore, recipientIdHex: '01' } })).toMatchObject({ status: 400 }); // equal IDs (RFC 8613 §3.3)
    expect(await call('PUT', '/v1/security/osc-2', { oscore: { ...body.oscore, recipientIdHex: '03', aead: 'x' } })).toMatchObject({ status: 400 });
    expect(await call('PUT', '/v1/security/osc-2', { oscore: { ...body.oscore, recipientIdHex: '03', keyHex: '00' } })).toMatchObject({ status: 400 });
    expect(await call('PUT', '/v1/security/osc-2', { oscore: body.oscore, x509: true })).toMatchObject({ status: 400 });
    expect(await call('PUT', '/v1/security/osc-2', { oscore: { ...body.oscore, recipientIdHex: '', idContextHex: 'aa' } })).toMatchObject({ status: 200 }); // an empty ID is valid (§3.3)
    expect(await call('DELETE', '/v1/security/osc-1')).toMatchObject({ status: 200 });
    expect(await call('DELETE', '/v1/security/osc-2')).toMatchObject({ status: 200 });
    expect(server.security.oscoreContexts.all).toHaveLength(0);
  });

  it('lists every listener URI in GET /v1/server', async () => {
    expect((await call('GET', '/v1/server')).body).toMatchObject({ coapUri: server.uri, uris: { coap: server.uri } });
  });
});
