/**
 * The reference server listening on coap, coaps, coap+tcp and coaps+tcp at once, with real client
 * endpoints of each transport on loopback: Register over each, DM requests going back on the
 * transport and peer the registration came in on (TS-Transport §6.4.3), and the binding of the
 * endpoint name to the authenticated identity (TS-Transport §5.2.6).
 */
import { createUdpEndpoint } from '../../transport/coap-udp/endpoint';
import type { CoapEndpoint, CoapRequestSpec, PeerAddress } from '../../transport/coap-udp/types';
import { createDtlsClientEndpoint } from '../../transport/dtls';
import { CLIENT_NAME, SERVER_NAME, testPki } from '../../transport/dtls/test-pki';
import { createTcpClientEndpoint } from '../../transport/coap-tcp';
import { ReferenceLwm2mServer } from './reference-server';

const TIME_SCALE = 0.05;
const KEY = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
const FAST = { timeScale: TIME_SCALE, handshakeTimeoutMs: 1500 };

describe('reference server over several transports', () => {
  const pki = testPki();
  let server: ReferenceLwm2mServer;
  let cleanup: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    server = await ReferenceLwm2mServer.start({
      timeScale: TIME_SCALE,
      handshakeTimeoutMs: 1500,
      listeners: [{ transport: 'coap' }, { transport: 'coaps' }, { transport: 'coap+tcp' }, { transport: 'coaps+tcp', tls: 'psk' }],
      credentials: { cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert },
    });
  });
  afterAll(() => server.close());
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c().catch(() => {});
    cleanup = [];
    server.security.clear();
  });

  const peerOf = (uri: string | undefined): PeerAddress => {
    const m = /^[a-z+]+:\/\/([\d.]+):(\d+)$/.exec(uri ?? '');
    if (!m) throw new Error(`bad uri ${uri}`);
    return { address: m[1]!, port: Number(m[2]) };
  };
  const keep = <T extends CoapEndpoint>(endpoint: T): T => {
    cleanup.push(() => endpoint.close());
    endpoint.onRequest((req) => (req.path === '/3/0/0' ? { code: '2.05', contentFormat: 0, payload: Buffer.from('Open Mobile Alliance') } : { code: '4.04' }));
    return endpoint;
  };
  const register = (client: CoapEndpoint, peer: PeerAddress, query: string[]) =>
    client.request(peer, { method: 'POST', path: '/rd', query, contentFormat: 40, payload: Buffer.from('</1/0>,</3/0>') } satisfies CoapRequestSpec);

  it('lists one URI per transport', () => {
    expect(Object.keys(server.uris)).toEqual(['coap', 'coaps', 'coap+tcp', 'coaps+tcp']);
    expect(server.uris.coaps).toMatch(/^coaps:\/\/127\.0\.0\.1:\d+$/);
    expect(server.uri).toBe(server.uris.coap);
  });

  it('refuses two listeners for one transport, and none at all', async () => {
    await expect(ReferenceLwm2mServer.start({ listeners: [{ transport: 'coap' }, { transport: 'coap' }] })).rejects.toThrow(/one per transport/);
    await expect(ReferenceLwm2mServer.start({ listeners: [] })).rejects.toThrow(/at least one listener/);
  });

  it('registers a PSK client over coaps and reads from it over the same DTLS association', async () => {
    server.security.set('psk-ep', { psk: { identity: 'psk-id-1', key: KEY } });
    const peer = peerOf(server.uris.coaps);
    const client = keep(await createDtlsClientEndpoint({ peer, psk: { identity: 'psk-id-1', key: KEY }, ...FAST }));
    expect((await register(client, peer, ['ep=psk-ep', 'lwm2m=1.1'])).code).toBe('2.01');
    expect(server.registration('psk-ep')).toMatchObject({ transport: 'coaps', peer: client.local });
    const read = await server.read('psk-ep', '/3/0/0', 0);
    expect(read).toMatchObject({ code: '2.05', records: [{ value: 'Open Mobile Alliance' }] });
  });

  it('takes the endpoint name from the PSK identity when a 1.1 Register has no ep (TS-Core 1.1 §6.2.1)', async () => {
    server.security.set('psk-noep', { psk: { identity: 'psk-id-2', key: KEY } });
    const peer = peerOf(server.uris.coaps);
    const client = keep(await createDtlsClientEndpoint({ peer, psk: { identity: 'psk-id-2', key: KEY }, ...FAST }));
    expect((await register(client, peer, ['lwm2m=1.0'])).code).toBe('4.00'); // 1.0: ep is mandatory
    expect((await register(client, peer, ['lwm2m=1.1'])).code).toBe('2.01');
    expect(server.registration('psk-noep')?.transport).toBe('coaps');
  });

  it('answers 4.00 with a reason when ep is not the endpoint of the PSK identity, and refuses its Update too', async () => {
    server.security.set('psk-a', { psk: { identity: 'psk-id-a', key: KEY } });
    server.security.set('psk-b', { psk: { identity: 'psk-id-b', key: Buffer.from('bb', 'hex') } });
    const peer = peerOf(server.uris.coaps);
    const client = keep(await createDtlsClientEndpoint({ peer, psk: { identity: 'psk-id-a', key: KEY }, ...FAST }));
    const refused = await register(client, peer, ['ep=psk-b', 'lwm2m=1.1']);
    expect(refused.code).toBe('4.00');
    expect(refused.payload.toString()).toMatch(/PSK identity "psk-id-a" is provisioned for endpoint "psk-a", not "psk-b"/);
    expect(server.registration('psk-b')).toBeUndefined();
    expect(server.events.since(0).some((e) => e.type === 'refused' && String(e.detail['identity']).includes('psk-id-a'))).toBe(true);
    // registered over coap (no security), the Update from the DTLS identity of another endpoint is refused
    const plain = keep(await createUdpEndpoint({ timeScale: TIME_SCALE }));
    const created = await register(plain, peerOf(server.uris.coap), ['ep=open-ep', 'lwm2m=1.1']);
    expect(created.code).toBe('2.01');
    const update = await client.request(peer, { method: 'POST', path: `/${created.locationPath.join('/')}` });
    expect(update.code).toBe('4.00');
    expect((await client.request(peer, { method: 'DELETE', path: `/${created.locationPath.join('/')}` })).code).toBe('4.00');
    expect(server.registration('open-ep')).toBeDefined();
  });

  it('answers 4.00 to a NoSec Register for an endpoint provisioned with a PSK', async () => {
    server.security.set('secured-ep', { psk: { identity: 'psk-id-3', key: KEY } });
    const client = keep(await createUdpEndpoint({ timeScale: TIME_SCALE }));
    const refused = await register(client, peerOf(server.uris.coap), ['ep=secured-ep', 'lwm2m=1.1']);
    expect(refused.code).toBe('4.00');
    expect(refused.payload.toString()).toMatch(/provisioned with a pre-shared key: a request without security cannot be bound/);
  });

  it('fails the DTLS handshake of an unknown PSK identity and of a wrong key', async () => {
    server.security.set('psk-ep', { psk: { identity: 'psk-id-1', key: KEY } });
    const peer = peerOf(server.uris.coaps);
    await expect(createDtlsClientEndpoint({ peer, psk: { identity: 'nobody', key: KEY }, ...FAST })).rejects.toThrow(/unknown psk identity/);
    await expect(createDtlsClientEndpoint({ peer, psk: { identity: 'psk-id-1', key: Buffer.from('00', 'hex') }, ...FAST })).rejects.toThrow(/wrong PSK|handshake/);
  });

  it('accepts a certificate client whose Common Name is the endpoint name, and refuses another ep', async () => {
    const peer = peerOf(server.uris.coaps);
    const client = keep(await createDtlsClientEndpoint({ peer, servername: SERVER_NAME, cert: pki.client.cert, key: pki.client.key, ca: pki.ca.cert, ...FAST }));
    const other = await register(client, peer, ['ep=someone-else', 'lwm2m=1.1']);
    expect(other.code).toBe('4.00');
    expect(other.payload.toString()).toMatch(`certificate Common Name "${CLIENT_NAME}"`);
    expect((await register(client, peer, [`ep=${CLIENT_NAME}`, 'lwm2m=1.1'])).code).toBe('2.01');
    expect((await server.read(CLIENT_NAME, '/3/0/0', 0)).code).toBe('2.05');
  });

  it('registers over coap+tcp and reads over the same connection', async () => {
    const peer = peerOf(server.uris['coap+tcp']);
    const client = keep(await createTcpClientEndpoint({ peer }));
    expect((await register(client, peer, ['ep=tcp-ep', 'lwm2m=1.1', 'b=T'])).code).toBe('2.01');
    expect(server.registration('tcp-ep')).toMatchObject({ transport: 'coap+tcp', binding: 'T' });
    expect((await server.read('tcp-ep', '/3/0/0', 0)).records?.[0]?.value).toBe('Open Mobile Alliance');
  });

  it('registers a TLS-PSK client over coaps+tcp and binds ep to its identity', async () => {
    server.security.set('tls-ep', { psk: { identity: 'tls-id', key: KEY } });
    server.security.set('tls-other', { psk: { identity: 'tls-id-2', key: KEY } });
    const peer = peerOf(server.uris['coaps+tcp']);
    const client = keep(await createTcpClientEndpoint({ peer, tls: { psk: { identity: 'tls-id', key: KEY } } }));
    expect((await register(client, peer, ['ep=tls-other', 'lwm2m=1.1', 'b=T'])).code).toBe('4.00');
    expect((await register(client, peer, ['ep=tls-ep', 'lwm2m=1.1', 'b=T'])).code).toBe('2.01');
    expect(server.registration('tls-ep')?.transport).toBe('coaps+tcp');
    expect((await server.read('tls-ep', '/3/0/0', 0)).code).toBe('2.05');
  });

  it('refuses a coaps+tcp TLS-PSK handshake with an unknown identity', async () => {
    const peer = peerOf(server.uris['coaps+tcp']);
    await expect(createTcpClientEndpoint({ peer, tls: { psk: { identity: 'nobody', key: KEY } }, connectTimeoutMs: 2000 })).rejects.toThrow(/cannot connect/);
  });
});

