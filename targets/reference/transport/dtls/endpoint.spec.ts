/**
 * Our DTLS client against our DTLS server on loopback: PSK and certificates, the failures ETS
 * int-401..403 care about, cookie exchange, bounded handshakes, close_notify and cleanup.
 */
import { createSocket } from 'node:dgram';
import { createDtlsClientEndpoint, createDtlsServerEndpoint, DtlsHandshakeError, DtlsHandshakeTimeoutError, type DtlsServerEndpoint } from './index';
import { CLIENT_NAME, SERVER_NAME, testPki, WRONG_SERVER_NAME } from './test-pki';
import type { IncomingRequest } from '../coap-udp/types';

const KEY = Buffer.from('secret-key-0123');
const keys = new Map([['ep1', KEY]]);
const FAST = { timeScale: 0.05, handshakeTimeoutMs: 1500 };

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function server(options: Parameters<typeof createDtlsServerEndpoint>[0]): Promise<{ endpoint: DtlsServerEndpoint; seen: IncomingRequest[] }> {
  const endpoint = await createDtlsServerEndpoint(options);
  cleanup.push(() => endpoint.close());
  const seen: IncomingRequest[] = [];
  endpoint.onRequest((req) => {
    seen.push(req);
    return { code: '2.05', payload: Buffer.from(`hello ${req.path}`) };
  });
  return { endpoint, seen };
}

async function client(options: Parameters<typeof createDtlsClientEndpoint>[0]) {
  const endpoint = await createDtlsClientEndpoint(options);
  cleanup.push(() => endpoint.close());
  return endpoint;
}

describe('PSK (TLS_PSK_WITH_AES_128_CCM_8)', () => {
  it('completes a handshake with a HelloVerifyRequest, carries CoAP both ways and exposes the PSK identity', async () => {
    const { endpoint: s, seen } = await server({ psk: (id) => keys.get(id), ...FAST });
    const c = await client({ peer: s.local, psk: { identity: 'ep1', key: KEY }, ...FAST });
    expect(c.dtls.info).toMatchObject({ cipher: 'PSK-AES128-CCM8', version: 'DTLSv1.2', pskIdentity: 'ep1' });
    const res = await c.request(s.local, { method: 'GET', path: '/3/0' });
    expect(res.code).toBe('2.05');
    expect(res.payload.toString()).toBe('hello /3/0');
    expect(seen[0].peerIdentity).toEqual({ mode: 'psk', identity: 'ep1' });
    expect(s.dtls.stats).toMatchObject({ handshakesCompleted: 1, helloVerifyRequests: 1 });
    // and the server can send requests back on the association (LwM2M DM requests)
    c.onRequest(() => ({ code: '2.04' }));
    const back = await s.request(c.local, { method: 'PUT', path: '/1/0/1', payload: Buffer.from('60') });
    expect(back.code).toBe('2.04');
  });

  it('sends no HelloVerifyRequest when cookie exchange is off', async () => {
    const { endpoint: s } = await server({ psk: (id) => keys.get(id), cookieExchange: false, ...FAST });
    await client({ peer: s.local, psk: { identity: 'ep1', key: KEY }, ...FAST });
    expect(s.dtls.stats).toMatchObject({ handshakesCompleted: 1, helloVerifyRequests: 0 });
  });

  it('rejects an unknown identity with the alert OpenSSL names', async () => {
    const { endpoint: s } = await server({ psk: (id) => keys.get(id), ...FAST });
    await expect(client({ peer: s.local, psk: { identity: 'nobody', key: KEY }, ...FAST })).rejects.toThrow(/unknown psk identity/);
  });

  it('fails a wrong key within the handshake bound, saying the peer could not decrypt our Finished', async () => {
    const { endpoint: s } = await server({ psk: (id) => keys.get(id), ...FAST });
    const started = Date.now();
    const attempt = client({ peer: s.local, psk: { identity: 'ep1', key: Buffer.from('wrong-key') }, ...FAST });
    await expect(attempt).rejects.toBeInstanceOf(DtlsHandshakeTimeoutError);
    await expect(attempt).rejects.toThrow(/wrong PSK/);
    expect(Date.now() - started).toBeLessThan(5000);
    await new Promise((r) => setTimeout(r, 1700)); // the server's half-open association ends on its own bound
    expect(s.dtls.sessionCount()).toEqual({ handshaking: 0, connected: 0 });
    expect(s.dtls.stats.handshakesFailed).toBe(1);
  });

  it('reports a PSK lookup that throws', async () => {
    const { endpoint: s } = await server({ psk: () => { throw new Error('security object unavailable'); }, ...FAST });
    await expect(client({ peer: s.local, psk: { identity: 'ep1', key: KEY }, ...FAST })).rejects.toBeInstanceOf(DtlsHandshakeError);
    const failed = new Promise((resolve) => s.dtls.onEvent((e) => e.type === 'failed' && resolve(e.error.message)));
    void client({ peer: s.local, psk: { identity: 'ep1', key: KEY }, ...FAST }).catch(() => {});
    await expect(failed).resolves.toMatch(/PSK lookup threw: Error: security object unavailable/);
  });
});

