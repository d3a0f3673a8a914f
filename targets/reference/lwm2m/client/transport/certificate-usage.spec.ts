/**
 * Certificate Usage 1 and 3 (/0/x/15; TS-Core App. E.1, RFC 6698 §2.1.1): /0/x/4 is the server's own
 * certificate and the client accepts exactly it — here a CA-issued one, provisioned without its CA and
 * reached under a host name the certificate does not carry (usage 3 checks no name) — over coaps and
 * coaps+tcp. Another certificate from the same CA is refused: no Register, the log says why.
 */
import { createTcpServerEndpoint } from '../../../transport/coap-tcp';
import type { CoapEndpoint } from '../../../transport/coap-udp/types';
import { createDtlsServerEndpoint } from '../../../transport/dtls';
import { CLIENT_NAME, testPki, WRONG_SERVER_NAME } from '../../../transport/dtls/test-pki';
import { eventually, minimalServer, securedC1, useReferenceClient } from './spec-support';

const TIME_SCALE = 0.02;
const HOSTS = { [WRONG_SERVER_NAME]: '127.0.0.1' };
const RETRY = { 16: false, 17: 3, 18: 2 };

describe('reference client: Certificate Usage 1/3 pins /0/x/4 exactly', () => {
  const pki = testPki();
  const session = useReferenceClient();

  const pinned = (usage: 1 | 3) => ({ mode: 'certificate', certPem: pki.client.cert, keyPem: pki.client.key, serverCertPem: pki.server.cert, usage }) as const;

  async function registersAndAnswers(endpoint: CoapEndpoint, uri: string, usage: 1 | 3) {
    session.closing.push(endpoint);
    const server = minimalServer(endpoint);
    await session.client.start({ endpoint: CLIENT_NAME, serverUri: uri, configuration: securedC1(uri, pinned(usage), RETRY), timeScale: TIME_SCALE, hosts: HOSTS });
    const registration = await server.registered(5000);
    expect(await server.readText(registration.peer, '/3/0/0')).toEqual({ code: '2.05', text: 'Open Mobile Alliance' });
  }

  async function refused(endpoint: CoapEndpoint, uri: string, cause: RegExp) {
    session.closing.push(endpoint);
    const server = minimalServer(endpoint);
    await session.client.start({ endpoint: CLIENT_NAME, serverUri: uri, configuration: securedC1(uri, pinned(3), RETRY), timeScale: TIME_SCALE, hosts: HOSTS });
    expect(await eventually(() => cause.test(session.client.diagnostics()), 5000)).toBe(true);
    expect(server.registrations).toHaveLength(0);
  }

  it('coaps, usage 3: the pinned CA-issued certificate is accepted under any host name', async () => {
    const endpoint = await createDtlsServerEndpoint({ cert: pki.server.cert, key: pki.server.key, timeScale: TIME_SCALE });
    await registersAndAnswers(endpoint, `coaps://${WRONG_SERVER_NAME}:${endpoint.local.port}`, 3);
  });

  it('coaps+tcp, usage 1: the pinned CA-issued certificate is accepted', async () => {
    const endpoint = await createTcpServerEndpoint({ tls: { cert: pki.server.cert, key: pki.server.key } });
    await registersAndAnswers(endpoint, `coaps+tcp://${WRONG_SERVER_NAME}:${endpoint.local.port}`, 1);
  });

  it('coaps: another certificate from the same CA is refused (certificate rejected)', async () => {
    const endpoint = await createDtlsServerEndpoint({ cert: pki.client.cert, key: pki.client.key, timeScale: TIME_SCALE });
    await refused(endpoint, `coaps://127.0.0.1:${endpoint.local.port}`, /POST \/rd: DTLS handshake .* failed: .*certificate verify failed: certificate rejected/);
  });

  it('coaps+tcp: another certificate from the same CA is refused (not the pinned certificate)', async () => {
    const endpoint = await createTcpServerEndpoint({ tls: { cert: pki.client.cert, key: pki.client.key } });
    await refused(endpoint, `coaps+tcp://127.0.0.1:${endpoint.local.port}`, /POST \/rd: cannot connect to coaps\+tcp:.*not the pinned certificate/);
  });
});
