/**
 * The broken target's security faults (client/faults.ts, channel-faults.ts) do what they claim and
 * no more: skipServerNameCheck takes server-fail.example.com (ETS int-403's case) yet still refuses a
 * certificate from another CA; trustAnyCertificate takes a rogue-CA or expired certificate over coaps
 * and coaps+tcp, and a rogue-CA broker certificate over mqtts (TS-Transport 1.2 §8.1); answerAnyPeer answers a stranger (TS-Transport §6.4) — which the reference client,
 * without faults, ignores.
 */
import { createTcpServerEndpoint } from '../../../transport/coap-tcp';
import { createUdpEndpoint } from '../../../transport/coap-udp/endpoint';
import type { CoapEndpoint } from '../../../transport/coap-udp/types';
import { createDtlsServerEndpoint } from '../../../transport/dtls';
import { CLIENT_NAME, SERVER_NAME, testPki, WRONG_SERVER_NAME } from '../../../transport/dtls/test-pki';
import { createMqttLwm2mEndpoint } from '../../../transport/mqtt';
import { hasMosquitto, startMosquitto, type MosquittoBroker } from '../../../transport/mqtt/mosquitto';
import type { ClientFaults } from '../faults';
import { ReferenceLwm2mClient } from '../reference-client';
import { eventually, minimalServer, securedC1 } from './spec-support';

const TIME_SCALE = 0.02;
const HOSTS = { [SERVER_NAME]: '127.0.0.1', [WRONG_SERVER_NAME]: '127.0.0.1' };
const RETRY = { 16: false, 17: 3, 18: 2 };

describe('reference client faults for the broken target', () => {
  const pki = testPki();
  let client: ReferenceLwm2mClient | undefined;
  const closing: CoapEndpoint[] = [];
  let broker: MosquittoBroker | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    await Promise.all(closing.splice(0).map((e) => e.close()));
    await broker?.stop();
    broker = undefined;
  });

  /** C.1 with a Certificate account whose /0/0/4 is the test CA (usage 0), at `uri`. */
  async function start(faults: ClientFaults, endpoint: CoapEndpoint, uri: string) {
    closing.push(endpoint);
    const server = minimalServer(endpoint);
    client = new ReferenceLwm2mClient(faults);
    const security = { mode: 'certificate', certPem: pki.client.cert, keyPem: pki.client.key, serverCertPem: pki.ca.cert, usage: 0 } as const;
    await client.start({ endpoint: CLIENT_NAME, serverUri: uri, configuration: securedC1(uri, security, RETRY), timeScale: TIME_SCALE, hosts: HOSTS });
    return server;
  }

  const dtlsServer = (leaf: { cert: string; key: string }) => createDtlsServerEndpoint({ cert: leaf.cert, key: leaf.key, timeScale: TIME_SCALE });

  it('skipServerNameCheck: coaps registers at server-fail.example.com with a certificate for server.example.com', async () => {
    const endpoint = await dtlsServer(pki.server);
    const server = await start({ skipServerNameCheck: true }, endpoint, `coaps://${WRONG_SERVER_NAME}:${endpoint.local.port}`);
    await expect(server.registered(5000)).resolves.toBeDefined();
  });

  it('skipServerNameCheck: the chain is still checked — a rogue-CA certificate is refused', async () => {
    const endpoint = await dtlsServer(pki.rogueServer);
    const server = await start({ skipServerNameCheck: true }, endpoint, `coaps://${SERVER_NAME}:${endpoint.local.port}`);
    expect(await eventually(() => /DTLS handshake .* failed: .*certificate verify failed/.test(client!.diagnostics()), 5000)).toBe(true);
    expect(server.registrations).toHaveLength(0);
  });

  it('trustAnyCertificate: coaps registers with a rogue-CA certificate', async () => {
    const endpoint = await dtlsServer(pki.rogueServer);
    const server = await start({ trustAnyCertificate: true }, endpoint, `coaps://${SERVER_NAME}:${endpoint.local.port}`);
    await expect(server.registered(5000)).resolves.toBeDefined();
  });

  it('trustAnyCertificate: coaps+tcp registers with an expired certificate', async () => {
    const endpoint = await createTcpServerEndpoint({ tls: { cert: pki.expiredServer.cert, key: pki.expiredServer.key } });
    const server = await start({ trustAnyCertificate: true }, endpoint, `coaps+tcp://${SERVER_NAME}:${endpoint.local.port}`);
    await expect(server.registered(5000)).resolves.toBeDefined();
  });

  (hasMosquitto() ? it : it.skip)('trustAnyCertificate: mqtts registers through a broker with a rogue-CA certificate', async () => {
    broker = await startMosquitto({ protocol: 4, tls: { cert: pki.rogueServer.cert, key: pki.rogueServer.key } });
    const endpoint = await createMqttLwm2mEndpoint({ role: 'server', brokerUrl: broker.url, protocolVersion: 4, tls: { ca: pki.rogueCa.cert, servername: SERVER_NAME }, timeoutMs: 3000 });
    const server = await start({ trustAnyCertificate: true }, endpoint, `mqtts://${SERVER_NAME}:${broker.port}`);
    await expect(server.registered(5000)).resolves.toBeDefined();
  });

  it.each([
    ['the reference client ignores', {}, false],
    ['answerAnyPeer answers', { answerAnyPeer: true }, true],
  ] as const)('a GET from a host that is not its server: %s it', async (_what, faults, answered) => {
    const endpoint = await createUdpEndpoint({ address: '127.0.0.1', port: 0, timeScale: TIME_SCALE });
    closing.push(endpoint);
    const server = minimalServer(endpoint);
    client = new ReferenceLwm2mClient(faults);
    const uri = `coap://127.0.0.1:${endpoint.local.port}`;
    await client.start({ endpoint: CLIENT_NAME, serverUri: uri, configuration: securedC1(uri, { mode: 'nosec' }), timeScale: TIME_SCALE });
    const { peer } = await server.registered(5000);
    const stranger = await createUdpEndpoint({ address: '127.0.0.1', port: 0, timeScale: TIME_SCALE });
    closing.push(stranger);
    const reply = stranger.request(peer, { method: 'GET', path: '/3/0/0', accept: 0 }, { timeoutMs: 1000 }).then((r) => r.code, () => 'no answer');
    await expect(reply).resolves.toBe(answered ? '2.05' : 'no answer');
  });
});