describe('reference server over coaps+tcp with certificates', () => {
  const pki = testPki();

  it('binds ep to the client certificate Common Name (TS-Transport §5.2.6)', async () => {
    const server = await ReferenceLwm2mServer.start({
      timeScale: TIME_SCALE,
      listeners: [{ transport: 'coaps+tcp' }],
      credentials: { cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert },
    });
    const m = /:(\d+)$/.exec(server.uris['coaps+tcp']!)!;
    const peer = { address: '127.0.0.1', port: Number(m[1]) };
    const client = await createTcpClientEndpoint({ peer, tls: { cert: pki.client.cert, key: pki.client.key, ca: pki.ca.cert, servername: SERVER_NAME } });
    try {
      const send = (ep: string) => client.request(peer, { method: 'POST', path: '/rd', query: [`ep=${ep}`, 'lwm2m=1.1', 'b=T'], contentFormat: 40, payload: Buffer.from('</3/0>') });
      expect((await send('not-the-cn')).code).toBe('4.00');
      expect((await send(CLIENT_NAME)).code).toBe('2.01');
      // certificate mode is mutual: a client without a certificate does not get in
      await expect(createTcpClientEndpoint({ peer, tls: { ca: pki.ca.cert, servername: SERVER_NAME }, connectTimeoutMs: 2000 }).then((c) => c.request(peer, { method: 'GET', path: '/x' }).finally(() => c.close()))).rejects.toThrow();
    } finally {
      await client.close();
      await server.close();
    }
  });
});
