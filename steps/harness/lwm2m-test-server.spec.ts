import { createUdpEndpoint, type UdpCoapEndpoint } from '../../targets/reference/transport/coap-udp/endpoint';
import { CriterionFailed } from '../support/verdict';
import { Lwm2mTestServer } from './lwm2m-test-server';

const TIME_SCALE = 0.01;

describe('Lwm2mTestServer', () => {
  let server: Lwm2mTestServer;
  let client: UdpCoapEndpoint;
  const lines: string[] = [];
  const evidence = { line: (_: string, text: string) => void lines.push(text), stamp: () => '+0.000s' };

  beforeEach(async () => {
    lines.length = 0;
    server = await Lwm2mTestServer.start({ evidence, timeScale: TIME_SCALE });
    client = await createUdpEndpoint({ timeScale: TIME_SCALE });
  });
  afterEach(async () => {
    await client.close();
    await server.close();
  });

  const peer = () => {
    const url = new URL(server.uri);
    return { address: url.hostname, port: Number(url.port) };
  };
  const register = (lt = 20) =>
    client.request(peer(), { method: 'POST', path: '/rd', query: ['ep=n1', `lt=${lt}`, 'lwm2m=1.1'], contentFormat: 40, payload: Buffer.from('</1/0>') });

  it('answers Register 2.01 with a location, Update 2.04 and De-register 2.02 when accepting registrations', async () => {
    server.acceptRegistrations();
    const created = await register();
    expect(created.code).toBe('2.01');
    expect(created.locationPath).toEqual(server.registration!.location);
    const location = '/' + created.locationPath.join('/');
    expect((await client.request(peer(), { method: 'POST', path: location, query: ['lt=40'] })).code).toBe('2.04');
    expect(server.registration!.lifetime).toBe(40);
    expect((await client.request(peer(), { method: 'POST', path: '/rd/nope' })).code).toBe('4.04');
    expect((await client.request(peer(), { method: 'DELETE', path: location })).code).toBe('2.02');
    expect(server.registration!.isActive()).toBe(false);
  });

  it('hands each request to one expectation, in order of arrival', async () => {
    server.acceptRegistrations();
    await register();
    await register(30);
    const first = await server.expectRequest({ method: 'POST', path: '/rd' }, 100, '(A) Register');
    const second = await server.expectRequest({ method: 'POST', path: '/rd' }, 100, '(A) Register');
    expect(first.query).toContain('lt=20');
    expect(second.query).toContain('lt=30');
    expect(first.response).toMatchObject({ code: '2.01' });
  });

  it('fails the named criterion with what arrived instead when the request does not come', async () => {
    server.acceptRegistrations();
    await register();
    await server.expectRequest({ method: 'POST', path: '/rd' }, 100, 'x');
    await client.request(peer(), { method: 'POST', path: '/rd/1', query: ['b=U'] });
    const failure = server.expectRequest({ method: 'DELETE', path: /^\/rd\// }, 50, '(B) De-register');
    await expect(failure).rejects.toThrow(CriterionFailed);
    await expect(failure).rejects.toThrow(/\(B\) De-register: expected DELETE .* within 50 ms, got only POST \/rd\/1\?b=U/);
  });

  it('answers the next Update 4.04 after forgetting the registration (ETS int-105)', async () => {
    server.acceptRegistrations();
    const created = await register();
    server.forgetRegistration();
    const update = await client.request(peer(), { method: 'POST', path: '/' + created.locationPath.join('/') });
    expect(update.code).toBe('4.04');
    expect((await register()).locationPath).not.toEqual(created.locationPath);
  });

  it('lets a step answer a request itself', async () => {
    const pending = register();
    const req = await server.expectRequest({ method: 'POST', path: '/rd' }, 500, '(A) Register');
    server.respond(req, { code: '4.00' });
    expect((await pending).code).toBe('4.00');
  });

  it('sends DM requests to the address the client registered from, and records the transcript', async () => {
    server.acceptRegistrations();
    client.onRequest((req) => ({ code: '2.05', contentFormat: 0, payload: Buffer.from(`value of ${req.path}`) }));
    await register();
    const res = await server.request('GET', '/3/0/0', { accept: 0 });
    expect(res.payload.toString()).toBe('value of /3/0/0');
    expect(lines.some((l) => / → Server CON 0\.02 POST .*Uri-Path=rd.*\| <\/1\/0>/.test(l))).toBe(true);
    expect(lines.some((l) => / → Server ACK 2\.05 Content .*\| .*value of \/3\/0\/0/.test(l))).toBe(true);
  });

  it('counts retransmissions of a request (same Message ID)', async () => {
    server.acceptRegistrations();
    const message = { type: 'CON' as const, code: '0.02', token: Buffer.from([1]), options: [{ name: 'Uri-Path', value: Buffer.from('rd') }], payload: Buffer.alloc(0) };
    await client.sendMessage(peer(), { ...message, messageId: 77 });
    await client.sendMessage(peer(), { ...message, messageId: 77 });
    const req = await server.expectRequest({ method: 'POST', path: '/rd' }, 200, 'x');
    await new Promise((r) => setTimeout(r, 20));
    expect(server.retransmissionsOf(req)).toBe(1);
  });
});
