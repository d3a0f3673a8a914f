/**
 * The scripted test servers on every transport they listen on: a plain client endpoint of the same
 * transport (DTLS with PSK or certificates, CoAP over TCP, TLS-PSK) registers and is served, the
 * handshake outcome lands in the transcript, and wrong credentials end in a refused handshake; over
 * MQTT through the run's broker and over HTTP with the client's own HTTP server.
 */
import { createTcpClientEndpoint } from '../../targets/reference/transport/coap-tcp';
import type { CoapEndpoint, PeerAddress } from '../../targets/reference/transport/coap-udp/types';
import { createDtlsClientEndpoint } from '../../targets/reference/transport/dtls';
import { SERVER_NAME, testPki } from '../../targets/reference/transport/dtls/test-pki';
import { BootstrapTestServer } from './bootstrap-test-server';
import { certificateSecurity, defaultSecurity, pskSecurity } from './harness-security';
import { Lwm2mTestServer } from './lwm2m-test-server';
import { startStallingDtlsPeer } from './stalling-dtls-peer';
import { createMqttLwm2mEndpoint } from '../../targets/reference/transport/mqtt';
import { createHttpLwm2mClientEndpoint } from '../../targets/reference/transport/http';
import { runBroker, stopRunBroker } from '../support/run-broker';

const TIME_SCALE = 0.05;

function recorder() {
  const lines: string[] = [];
  return { lines, evidence: { line: (_: string, text: string) => void lines.push(text), stamp: () => '+0.000s' } };
}

const peerOf = (uri: string): PeerAddress => {
  const url = new URL(uri.replace(/^[a-z+]+:/, 'http:'));
  return { address: url.hostname, port: Number(url.port) };
};

const register = (client: CoapEndpoint, peer: PeerAddress) =>
  client.request(peer, { method: 'POST', path: '/rd', query: ['ep=n1', 'lt=20', 'lwm2m=1.1', 'b=U'], contentFormat: 40, payload: Buffer.from('</3/0>') });

