/**
 * coaps with a pinned server certificate (RFC 6698 §2.1.1 usages 1 and 3, as LwM2M /0/x/4 with
 * Certificate Usage 1/3 asks): the client accepts exactly that certificate — CA-issued, with no trust
 * anchor and no host-name check — and refuses any other one, even from the same CA, in the handshake.
 */
import { X509Certificate } from 'node:crypto';
import { createDtlsClientEndpoint, createDtlsServerEndpoint, DtlsHandshakeError } from './index';
import { testPki, WRONG_SERVER_NAME } from './test-pki';
import type { UdpCoapEndpoint } from '../coap-udp/endpoint';

const FAST = { timeScale: 0.05, handshakeTimeoutMs: 1500 };
const open: UdpCoapEndpoint[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.close()));
});

async function serverWith(cert: { cert: string; key: string }) {
  const endpoint = await createDtlsServerEndpoint({ cert: cert.cert, key: cert.key, ...FAST });
  open.push(endpoint);
  endpoint.onRequest(() => ({ code: '2.05', payload: Buffer.from('pinned ok') }));
  return endpoint;
}

describe('coaps: pinned server certificate (Certificate Usage 1/3)', () => {
  const pki = testPki();

  it('accepts exactly the pinned CA-issued certificate, without its CA and under another host name', async () => {
    const server = await serverWith(pki.server);
    const client = await createDtlsClientEndpoint({ peer: server.local, pinnedCert: pki.server.cert, servername: WRONG_SERVER_NAME, ...FAST });
    open.push(client);
    expect(client.dtls.info?.peerCertificate).toEqual(new X509Certificate(pki.server.cert).raw);
    expect((await client.request(server.local, { method: 'GET', path: '/' })).payload.toString()).toBe('pinned ok');
  });

  it('refuses another certificate issued by the same CA, with a clear reason, even when that CA is a trust anchor', async () => {
    const server = await serverWith(pki.client);
    const attempt = createDtlsClientEndpoint({ peer: server.local, pinnedCert: pki.server.cert, ca: pki.ca.cert, ...FAST });
    await expect(attempt).rejects.toBeInstanceOf(DtlsHandshakeError);
    await expect(attempt).rejects.toThrow(/certificate verify failed: certificate rejected/);
  });

  it('exposes the peer certificate (DER) of an ordinary CA-checked association too', async () => {
    const server = await serverWith(pki.server);
    const client = await createDtlsClientEndpoint({ peer: server.local, ca: pki.ca.cert, servername: 'server.example.com', ...FAST });
    open.push(client);
    expect(new X509Certificate(client.dtls.info!.peerCertificate!).subject).toMatch(/CN=server\.example\.com/);
  });
});