describe('certificates (TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8)', () => {
  const pki = testPki();
  const certServer = () => server({ cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert, ...FAST });

  it('authenticates both sides and exposes the client certificate subject (ETS int-402)', async () => {
    const { endpoint: s, seen } = await certServer();
    const c = await client({ peer: s.local, servername: SERVER_NAME, cert: pki.client.cert, key: pki.client.key, ca: pki.ca.cert, ...FAST });
    expect(c.dtls.info).toMatchObject({ cipher: 'ECDHE-ECDSA-AES128-CCM8', peerCommonName: SERVER_NAME });
    expect((await c.request(s.local, { method: 'GET', path: '/3/0' })).code).toBe('2.05');
    expect(seen[0].peerIdentity).toEqual({ mode: 'certificate', subject: `CN=${CLIENT_NAME},O=testfest`, commonName: CLIENT_NAME });
  });

  it('fails when the server certificate does not name the host we asked for (ETS int-403)', async () => {
    const { endpoint: s } = await certServer();
    await expect(client({ peer: s.local, servername: WRONG_SERVER_NAME, ca: pki.ca.cert, ...FAST })).rejects.toThrow(/certificate verify failed: hostname mismatch/);
  });

  it('fails when the server certificate chains to a CA we do not trust', async () => {
    const { endpoint: s } = await server({ cert: pki.rogueServer.cert, key: pki.rogueServer.key, ...FAST });
    await expect(client({ peer: s.local, servername: SERVER_NAME, ca: pki.ca.cert, ...FAST })).rejects.toThrow(/certificate verify failed/);
  });

  it('refuses a client without a certificate when one is required', async () => {
    const { endpoint: s } = await server({ cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert, requireClientCert: true, ...FAST });
    await expect(client({ peer: s.local, servername: SERVER_NAME, ca: pki.ca.cert, ...FAST })).rejects.toBeInstanceOf(DtlsHandshakeError);
  });

  it('refuses a client certificate from an untrusted CA', async () => {
    const { endpoint: s } = await server({ cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert, requireClientCert: true, ...FAST });
    await expect(client({ peer: s.local, servername: SERVER_NAME, cert: pki.rogueServer.cert, key: pki.rogueServer.key, ca: pki.ca.cert, ...FAST })).rejects.toBeInstanceOf(DtlsHandshakeError);
  });
});

