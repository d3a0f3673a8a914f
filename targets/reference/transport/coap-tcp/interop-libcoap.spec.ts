/**
 * Interop with libcoap 4.3.1 (Debian libcoap3-bin) over coap+tcp and coaps+tcp (RFC 8323), both
 * ways: libcoap's clients against our server endpoint, our client endpoint against libcoap's
 * servers (which serve `/time` by default). Under CI=true a missing binary fails the test.
 */
import { formatCoapMessage } from '../coap-udp/format';
import { freePortPair, runClient, startServer, type ServerProcess } from './libcoap-peer';
import { hasOpenssl, itWithPeer, makeTestPki, record, useTcpEndpoints, type TestPki } from './spec-support';

const tcp = useTcpEndpoints();
const PSK = 'secretPSK';

describe('libcoap interop over TCP and TLS (RFC 8323)', () => {
  let pki: TestPki | undefined;
  let libcoapServer: ServerProcess | undefined;
  beforeAll(() => {
    if (hasOpenssl()) pki = makeTestPki();
  });
  afterAll(() => pki?.remove());
  afterEach(async () => {
    await libcoapServer?.stop();
    libcoapServer = undefined;
  });
  const certs = (): TestPki => {
    if (pki === undefined) throw new Error('no test PKI: the openssl CLI is missing');
    return pki;
  };

  itWithPeer('coap-client-notls')('coap-client-notls GETs and PUTs against our coap+tcp server, CSMs exchanged', async () => {
    const server = await tcp.server();
    const transcript = record(server);
    server.onRequest((req) => (req.method === 'PUT' ? { code: '2.04' } : { code: '2.05', contentFormat: 0, payload: Buffer.from(`hello ${req.path}`) }));
    const get = await runClient('coap-client-notls', ['-B', '5', `coap+tcp://127.0.0.1:${server.local.port}/3/0/1`]);
    expect(get).toMatchObject({ code: 0, stdout: 'hello /3/0/1\n' });
    const put = await runClient('coap-client-notls', ['-B', '5', '-m', 'put', '-e', '300', `coap+tcp://127.0.0.1:${server.local.port}/1/0/1`]);
    expect(put.code).toBe(0);
    const incoming = transcript.filter((e) => e.direction === 'in').map((e) => formatCoapMessage(e.message!));
    expect(incoming[0]).toMatch(/^7.01 CSM Max-Message-Size=\d+/);
    expect(incoming.filter((l) => /^0.03 PUT token=\w+ Uri-Port=\d+ Uri-Path=1\/0\/1 \| 300$/.test(l))).toHaveLength(1);
    expect(transcript.some((e) => e.error !== undefined)).toBe(false);
  });

  itWithPeer('coap-client-openssl')('coap-client-openssl over coaps+tcp: certificate verified against our test CA', async () => {
    const { serverCert, serverKey, paths } = certs();
    const server = await tcp.server({ tls: { cert: serverCert, key: serverKey } });
    server.onRequest((req) => ({ code: '2.05', payload: Buffer.from(`tls ${req.path}`) }));
    const run = await runClient('coap-client-openssl', ['-B', '5', '-R', paths.ca, `coaps+tcp://127.0.0.1:${server.local.port}/3/0`]);
    expect(run).toMatchObject({ code: 0, stdout: 'tls /3/0\n' });
  });

  itWithPeer('coap-client-openssl')('coap-client-openssl over coaps+tcp with a PSK (ETS int-406), and a wrong key gets nothing', async () => {
    const server = await tcp.server({ tls: { pskCallback: (identity) => (identity === 'node1' ? Buffer.from(PSK) : undefined) } });
    server.onRequest(() => ({ code: '2.05', payload: Buffer.from('psk ok') }));
    const url = `coaps+tcp://127.0.0.1:${server.local.port}/`;
    expect(await runClient('coap-client-openssl', ['-B', '5', '-u', 'node1', '-k', PSK, url])).toMatchObject({ code: 0, stdout: 'psk ok\n' });
    const wrong = await runClient('coap-client-openssl', ['-B', '3', '-u', 'node1', '-k', 'wrong', url]);
    expect(wrong.stdout).not.toContain('psk ok');
  });

  itWithPeer('coap-client-gnutls')('coap-client-gnutls over coaps+tcp with a PSK', async () => {
    const server = await tcp.server({ tls: { pskCallback: (identity) => (identity === 'node1' ? Buffer.from(PSK) : undefined) } });
    server.onRequest(() => ({ code: '2.05', payload: Buffer.from('psk ok') }));
    expect(await runClient('coap-client-gnutls', ['-B', '5', '-u', 'node1', '-k', PSK, `coaps+tcp://127.0.0.1:${server.local.port}/`])).toMatchObject({ code: 0, stdout: 'psk ok\n' });
  });

  itWithPeer('coap-server-notls')('our client GETs /time from coap-server-notls over coap+tcp', async () => {
    const port = await freePortPair();
    libcoapServer = await startServer('coap-server-notls', port, port, []);
    const client = await tcp.client({ peer: { address: '127.0.0.1', port } });
    const response = await client.request({ address: '127.0.0.1', port }, { method: 'GET', path: '/time' });
    expect(response.code).toBe('2.05');
    expect(response.payload.toString()).toMatch(/^\w{3} \d{2} \d{2}:\d{2}:\d{2}$/);
    await client.ping({ address: '127.0.0.1', port }, { timeoutMs: 2000 });
  });

  itWithPeer('coap-server-openssl')('our client GETs /time from coap-server-openssl over coaps+tcp, certificate and PSK', async () => {
    const { paths, ca } = certs();
    const port = await freePortPair();
    libcoapServer = await startServer('coap-server-openssl', port, port + 1, ['-c', paths.serverCert, '-j', paths.serverKey, '-k', PSK]);
    const peer = { address: '127.0.0.1', port: port + 1 };
    const withCert = await tcp.client({ peer, tls: { ca, servername: 'server.example.com' } });
    expect((await withCert.request(peer, { method: 'GET', path: '/time' })).code).toBe('2.05');
    await withCert.close();
    const withPsk = await tcp.client({ peer, tls: { psk: { identity: 'node1', key: Buffer.from(PSK) } } });
    expect((await withPsk.request(peer, { method: 'GET', path: '/time' })).code).toBe('2.05');
  });
});