describe('Lwm2mTestServer over the run transports', () => {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
  });

  it('coaps: a DTLS client with the generated PSK registers; the transcript names the suite and identity', async () => {
    const { lines, evidence } = recorder();
    const security = pskSecurity('coaps', 'server');
    const server = await Lwm2mTestServer.start({ evidence, timeScale: TIME_SCALE, security });
    closers.push(() => server.close());
    server.acceptRegistrations();
    expect(server.uri).toMatch(/^coaps:\/\/127\.0\.0\.1:\d+$/);
    const creds = server.account.credentials;
    if (creds.mode !== 'psk') throw new Error('expected PSK credentials');
    const client = await createDtlsClientEndpoint({ peer: peerOf(server.uri), psk: { identity: creds.identity, key: creds.key }, timeScale: TIME_SCALE });
    closers.push(() => client.close());
    client.onRequest((req) => ({ code: '2.05', contentFormat: 0, payload: Buffer.from(`read ${req.path}`) }));
    const created = await register(client, peerOf(server.uri));
    expect(created.code).toBe('2.01');
    expect(server.registration?.endpoint).toBe('n1');
    const read = await server.request('GET', '/3/0/0', { timeoutMs: 2000 });
    expect(read.payload.toString()).toBe('read /3/0/0');
    expect(server.handshakes.map((h) => h.outcome)).toEqual(['started', 'connected']);
    expect(lines.join('\n')).toMatch(new RegExp(`DTLS handshake completed: .*PSK-AES128-CCM8, PSK identity "${creds.identity}"`));
    expect(lines.join('\n')).toMatch(/0.02 POST .*Uri-Path=rd /);
  });

  it('coaps: a client with another key gets no association and the server records a failed handshake', async () => {
    const { evidence } = recorder();
    const server = await Lwm2mTestServer.start({ evidence, timeScale: TIME_SCALE, security: pskSecurity('coaps', 'server') });
    closers.push(() => server.close());
    server.acceptRegistrations();
    const creds = server.account.credentials;
    if (creds.mode !== 'psk') throw new Error('expected PSK credentials');
    const attempt = createDtlsClientEndpoint({ peer: peerOf(server.uri), psk: { identity: creds.identity, key: Buffer.alloc(16, 7) }, timeScale: TIME_SCALE, handshakeTimeoutMs: 1500 });
    await expect(attempt).rejects.toThrow(/DTLS handshake/);
    const deadline = Date.now() + 3000;
    while (!server.handshakes.some((h) => h.outcome === 'failed') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(server.handshakes.some((h) => h.outcome === 'failed')).toBe(true);
    expect(server.received).toHaveLength(0);
  });

  it('coaps with certificates: the client checks server.example.com against the test CA and shows its own certificate', async () => {
    const { evidence } = recorder();
    const security = certificateSecurity('coaps');
    const server = await Lwm2mTestServer.start({ evidence, timeScale: TIME_SCALE, security });
    closers.push(() => server.close());
    server.acceptRegistrations();
    expect(server.uri).toMatch(new RegExp(`^coaps://${SERVER_NAME.replace(/\./g, '\\.')}:\\d+$`));
    const pki = testPki();
    const port = peerOf(server.uri).port;
    const client = await createDtlsClientEndpoint({ peer: { address: '127.0.0.1', port }, servername: SERVER_NAME, ca: pki.ca.cert, cert: pki.client.cert, key: pki.client.key, timeScale: TIME_SCALE });
    closers.push(() => client.close());
    expect((await register(client, { address: '127.0.0.1', port })).code).toBe('2.01');
    expect(server.handshakes.find((h) => h.outcome === 'connected')?.detail).toMatch(/client certificate .*testfest-client/);
  });

  it('coap+tcp: a plain CoAP-over-TCP client registers and is answered on its connection', async () => {
    const { lines, evidence } = recorder();
    const server = await Lwm2mTestServer.start({ evidence, timeScale: TIME_SCALE, security: defaultSecurity('coap+tcp', 'server') });
    closers.push(() => server.close());
    server.acceptRegistrations();
    expect(server.uri).toMatch(/^coap\+tcp:\/\/127\.0\.0\.1:\d+$/);
    const client = await createTcpClientEndpoint({ peer: peerOf(server.uri) });
    closers.push(() => client.close());
    client.onRequest(() => ({ code: '2.05', contentFormat: 0, payload: Buffer.from('x') }));
    expect((await register(client, peerOf(server.uri))).code).toBe('2.01');
    const read = await server.request('GET', '/3/0/0', { timeoutMs: 2000 });
    expect(read.code).toBe('2.05');
    // TCP carries no Message ID: a second request is not counted as a retransmission of the first.
    await client.request(peerOf(server.uri), { method: 'POST', path: '/rd/1' });
    expect(server.retransmissionsOf(server.received[0]!)).toBe(0);
    expect(lines.join('\n')).toMatch(/0.02 POST .*Uri-Path=rd /);
  });

  it('coaps+tcp: a TLS-PSK client registers; the Bootstrap-Server listens the same way', async () => {
    const { lines, evidence } = recorder();
    const server = await Lwm2mTestServer.start({ evidence, timeScale: TIME_SCALE, security: defaultSecurity('coaps+tcp', 'server') });
    closers.push(() => server.close());
    server.acceptRegistrations();
    const creds = server.account.credentials;
    if (creds.mode !== 'psk') throw new Error('coaps+tcp defaults to PSK');
    const client = await createTcpClientEndpoint({ peer: peerOf(server.uri), tls: { psk: { identity: creds.identity, key: creds.key } } });
    closers.push(() => client.close());
    expect((await register(client, peerOf(server.uri))).code).toBe('2.01');
    expect(lines.join('\n')).toMatch(/TLS handshake completed \(PSK\)/);

    const bs = await BootstrapTestServer.start({ evidence, timeScale: TIME_SCALE, security: defaultSecurity('coaps+tcp', 'bootstrap') });
    closers.push(() => bs.close());
    expect(bs.uri).toMatch(/^coaps\+tcp:\/\/127\.0\.0\.1:\d+$/);
    const wrong = createTcpClientEndpoint({ peer: peerOf(bs.uri), tls: { psk: { identity: 'nobody', key: Buffer.alloc(16) } }, connectTimeoutMs: 2000 });
    await expect(wrong).rejects.toThrow(/cannot connect/);
  });

  it('coaps: the test PKI\'s untrusted and expired server certificates are refused by a checking client', async () => {
    const pki = testPki();
    for (const [presented, reason] of [[pki.rogueServer, /certificate verify failed|unable to get local issuer/], [pki.expiredServer, /certificate (verify failed|has expired)/]] as const) {
      const { evidence } = recorder();
      const server = await Lwm2mTestServer.start({ evidence, timeScale: TIME_SCALE, security: certificateSecurity('coaps', { serverCertificate: presented }) });
      closers.push(() => server.close());
      const attempt = createDtlsClientEndpoint({ peer: { address: '127.0.0.1', port: peerOf(server.uri).port }, servername: SERVER_NAME, ca: pki.ca.cert, cert: pki.client.cert, key: pki.client.key, timeScale: TIME_SCALE });
      await expect(attempt).rejects.toThrow(reason);
    }
  });

  it('the stalling DTLS server passes the HelloVerifyRequest only: each handshake times out, a new one has a fresh random', async () => {
    const psk = { identity: 'stall', key: Buffer.alloc(16, 1) };
    const notes: string[] = [];
    const peer = await startStallingDtlsPeer({ psk: (id) => (id === psk.identity ? psk.key : undefined), timeScale: TIME_SCALE, note: (l) => void notes.push(l) });
    closers.push(() => peer.close());
    const connect = () => createDtlsClientEndpoint({ peer: peerOf(peer.uri), psk, timeScale: TIME_SCALE, handshakeTimeoutMs: 400 });
    await expect(connect()).rejects.toThrow(/timed out/);
    expect(peer.attempts()).toBe(1);
    expect(peer.clientHellos.length).toBeGreaterThanOrEqual(2); // the first and the one echoing the cookie
    expect(notes.some((n) => /HelloVerifyRequest \(passed on\)/.test(n))).toBe(true);
    expect(notes.some((n) => /dropped/.test(n))).toBe(true);
    await expect(connect()).rejects.toThrow(/timed out/);
    expect(peer.attempts()).toBe(2);
  });

  it('mqtt: the Server and the Bootstrap-Server subscribe at the run broker; a client endpoint bootstraps and registers through it', async () => {
    const { lines, evidence } = recorder();
    closers.push(() => stopRunBroker());
    const server = await Lwm2mTestServer.start({ evidence, timeScale: TIME_SCALE, security: defaultSecurity('mqtt', 'server') });
    closers.push(() => server.close());
    const bootstrap = await BootstrapTestServer.start({ evidence, timeScale: TIME_SCALE, security: defaultSecurity('mqtt', 'bootstrap') });
    closers.push(() => bootstrap.close());
    server.acceptRegistrations();
    const broker = await runBroker();
    expect([server.uri, bootstrap.uri]).toEqual([broker.url, broker.url]);
    const brokerPeer = peerOf(broker.url);
    const bsClient = await createMqttLwm2mEndpoint({ role: 'bootstrap-client', brokerUrl: broker.url, endpoint: 'n1', serverPeer: brokerPeer, protocolVersion: 4, timeScale: TIME_SCALE, timeoutMs: 2000 });
    closers.push(() => bsClient.close());
    expect((await bsClient.request(brokerPeer, { method: 'POST', path: '/bs', query: ['ep=n1'] })).code).toBe('2.04');
    expect(bootstrap.client).toEqual({ address: 'mqtt:n1', port: 0 });
    const client = await createMqttLwm2mEndpoint({ role: 'client', brokerUrl: broker.url, endpoint: 'n1', serverPeer: brokerPeer, protocolVersion: 4, timeScale: TIME_SCALE, timeoutMs: 2000 });
    closers.push(() => client.close());
    client.onRequest((req) => ({ code: '2.05', contentFormat: 0, payload: Buffer.from(`read ${req.path}`) }));
    const created = await client.request(brokerPeer, { method: 'POST', path: '/rd', query: ['ep=n1', 'lt=20', 'lwm2m=1.2', 'b=M'], contentFormat: 40, payload: Buffer.from('</3/0>') });
    expect(created.code).toBe('2.01');
    expect(server.registration?.endpoint).toBe('n1');
    expect((await server.request('GET', '/3/0/0', { timeoutMs: 2000 })).payload.toString()).toBe('read /3/0/0');
    expect(lines.join('\n')).toMatch(/MQTT client .* of the aedes broker mqtt:\/\/127\.0\.0\.1:\d+ \(MQTT 3\.1\.1\)/);
    expect(lines.join('\n')).toMatch(/MQTT PUBLISH lwm2m\/rd\/n1/);
  }, 20_000);

  it('http: the Server is the HTTP server of Register and sends DM requests to the client\'s own HTTP server (its URL from the target)', async () => {
    const { evidence } = recorder();
    let clientUrl: string | undefined;
    const security = { ...defaultSecurity('http', 'server'), httpClientUrl: (ep: string) => (ep === 'n1' ? clientUrl : undefined) };
    const server = await Lwm2mTestServer.start({ evidence, timeScale: TIME_SCALE, security });
    closers.push(() => server.close());
    server.acceptRegistrations();
    expect(server.uri).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const client = await createHttpLwm2mClientEndpoint({ serverUri: server.uri, timeScale: TIME_SCALE, requestTimeoutMs: 2000 });
    closers.push(() => client.close());
    clientUrl = `http://127.0.0.1:${client.local.port}`;
    client.onRequest((req) => ({ code: '2.05', contentFormat: 0, payload: Buffer.from(`read ${req.path}`) }));
    const created = await client.request(peerOf(server.uri), { method: 'POST', path: '/rd', query: ['ep=n1', 'lt=20', 'lwm2m=1.2', 'b=H'], contentFormat: 40, payload: Buffer.from('</3/0>') });
    expect(created.code).toBe('2.01');
    expect((await server.request('GET', '/3/0/0', { timeoutMs: 2000 })).payload.toString()).toBe('read /3/0/0');
  });
});
