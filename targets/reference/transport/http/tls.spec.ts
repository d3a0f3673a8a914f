/**
 * The HTTP binding secured by TLS (TS-Transport 1.2 §7: https): server certificate checked against
 * the Server URI's host name (RFC 6125), mutual TLS giving the client's certificate identity to
 * the LwM2M layer (TS-Transport §5.2.6 binds the endpoint name to it), DM requests over https.
 */
import { useTestPki } from '../coap-tcp/spec-support';
import { HttpBindingError } from './errors';
import { useHttpEndpoints } from './spec-support';

const http = useHttpEndpoints();

describe('LwM2M over HTTPS (TS-Transport 1.2 §7)', () => {
  const certs = useTestPki();

  it('registers over mutual TLS; the request carries the client certificate identity; DM goes over https', async () => {
    const { ca, serverCert, serverKey, clientCert, clientKey } = certs();
    let clientUrl = '';
    const server = await http.server({ tls: { cert: serverCert, key: serverKey, ca, requestCert: true }, clientUrl: (ep) => (ep === 'client.example.com' ? clientUrl : undefined), clientTls: { ca, servername: 'server.example.com' } });
    const identities: unknown[] = [];
    server.onRequest((req) => (identities.push(req.peerIdentity), { code: '2.01', locationPath: ['rd', '1'] }));
    const client = await http.client({
      serverUri: `https://server.example.com:${server.local.port}`,
      hosts: { 'server.example.com': '127.0.0.1' },
      tls: { ca, cert: clientCert, key: clientKey },
      listenerTls: { cert: serverCert, key: serverKey },
    });
    client.onRequest((req) => ({ code: '2.05', contentFormat: 0, payload: Buffer.from(`read ${req.path}`) }));
    clientUrl = `https://127.0.0.1:${client.local.port}`;
    const r = await client.request({ address: '127.0.0.1', port: server.local.port }, { method: 'POST', path: '/rd', query: ['ep=client.example.com', 'lt=60', 'lwm2m=1.2', 'b=H'] });
    expect(r.locationPath).toEqual(['rd', '1']);
    expect(identities).toEqual([{ mode: 'certificate', subject: 'CN=client.example.com', commonName: 'client.example.com' }]);
    const read = await server.request({ address: '127.0.0.1', port: client.local.port }, { method: 'GET', path: '/3/0/0' });
    expect(read.payload.toString()).toBe('read /3/0/0');
    // Send carries no ep: the verified certificate names the client, whose HTTP server is the peer
    const peers: unknown[] = [];
    server.onRequest((req) => (peers.push(req.peer), { code: '2.04' }));
    await client.request({ address: '127.0.0.1', port: server.local.port }, { method: 'POST', path: '/dp', contentFormat: 110, payload: Buffer.from('[]') });
    expect(peers).toEqual([{ address: '127.0.0.1', port: client.local.port }]);
  });

  it('refuses a server certificate from another CA, or naming another host', async () => {
    const { ca, otherCa, serverCert, serverKey } = certs();
    const server = await http.server({ tls: { cert: serverCert, key: serverKey } });
    server.onRequest(() => ({ code: '2.04' }));
    const untrusting = await http.client({ serverUri: `https://server.example.com:${server.local.port}`, hosts: { 'server.example.com': '127.0.0.1' }, tls: { ca: otherCa } });
    await expect(untrusting.request({ address: '127.0.0.1', port: server.local.port }, { method: 'POST', path: '/rd' })).rejects.toThrow(HttpBindingError);
    const wrongName = await http.client({ serverUri: `https://server-fail.example.com:${server.local.port}`, hosts: { 'server-fail.example.com': '127.0.0.1' }, tls: { ca } });
    await expect(wrongName.request({ address: '127.0.0.1', port: server.local.port }, { method: 'POST', path: '/rd' })).rejects.toThrow(/Hostname\/IP does not match|altnames/);
  });
});
