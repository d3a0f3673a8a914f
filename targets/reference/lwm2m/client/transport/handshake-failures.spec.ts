/**
 * A failed handshake is a failed registration attempt (TS-Core 1.1 §6.2.1.1): nothing registers, the
 * diagnostics name the DTLS/TLS cause, and the client tries again after the Communication Retry Timer
 * (/1/0/18). Wrong PSK (ETS int-401 negative), a certificate for another host name (int-403:
 * server-fail.example.com), an untrusted CA, a server that goes silent mid-handshake; RPK is refused
 * outright. Every wait is bounded.
 */
import { createSocket, type Socket } from 'node:dgram';
import { createTcpServerEndpoint } from '../../../transport/coap-tcp';
import type { CoapEndpoint } from '../../../transport/coap-udp/types';
import { createDtlsServerEndpoint } from '../../../transport/dtls';
import { SERVER_NAME, testPki, WRONG_SERVER_NAME } from '../../../transport/dtls/test-pki';
import { ReferenceLwm2mClient } from '../reference-client';
import { eventually, minimalServer, securedC1, type ProvisionedSecurity } from './spec-support';

const TIME_SCALE = 0.02; // handshake bound 30 s → 600 ms; retry timer 2 s → 40 ms
const KEY = Buffer.from('0123456789abcdef');
const HOSTS = { [SERVER_NAME]: '127.0.0.1', [WRONG_SERVER_NAME]: '127.0.0.1' };
/** /1/0/17 Communication Retry Count 3, /1/0/18 Retry Timer 2 s, /1/0/16 no bootstrap fallback. */
const RETRY = { 16: false, 17: 3, 18: 2 };

describe('reference client: failed handshakes are failed registration attempts', () => {
  let client: ReferenceLwm2mClient;
  const closing: { close(): Promise<void> | void }[] = [];
  beforeEach(() => (client = new ReferenceLwm2mClient()));
  afterEach(async () => {
    await client.stop();
    await Promise.all(closing.splice(0).map((e) => e.close()));
  });

  async function refused(endpoint: CoapEndpoint, uri: string, security: ProvisionedSecurity, cause: RegExp) {
    closing.push(endpoint);
    const server = minimalServer(endpoint);
    await client.start({ endpoint: 'neg-ep', serverUri: uri, configuration: securedC1(uri, security, RETRY), timeScale: TIME_SCALE, hosts: HOSTS });
    expect(await eventually(() => cause.test(client.diagnostics()), 5000)).toBe(true);
    // ... and tries again (attempt 2 of 3) after the retry timer, still refused
    expect(await eventually(() => /attempt 2\/3/.test(client.diagnostics()), 5000)).toBe(true);
    expect(server.registrations).toHaveLength(0);
  }

  it('wrong PSK: no registration, the log names the handshake failure, and it retries', async () => {
    const endpoint = await createDtlsServerEndpoint({ psk: () => Buffer.from('another-key-0000'), timeScale: TIME_SCALE });
    await refused(endpoint, `coaps://127.0.0.1:${endpoint.local.port}`, { mode: 'psk', identity: 'neg-ep', key: KEY }, /POST \/rd: DTLS handshake with 127\.0\.0\.1:\d+ (failed|timed out).*(decrypt|wrong PSK|bad record mac)/i);
  });

  it('a server certificate for another host (server-fail.example.com, ETS int-403) is refused', async () => {
    const pki = testPki();
    const endpoint = await createDtlsServerEndpoint({ cert: pki.server.cert, key: pki.server.key, timeScale: TIME_SCALE });
    const security = { mode: 'certificate', certPem: pki.client.cert, keyPem: pki.client.key, serverCertPem: pki.ca.cert, usage: 2 } as const;
    await refused(endpoint, `coaps://${WRONG_SERVER_NAME}:${endpoint.local.port}`, security, /POST \/rd: DTLS handshake .* failed: .*certificate verify failed: hostname mismatch/);
  });

  it('a server certificate from an untrusted CA is refused (coaps and coaps+tcp)', async () => {
    const pki = testPki();
    const security = { mode: 'certificate', certPem: pki.client.cert, keyPem: pki.client.key, serverCertPem: pki.ca.cert, usage: 2 } as const;
    const dtls = await createDtlsServerEndpoint({ cert: pki.rogueServer.cert, key: pki.rogueServer.key, timeScale: TIME_SCALE });
    await refused(dtls, `coaps://${SERVER_NAME}:${dtls.local.port}`, security, /POST \/rd: DTLS handshake .* failed: .*certificate verify failed: unable to get local issuer certificate/);
    await client.stop();
    client = new ReferenceLwm2mClient();
    const tls = await createTcpServerEndpoint({ tls: { cert: pki.rogueServer.cert, key: pki.rogueServer.key } });
    await refused(tls, `coaps+tcp://${SERVER_NAME}:${tls.local.port}`, security, /POST \/rd: cannot connect to coaps\+tcp:.*(self.signed|unable to (get|verify))/i);
  });

  it('a server that goes silent mid-handshake: the attempt fails within the handshake bound, a new one follows, stop() is prompt', async () => {
    const silent: Socket = createSocket('udp4');
    await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
    closing.push({ close: () => new Promise<void>((resolve) => silent.close(() => resolve())) });
    const attempts = new Set<number>(); // each attempt makes its association from a fresh socket
    silent.on('message', (_datagram, rinfo) => attempts.add(rinfo.port));
    const uri = `coaps://127.0.0.1:${silent.address().port}`;
    const started = Date.now();
    await client.start({ endpoint: 'neg-ep', serverUri: uri, configuration: securedC1(uri, { mode: 'psk', identity: 'neg-ep', key: KEY }, RETRY), timeScale: TIME_SCALE });
    expect(await eventually(() => /DTLS handshake with .* timed out after 600 ms/.test(client.diagnostics()), 5000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(600 + 1500);
    expect(await eventually(() => attempts.size >= 2, 5000)).toBe(true);
    // stop() does not wait out a handshake in progress (its socket closes when the handshake ends)
    const stopping = Date.now();
    await client.stop();
    expect(Date.now() - stopping).toBeLessThan(300);
  });

  it('an RPK account is not used, and the log says why', async () => {
    const configuration = securedC1('coaps://127.0.0.1:5684', { mode: 'nosec' });
    configuration.instances[0].resources[2] = 1;
    await client.start({ endpoint: 'neg-ep', serverUri: 'coaps://127.0.0.1:5684', configuration, timeScale: TIME_SCALE });
    expect(await eventually(() => /RPK is not offered: OpenSSL 3\.0 lacks RFC 7250/.test(client.diagnostics()), 2000)).toBe(true);
  });
});