describe('bounded handshakes and cleanup', () => {
  it('times out a client whose server never answers (RFC 6347 §4.2.4 retransmissions, then our bound)', async () => {
    const silent = createSocket('udp4');
    await new Promise<void>((r) => silent.bind(0, '127.0.0.1', r));
    cleanup.push(() => new Promise((r) => silent.close(() => r())));
    let hellos = 0;
    silent.on('message', () => hellos++);
    const started = Date.now();
    await expect(client({ peer: { address: '127.0.0.1', port: silent.address().port }, psk: { identity: 'ep1', key: KEY }, timeScale: 0.05, handshakeTimeoutMs: 600 })).rejects.toThrow(/timed out after 600 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(hellos).toBeGreaterThanOrEqual(2); // the first ClientHello and at least one retransmission (timer 50 ms scaled)
  });

  it('drops a server association whose client stops mid-handshake', async () => {
    const { endpoint: s } = await server({ psk: (id) => keys.get(id), timeScale: 0.05, handshakeTimeoutMs: 400 });
    // a relay that forwards the client's first flights and then goes silent
    const relay = createSocket('udp4');
    await new Promise<void>((r) => relay.bind(0, '127.0.0.1', r));
    cleanup.push(() => new Promise((r) => relay.close(() => r())));
    let forwarded = 0;
    let clientPort = 0;
    relay.on('message', (msg, rinfo) => {
      if (rinfo.port !== s.local.port) {
        clientPort = rinfo.port;
        if (forwarded++ < 1) relay.send(msg, s.local.port, '127.0.0.1');
      } else relay.send(msg, clientPort, '127.0.0.1');
    });
    const attempt = client({ peer: { address: '127.0.0.1', port: relay.address().port }, psk: { identity: 'ep1', key: KEY }, timeScale: 0.05, handshakeTimeoutMs: 800 });
    await new Promise((r) => setTimeout(r, 150));
    expect(s.dtls.sessionCount().handshaking).toBe(1);
    await expect(attempt).rejects.toBeInstanceOf(DtlsHandshakeTimeoutError);
    expect(s.dtls.sessionCount()).toEqual({ handshaking: 0, connected: 0 });
    expect(s.dtls.stats.handshakesFailed).toBe(1);
  });

  it('ends idle associations and makes a new one on the next request', async () => {
    const { endpoint: s } = await server({ psk: (id) => keys.get(id), ...FAST, idleTimeoutMs: 100 });
    const c = await client({ peer: s.local, psk: { identity: 'ep1', key: KEY }, ...FAST });
    expect(s.dtls.sessionCount().connected).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(s.dtls.sessionCount().connected).toBe(0); // close_notify sent; the client saw it too
    expect(c.dtls.info).toBeUndefined();
    expect((await c.request(s.local, { method: 'GET', path: '/again' })).code).toBe('2.05');
    expect(s.dtls.stats.handshakesCompleted).toBe(2);
  });

  it('sends close_notify when the client closes, so the server forgets it', async () => {
    const { endpoint: s } = await server({ psk: (id) => keys.get(id), ...FAST });
    const c = await client({ peer: s.local, psk: { identity: 'ep1', key: KEY }, ...FAST });
    const closed = new Promise((resolve) => s.dtls.onEvent((e) => e.type === 'closed' && resolve(e.reason)));
    await c.close();
    await expect(closed).resolves.toBe('close_notify');
    expect(s.dtls.sessionCount().connected).toBe(0);
  });

  it('replaces the association when a known peer starts a new handshake (RFC 6347 §4.2.8)', async () => {
    const { endpoint: s } = await server({ psk: (id) => keys.get(id), ...FAST });
    const c = await client({ peer: s.local, psk: { identity: 'ep1', key: KEY }, ...FAST });
    c.dtls.disconnect();
    await c.dtls.connect();
    expect((await c.request(s.local, { method: 'GET', path: '/x' })).code).toBe('2.05');
    expect(s.dtls.stats.handshakesCompleted).toBe(2);
    expect(s.dtls.sessionCount()).toEqual({ handshaking: 0, connected: 1 });
  });

  it('refuses to send to a peer without an association', async () => {
    const { endpoint: s } = await server({ psk: (id) => keys.get(id), ...FAST });
    await expect(s.request({ address: '127.0.0.1', port: 9 }, { method: 'GET', path: '/' })).rejects.toThrow(/no established DTLS association/);
  });
});
