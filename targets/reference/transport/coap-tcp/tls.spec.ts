import { record, useTcpEndpoints, useTestPki } from './spec-support';

const tcp = useTcpEndpoints();
const PSK = Buffer.from('secretPSK', 'utf8');

describe('coaps+tcp: CoAP over TLS (RFC 8323 §4.1)', () => {
  const certs = useTestPki();

  it('serves a GET over TLS with an X.509 server certificate for server.example.com', async () => {
    const { serverCert, serverKey, ca } = certs();
    const server = await tcp.server({ tls: { cert: serverCert, key: serverKey } });
    server.onRequest((req) => ({ code: '2.05', payload: Buffer.from(req.path) }));
    const client = await tcp.client({ peer: server.local, tls: { ca, servername: 'server.example.com' } });
    expect((await client.request(server.local, { method: 'GET', path: '/3/0' })).payload.toString()).toBe('/3/0');
  });

  it('refuses a server certificate from an untrusted CA or for another name', async () => {
    const { serverCert, serverKey, ca, otherCa } = certs();
    const server = await tcp.server({ tls: { cert: serverCert, key: serverKey } });
    await expect(tcp.client({ peer: server.local, tls: { ca: otherCa, servername: 'server.example.com' } })).rejects.toThrow(/cannot connect to coaps\+tcp.*(unable to get local issuer|self.signed|verify)/i);
    await expect(tcp.client({ peer: server.local, tls: { ca, servername: 'other.example.com' } })).rejects.toThrow(/Hostname\/IP does not match|altnames/);
  });

  it('requires a client certificate signed by its CA when requestCert is set (mutual TLS)', async () => {
    const { serverCert, serverKey, ca, clientCert, clientKey } = certs();
    const server = await tcp.server({ tls: { cert: serverCert, key: serverKey, ca, requestCert: true } });
    const identities: unknown[] = [];
    server.onRequest((req) => {
      identities.push(req.peerIdentity);
      return { code: '2.05' };
    });
    const transcript = record(server);
    const client = await tcp.client({ peer: server.local, tls: { ca, servername: 'server.example.com', cert: clientCert, key: clientKey } });
    expect((await client.request(server.local, { method: 'GET', path: '/' })).code).toBe('2.05');
    // The LwM2M server binds `ep` to this (TS-Transport §5.2.6), as over DTLS.
    expect(identities).toEqual([{ mode: 'certificate', commonName: 'client.example.com', subject: 'CN=client.example.com' }]);
    // Without a client certificate the server ends the handshake (TLS 1.3 reports it after the client's Finished).
    const anonymous = tcp.client({ peer: server.local, tls: { ca, servername: 'server.example.com' }, connectTimeoutMs: 2000 });
    await expect(anonymous).rejects.toThrow();
    expect(transcript.some((e) => /TLS handshake failed|peer did not return a certificate/.test(e.error ?? ''))).toBe(true);
  });

  it('serves a GET over TLS-PSK (LwM2M ETS int-406) and refuses an unknown identity or a wrong key', async () => {
    const server = await tcp.server({ tls: { pskCallback: (identity) => (identity === 'node1' ? PSK : undefined), pskIdentityHint: 'testfest' } });
    const identities: unknown[] = [];
    server.onRequest((req) => {
      identities.push(req.peerIdentity);
      return { code: '2.05', payload: Buffer.from('psk ok') };
    });
    const client = await tcp.client({ peer: server.local, tls: { psk: { identity: 'node1', key: PSK } } });
    expect((await client.request(server.local, { method: 'GET', path: '/' })).payload.toString()).toBe('psk ok');
    expect(identities).toEqual([{ mode: 'psk', identity: 'node1' }]);
    await expect(tcp.client({ peer: server.local, tls: { psk: { identity: 'stranger', key: PSK } } })).rejects.toThrow(/cannot connect to coaps\+tcp/);
    await expect(tcp.client({ peer: server.local, tls: { psk: { identity: 'node1', key: Buffer.from('wrong') } } })).rejects.toThrow(/cannot connect to coaps\+tcp/);
  });
});
