/**
 * coaps+tcp with a pinned server certificate (RFC 6698 §2.1.1 usages 1 and 3, as LwM2M /0/x/4 with
 * Certificate Usage 1/3 asks): exactly that certificate is accepted, CA-issued or not, without a
 * trust anchor or a host-name check; any other certificate — even one from the same CA — is refused.
 */
import { X509Certificate } from 'node:crypto';
import { hasOpenssl, makeTestPki, useTcpEndpoints, type TestPki } from './spec-support';

const tcp = useTcpEndpoints();
const der = (pem: string): Buffer => new X509Certificate(pem).raw;

describe('coaps+tcp: pinned server certificate (Certificate Usage 1/3)', () => {
  let pki: TestPki | undefined;
  beforeAll(() => {
    if (!hasOpenssl()) throw new Error('the openssl CLI is needed to make the test PKI (apt-get install -y openssl)');
    pki = makeTestPki();
  });
  afterAll(() => pki?.remove());

  it('accepts exactly the pinned CA-issued certificate, with no CA given and an unrelated server name', async () => {
    const { serverCert, serverKey } = pki!;
    const server = await tcp.server({ tls: { cert: serverCert, key: serverKey } });
    server.onRequest(() => ({ code: '2.05', payload: Buffer.from('pinned ok') }));
    const client = await tcp.client({ peer: server.local, tls: { pinnedCertificate: der(serverCert), servername: 'not-the-name.example.com' } });
    expect((await client.request(server.local, { method: 'GET', path: '/' })).payload.toString()).toBe('pinned ok');
  });

  it('refuses another certificate issued by the same CA, and never sends a request over it', async () => {
    const { serverCert, clientCert, clientKey, ca } = pki!;
    const server = await tcp.server({ tls: { cert: clientCert, key: clientKey } });
    let requests = 0;
    server.onRequest(() => ((requests += 1), { code: '2.05' }));
    // Even with the issuing CA as trust anchor the pin decides: the certificate must be the pinned one.
    await expect(tcp.client({ peer: server.local, tls: { pinnedCertificate: der(serverCert), ca }, connectTimeoutMs: 2000 })).rejects.toThrow(
      /cannot connect to coaps\+tcp.*not the pinned certificate/,
    );
    expect(requests).toBe(0);
  });
});
