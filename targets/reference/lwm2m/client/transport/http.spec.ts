/**
 * The reference client over the LwM2M HTTP binding (TS-Transport 1.2 §7): it registers with b=H to
 * an http:// Server URI and answers the Server's Read and Write at its own HTTP server, whose URL
 * it exposes (ReferenceLwm2mClient.httpUrl) because §7 gives the Server no way to learn it. The
 * server is the HTTP transport's own server endpoint, told the client's URL by that accessor.
 * https: the account's certificate (Security Mode 2) both ways.
 */
import { createHttpLwm2mServerEndpoint } from '../../../transport/http';
import { CLIENT_NAME, SERVER_NAME, testPki } from '../../../transport/dtls/test-pki';
import { eventually, minimalServer, securedC1, useReferenceClient } from './spec-support';

const TIME_SCALE = 0.05;

describe('reference client over HTTP (binding H)', () => {
  const session = useReferenceClient();

  it('registers with b=H, exposes its HTTP URL, and answers Read and Write', async () => {
    const asked: string[] = [];
    const endpoint = await createHttpLwm2mServerEndpoint({ timeScale: TIME_SCALE, clientUrl: (ep) => (asked.push(ep), ep === 'http-ep' ? session.client.httpUrl(1) : undefined) });
    session.closing.push(endpoint);
    const server = minimalServer(endpoint);
    const queries: string[] = [];
    endpoint.onTranscript((e) => e.direction === 'in' && e.message && queries.push(e.message.options.filter((o) => o.name === 'Uri-Query').map((o) => o.value.toString()).join('&')));
    const uri = `http://127.0.0.1:${endpoint.local.port}`;
    expect(session.client.httpUrl()).toBeUndefined();
    await session.client.start({ endpoint: 'http-ep', serverUri: uri, configuration: securedC1(uri, { mode: 'nosec' }), timeScale: TIME_SCALE });
    const registration = await server.registered(5000);
    expect(registration.query).toEqual(expect.arrayContaining(['ep=http-ep', 'b=H']));
    expect(asked).toContain('http-ep');
    const url = session.client.httpUrl();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(session.client.httpUrl(1)).toBe(url);
    expect(session.client.httpUrl('bootstrap')).toBeUndefined();
    expect(registration.peer).toEqual({ address: '127.0.0.1', port: Number(new URL(url!).port) });
    expect(session.client.diagnostics()).toMatch(/registering with b=H/); // C.1's /1/0/7 says U
    expect(await server.readText(registration.peer, '/3/0/0')).toEqual({ code: '2.05', text: 'Open Mobile Alliance' });
    const write = await endpoint.request(registration.peer, { method: 'PUT', path: '/1/0/1', contentFormat: 0, payload: Buffer.from('4321') }, { timeoutMs: 5000 });
    expect(write.code).toBe('2.04');
    expect(await server.readText(registration.peer, '/1/0/1')).toEqual({ code: '2.05', text: '4321' });
    // The Lifetime change is reported with an Update (TS-Core §6.2.2), sent over HTTP as well.
    expect(await eventually(() => queries.includes('lt=4321'), 3000)).toBe(true);
  });

  it('https with a certificate (usage 2: CA + host name, the client certificate names the endpoint)', async () => {
    const pki = testPki();
    const endpoint = await createHttpLwm2mServerEndpoint({
      timeScale: TIME_SCALE,
      tls: { cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert, requestCert: true },
      clientUrl: (ep) => (ep === CLIENT_NAME ? session.client.httpUrl() : undefined),
    });
    session.closing.push(endpoint);
    const server = minimalServer(endpoint);
    const uri = `https://${SERVER_NAME}:${endpoint.local.port}`;
    const security = { mode: 'certificate', certPem: pki.client.cert, keyPem: pki.client.key, serverCertPem: pki.ca.cert, usage: 2 } as const;
    await session.client.start({ endpoint: CLIENT_NAME, serverUri: uri, configuration: securedC1(uri, security), timeScale: TIME_SCALE, hosts: { [SERVER_NAME]: '127.0.0.1' } });
    const registration = await server.registered(5000);
    expect(registration.query).toEqual(expect.arrayContaining([`ep=${CLIENT_NAME}`, 'b=H']));
    expect(registration.request.peerIdentity).toMatchObject({ mode: 'certificate', commonName: CLIENT_NAME });
    expect(await server.readText(registration.peer, '/3/0/0')).toEqual({ code: '2.05', text: 'Open Mobile Alliance' });
  });

  it('refuses an https:// account without a certificate (HTTP over TLS-PSK is not part of §7)', async () => {
    const uri = 'https://127.0.0.1:4443';
    await session.client.start({ endpoint: 'http-ep', serverUri: uri, configuration: securedC1(uri, { mode: 'psk', identity: 'x', key: Buffer.from('0123456789abcdef') }), timeScale: TIME_SCALE });
    expect(await eventually(() => /https needs Security Mode Certificate/.test(session.client.diagnostics()), 2000)).toBe(true);
    expect(session.client.httpUrl()).toBeUndefined();
  });
});
