/**
 * The reference client registering and answering a Read over each secured or TCP transport, against
 * a server made from the transport's own server endpoint on loopback: coaps with PSK and with a
 * certificate (usage 2: CA + host name, ETS int-401/402), coap+tcp, coaps+tcp with certificates and
 * with TLS-PSK (RFC 8323; ETS int-405/406). Register says b=U over DTLS and b=T over TCP
 * (TS-Core 1.1 §6.2.1.2).
 */
import { createTcpServerEndpoint } from '../../../transport/coap-tcp';
import type { CoapEndpoint } from '../../../transport/coap-udp/types';
import { createDtlsServerEndpoint } from '../../../transport/dtls';
import { CLIENT_NAME, SERVER_NAME, testPki } from '../../../transport/dtls/test-pki';
import { minimalServer, securedC1, type ProvisionedSecurity, useReferenceClient } from './spec-support';

const TIME_SCALE = 0.05;
const KEY = Buffer.from('0123456789abcdef');
const HOSTS = { [SERVER_NAME]: '127.0.0.1' };

describe('reference client over secured and TCP transports', () => {
  const session = useReferenceClient();

  async function registerAndRead(endpoint: CoapEndpoint, uri: string, security: ProvisionedSecurity, ep: string) {
    session.closing.push(endpoint);
    const server = minimalServer(endpoint);
    await session.client.start({ endpoint: ep, serverUri: uri, configuration: securedC1(uri, security), timeScale: TIME_SCALE, hosts: HOSTS });
    const registration = await server.registered(5000);
    expect(registration.query).toContain(`ep=${ep}`);
    expect(await server.readText(registration.peer, '/3/0/0')).toEqual({ code: '2.05', text: 'Open Mobile Alliance' });
    return registration;
  }

  it('coaps with PSK: registers (b=U) under its PSK identity and answers a Read', async () => {
    const endpoint = await createDtlsServerEndpoint({ psk: (id) => (id === 'psk-ep' ? KEY : undefined), timeScale: TIME_SCALE });
    const r = await registerAndRead(endpoint, `coaps://127.0.0.1:${endpoint.local.port}`, { mode: 'psk', identity: 'psk-ep', key: KEY }, 'psk-ep');
    expect(r.query).toContain('b=U');
    expect(r.request.peerIdentity).toEqual({ mode: 'psk', identity: 'psk-ep' });
  });

  it('coaps with a certificate (usage 2, trust anchor + host name through the hosts table)', async () => {
    const pki = testPki();
    const endpoint = await createDtlsServerEndpoint({ cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert, requireClientCert: true, timeScale: TIME_SCALE });
    const security = { mode: 'certificate', certPem: pki.client.cert, keyPem: pki.client.key, serverCertPem: pki.ca.cert, usage: 2 } as const;
    const r = await registerAndRead(endpoint, `coaps://${SERVER_NAME}:${endpoint.local.port}`, security, CLIENT_NAME);
    expect(r.request.peerIdentity).toMatchObject({ mode: 'certificate', commonName: CLIENT_NAME });
  });

  it('coap+tcp: registers with b=T although /1/0/7 says U (logged), answers a Read, and stop() closes the connection', async () => {
    const endpoint = await createTcpServerEndpoint();
    const r = await registerAndRead(endpoint, `coap+tcp://127.0.0.1:${endpoint.local.port}`, { mode: 'nosec' }, 'tcp-ep');
    expect(r.query).toContain('b=T');
    expect(session.client.diagnostics()).toMatch(/registering with b=T/);
    expect(endpoint.peers()).toHaveLength(1);
    await session.client.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(endpoint.peers()).toHaveLength(0);
  });

  it('coaps+tcp with certificates: the server certificate must chain to /0/0/4 and name the host', async () => {
    const pki = testPki();
    const endpoint = await createTcpServerEndpoint({ tls: { cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert, requestCert: true } });
    const security = { mode: 'certificate', certPem: pki.client.cert, keyPem: pki.client.key, serverCertPem: pki.ca.cert, usage: 2 } as const;
    const r = await registerAndRead(endpoint, `coaps+tcp://${SERVER_NAME}:${endpoint.local.port}`, security, CLIENT_NAME);
    expect(r.query).toContain('b=T');
  });

  it('coaps+tcp with TLS-PSK (ETS int-406)', async () => {
    const endpoint = await createTcpServerEndpoint({ tls: { pskCallback: (id) => (id === 'tls-psk-ep' ? KEY : undefined) } });
    const r = await registerAndRead(endpoint, `coaps+tcp://127.0.0.1:${endpoint.local.port}`, { mode: 'psk', identity: 'tls-psk-ep', key: KEY }, 'tls-psk-ep');
    expect(r.query).toContain('b=T');
  });
});
