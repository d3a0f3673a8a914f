/**
 * Interop with libcoap 4.3 (Debian libcoap3-bin), both of its DTLS builds: coap-client-* against
 * our server, our client against coap-server-*. Real processes, loopback, every wait bounded.
 */
import { createDtlsClientEndpoint, createDtlsServerEndpoint, type DtlsServerEndpoint } from './index';
import { freePort, itWithBinary, retry, runClient, startServer } from './spec-support';
import { testPki, CLIENT_NAME } from './test-pki';
import type { IncomingRequest } from '../coap-udp/types';

const IDENTITY = 'testfest-ep';
const SECRET = 'secret-0123';

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function ourServer(options: Parameters<typeof createDtlsServerEndpoint>[0]): Promise<{ s: DtlsServerEndpoint; seen: IncomingRequest[] }> {
  const s = await createDtlsServerEndpoint({ handshakeTimeoutMs: 10_000, ...options });
  cleanup.push(() => s.close());
  const seen: IncomingRequest[] = [];
  s.onRequest((req) => {
    seen.push(req);
    return { code: '2.05', contentFormat: 0, payload: Buffer.from(`testfest says hi to ${req.path}`) };
  });
  return { s, seen };
}

describe.each(['coap-client-openssl', 'coap-client-gnutls'])('%s against our server', (binary) => {
  const its = itWithBinary(binary);

  its('PSK: GET gets our 2.05 payload, with a HelloVerifyRequest on the way', async () => {
    const { s, seen } = await ourServer({ psk: (id) => (id === IDENTITY ? Buffer.from(SECRET) : undefined) });
    const run = await runClient(binary, ['-B', '8', '-u', IDENTITY, '-k', SECRET, `coaps://127.0.0.1:${s.local.port}/3/0`]);
    expect(run.stdout).toContain('testfest says hi to /3/0');
    expect(seen[0].peerIdentity).toEqual({ mode: 'psk', identity: IDENTITY });
    expect(s.dtls.stats.helloVerifyRequests).toBeGreaterThanOrEqual(1);
    expect(s.dtls.stats.handshakesCompleted).toBe(1);
  });

  its('PSK: a wrong key gets no payload and no association', async () => {
    const { s } = await ourServer({ psk: (id) => (id === IDENTITY ? Buffer.from(SECRET) : undefined), handshakeTimeoutMs: 1500 });
    const run = await runClient(binary, ['-B', '3', '-u', IDENTITY, '-k', 'wrong', `coaps://127.0.0.1:${s.local.port}/3/0`]);
    expect(run.stdout).not.toContain('testfest says hi');
    expect(s.dtls.stats.handshakesCompleted).toBe(0);
  });

  its('certificate: ECDHE-ECDSA-AES128-CCM8 with a client certificate from our CA', async () => {
    const pki = testPki();
    const { s, seen } = await ourServer({ cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert, requireClientCert: true });
    const run = await runClient(binary, ['-B', '8', '-c', pki.client.certFile, '-j', pki.client.keyFile, '-n', `coaps://127.0.0.1:${s.local.port}/3/0`]);
    expect(run.stdout).toContain('testfest says hi to /3/0');
    expect(seen[0].peerIdentity).toMatchObject({ mode: 'certificate', commonName: CLIENT_NAME });
  });
});

describe.each(['coap-server-openssl', 'coap-server-gnutls'])('our client against %s', (binary) => {
  const its = itWithBinary(binary);

  async function libcoapServer(args: string[]): Promise<number> {
    const base = await freePort();
    const port = base - 1; // libcoap listens for DTLS on port + 1
    const server = startServer(binary, ['-A', '127.0.0.1', '-p', String(port), ...args]);
    cleanup.push(server.stop);
    return base;
  }

  for (const [label, hint] of [['with the default identity hint', []], ['without an identity hint', ['-h', '']]] as const) {
    its(`PSK ${label}: handshake and GET / → 2.05`, async () => {
      const port = await libcoapServer(['-k', SECRET, ...hint]);
      const c = await retry(() => createDtlsClientEndpoint({ peer: { address: '127.0.0.1', port }, psk: { identity: IDENTITY, key: Buffer.from(SECRET) }, handshakeTimeoutMs: 1000 }), 8000);
      cleanup.push(() => c.close());
      expect(c.dtls.info).toMatchObject({ cipher: 'PSK-AES128-CCM8', pskHint: hint.length === 0 ? 'CoAP' : '' });
      const res = await c.request({ address: '127.0.0.1', port }, { method: 'GET', path: '/' });
      expect(res.code).toBe('2.05');
      expect(res.payload.length).toBeGreaterThan(0);
    });
  }

  its('PSK with a wrong key fails within the bound', async () => {
    const port = await libcoapServer(['-k', SECRET]);
    // wait until the server answers at all, then try the wrong key
    const ok = await retry(() => createDtlsClientEndpoint({ peer: { address: '127.0.0.1', port }, psk: { identity: IDENTITY, key: Buffer.from(SECRET) }, handshakeTimeoutMs: 1000 }), 8000);
    await ok.close();
    const started = Date.now();
    await expect(createDtlsClientEndpoint({ peer: { address: '127.0.0.1', port }, psk: { identity: IDENTITY, key: Buffer.from('wrong') }, handshakeTimeoutMs: 2000 })).rejects.toThrow(/DTLS handshake with 127\.0\.0\.1:\d+ (failed|timed out)/);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  its('certificate: verifies the libcoap server against our CA and the host name', async () => {
    const pki = testPki();
    const port = await libcoapServer(['-c', pki.server.certFile, '-j', pki.server.keyFile, '-R', pki.ca.certFile]);
    const c = await retry(() => createDtlsClientEndpoint({ peer: { address: '127.0.0.1', port }, servername: 'server.example.com', cert: pki.client.cert, key: pki.client.key, ca: pki.ca.cert, handshakeTimeoutMs: 1000 }), 8000);
    cleanup.push(() => c.close());
    expect(c.dtls.info).toMatchObject({ cipher: 'ECDHE-ECDSA-AES128-CCM8', peerCommonName: 'server.example.com' });
    expect((await c.request({ address: '127.0.0.1', port }, { method: 'GET', path: '/' })).code).toBe('2.05');
    await expect(createDtlsClientEndpoint({ peer: { address: '127.0.0.1', port }, servername: 'server-fail.example.com', cert: pki.client.cert, key: pki.client.key, ca: pki.ca.cert, handshakeTimeoutMs: 1000 })).rejects.toThrow(/hostname mismatch/);
  });
});
