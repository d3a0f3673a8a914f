/**
 * The reference client ⇄ the reference server over the LwM2M HTTP binding H (TS-Transport 1.2 §7),
 * both unchanged: Register (b=H, lwm2m=1.2) to the server's http listener, Read and Write going back
 * to the client's own HTTP server (§7.1.4), the Update the Lifetime write causes, and the De-register
 * an Execute of Disable causes.
 * §7 gives the server no way to learn the client's URL: the control API's `PUT /v1/http-clients/{ep}`
 * (http-clients.ts) tells it, and without it a DM request fails with a clear error, bounded.
 */
import type { ConfigValue } from '../../../roles/lwm2m-client';
import { Obj } from '../model/ids.generated';
import { ReferenceLwm2mClient } from '../client/reference-client';
import { eventually, securedC1 } from '../client/transport/spec-support';
import { startControlServer, type ControlServer } from './http-api';
import { ReferenceLwm2mServer } from './reference-server';

const TIME_SCALE = 0.05;

describe('reference client ⇄ reference server over HTTP (binding H)', () => {
  let server: ReferenceLwm2mServer;
  let control: ControlServer;
  let client: ReferenceLwm2mClient;

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${control.url}${path}`, { method, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json()) as any };
  };
  const configuration = (server1: Record<number, ConfigValue> = {}) => securedC1(server.uris.http!, { mode: 'nosec' }, server1);

  beforeEach(async () => {
    // The start option knows http-1's URL (known once its Register goes out, asked for when it arrives); http-2 is left to the control API.
    server = await ReferenceLwm2mServer.start({ timeScale: TIME_SCALE, listeners: [{ transport: 'coap' }, { transport: 'http' }], httpClientUrl: (ep) => (ep === 'http-1' ? client.httpUrl(1) : undefined) });
    control = await startControlServer(server);
    client = new ReferenceLwm2mClient();
  });
  afterEach(async () => {
    await client.stop();
    await control.close();
    await server.close();
  });

  it('exposes the http listener with the other transports', async () => {
    expect(server.uris.http).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await call('GET', '/v1/clients')).status).toBe(200);
  });

  it('registers over HTTP, answers Read, Write and Execute at its URL, updates and de-registers', async () => {
    const registered = server.next('registered', 'http-1');
    await client.start({ endpoint: 'http-1', serverUri: server.uris.http!, configuration: configuration(), timeScale: TIME_SCALE });
    const registration = await registered;
    expect(registration).toMatchObject({ transport: 'http', version: '1.2', binding: 'H', location: ['rd', registration.id] });
    expect(registration.peer).toEqual({ address: '127.0.0.1', port: Number(new URL(client.httpUrl(1)!).port) });

    const manufacturer = await server.read('http-1', Obj.Device[0].Manufacturer, 0);
    expect(manufacturer).toMatchObject({ code: '2.05', contentFormat: 0 });
    expect(manufacturer.payload.toString()).toBe('Open Mobile Alliance');
    const device = await server.read('http-1', Obj.Device[0], 11542);
    expect(new Map(device.records!.map((r) => [r.path.resourceId, r.value])).get(0)).toBe('Open Mobile Alliance');

    // A Lifetime write is reported with an Update (TS-Core §6.2.2), which comes over HTTP too.
    const updated = server.next('updated', 'http-1');
    expect(await server.write('http-1', Obj.Server[0].Lifetime, 4321)).toMatchObject({ code: '2.04' });
    expect((await updated).lifetime).toBe(4321);
    expect((await server.read('http-1', Obj.Server[0].Lifetime, 0)).payload.toString()).toBe('4321');

    // Disable (TS-Core §E.2 /1/x/4) makes the client De-register (DELETE /rd/{id}, TS-Transport 1.2 §7.1.3).
    const deregistered = server.next('deregistered', 'http-1');
    expect(await server.execute('http-1', Obj.Server[0].Disable)).toMatchObject({ code: '2.04' });
    expect((await deregistered).endpoint).toBe('http-1');
    expect(server.registration('http-1')).toBeUndefined();
  }, 15_000);

  it('fails a DM request clearly while the client URL is unknown, and reaches the client once the control API sets it', async () => {
    const registered = server.next('registered', 'http-2');
    // Lifetime 20 s: an Update every ~10 s (0.5 s scaled) carries the URL set later into the registration.
    await client.start({ endpoint: 'http-2', serverUri: server.uris.http!, configuration: configuration({ 1: 20 }), timeScale: TIME_SCALE });
    const registration = await registered;
    expect(registration.binding).toBe('H');
    const url = client.httpUrl(1)!;
    expect(registration.peer.port).not.toBe(Number(new URL(url).port)); // the request's source port, not the client's server

    const blind = await call('POST', '/v1/clients/http-2/read', { path: '/3/0/0', accept: 0, timeoutMs: 3000 });
    expect(blind).toMatchObject({ status: 502, body: { error: { code: 'client-unreachable' } } });
    expect(blind.body.error.message).toMatch(/ECONNREFUSED.*PUT \/v1\/http-clients\/\{ep\}/);

    expect(await call('PUT', '/v1/http-clients/http-2', { url })).toEqual({ status: 200, body: { endpoint: 'http-2', url } });
    expect(await call('GET', '/v1/http-clients')).toEqual({ status: 200, body: [{ endpoint: 'http-2', url }] });
    expect(await eventually(() => server.registration('http-2')?.peer.port === Number(new URL(url).port), 5000)).toBe(true);
    const read = await call('POST', '/v1/clients/http-2/read', { path: '/3/0/0', accept: 0, timeoutMs: 3000 });
    expect(read).toMatchObject({ status: 200, body: { code: '2.05' } });
    expect(JSON.stringify(read.body)).toContain('Open Mobile Alliance');
  }, 15_000);

  it('validates PUT /v1/http-clients/{ep} and answers 404 for an endpoint without a URL', async () => {
    for (const body of [{}, { url: 42 }, { url: 'not a url' }, { url: 'https://127.0.0.1:1' }, { url: 'coap://127.0.0.1:1' }, { url: 'http://127.0.0.1:1/rd?x=1' }]) {
      const res = await call('PUT', '/v1/http-clients/ep-x', body);
      expect(res).toMatchObject({ status: 400, body: { error: { code: 'bad-request' } } });
    }
    expect(await call('GET', '/v1/http-clients/ep-x')).toMatchObject({ status: 404, body: { error: { code: 'unknown-endpoint' } } });
    expect((await call('PUT', '/v1/http-clients/ep-x', { url: 'http://[::1]:8080/' })).body).toEqual({ endpoint: 'ep-x', url: 'http://[::1]:8080' });
    expect(await call('DELETE', '/v1/http-clients/ep-x')).toEqual({ status: 200, body: { endpoint: 'ep-x', deleted: true } });
    expect((await call('DELETE', '/v1/http-clients/ep-x')).status).toBe(404);
  });
});
