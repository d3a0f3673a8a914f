/**
 * `mqtts://` accounts (TS-Transport 1.2 §8.1: TLS between the LwM2M Client and the MQTT broker) with
 * the account's security values (TS-Core App. E.1): Security Mode 0 → TLS 1.2 PSK (/0/x/3 identity,
 * /0/x/5 key), Security Mode 2 → certificates with /0/x/4 as the trust anchor (Certificate Usage 2)
 * and the URI host checked against the broker's certificate (RFC 6125), or Usage 3. mosquitto TLS listeners made
 * on the fly (psk_file; certfile/keyfile/cafile + require_certificate) with the test PKI. Refusals:
 * a wrong PSK, a host name the certificate does not carry, a certificate other than the pinned one
 * (Certificate Usage 3, /0/x/4 = the broker's own certificate, RFC 6698 §2.1.1).
 */
import type { ClientConfiguration } from '../../../../roles/lwm2m-client';
import { CLIENT_NAME, SERVER_NAME, testPki, WRONG_SERVER_NAME } from '../../../transport/dtls/test-pki';
import { createMqttLwm2mEndpoint, startMosquitto, type MosquittoBroker, type MosquittoTls, type MqttLwm2mEndpoint, type MqttTlsOptions } from '../../../transport/mqtt';
import { BROKERS, itFor } from '../../../transport/mqtt/spec-support';
import { ReferenceLwm2mClient } from '../reference-client';
import { eventually, minimalServer, securedC1, type ProvisionedSecurity } from './spec-support';

const TIME_SCALE = 0.02;
const RETRY = { 16: false, 17: 3, 18: 2 };
const HOSTS = { [SERVER_NAME]: '127.0.0.1', [WRONG_SERVER_NAME]: '127.0.0.1' };
const DEVICE_KEY = Buffer.from('mqtts-device-psk-key-0001');
const SERVER_KEY = Buffer.from('mqtts-server-psk-key-0001');
const mosquitto = BROKERS.find((b) => b.mosquitto && b.protocolVersion === 4)!;

describe('reference client: mqtts:// accounts (TLS to the broker)', () => {
  const pki = testPki();
  let client: ReferenceLwm2mClient;
  let broker: MosquittoBroker | undefined;
  const endpoints: MqttLwm2mEndpoint[] = [];
  beforeEach(() => (client = new ReferenceLwm2mClient()));
  afterEach(async () => {
    await client.stop();
    await Promise.all(endpoints.splice(0).map((e) => e.close()));
    await broker?.stop();
    broker = undefined;
  });

  async function brokerAndServer(tls: MosquittoTls, serverTls: MqttTlsOptions) {
    broker = await startMosquitto({ protocol: 4, tls });
    const endpoint = await createMqttLwm2mEndpoint({ role: 'server', brokerUrl: broker.url, protocolVersion: 4, tls: serverTls, timeoutMs: 3000 });
    endpoints.push(endpoint);
    return minimalServer(endpoint);
  }

  const start = (uri: string, security: ProvisionedSecurity): Promise<void> =>
    client.start({ endpoint: CLIENT_NAME, serverUri: uri, configuration: securedC1(uri, security, RETRY) as ClientConfiguration, timeScale: TIME_SCALE, hosts: HOSTS });

  const pskBroker = () => brokerAndServer({ psk: { [CLIENT_NAME]: DEVICE_KEY, 'dm-server': SERVER_KEY } }, { psk: { identity: 'dm-server', key: SERVER_KEY } });
  const certBroker = () =>
    brokerAndServer(
      { cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert, requireCertificate: true },
      { ca: pki.ca.cert, cert: pki.client.cert, key: pki.client.key, servername: SERVER_NAME },
    );
  const certificate = (usage: 2 | 3): ProvisionedSecurity & { mode: 'certificate' } => ({ mode: 'certificate', certPem: pki.client.cert, keyPem: pki.client.key, serverCertPem: pki.ca.cert, usage });

  itFor(mosquitto)('PSK (Security Mode 0): registers with b=M over TLS-PSK and answers a Read', async () => {
    const server = await pskBroker();
    await start(`mqtts://127.0.0.1:${broker!.port}`, { mode: 'psk', identity: CLIENT_NAME, key: DEVICE_KEY });
    const registration = await server.registered(5000);
    expect(registration.query).toEqual(expect.arrayContaining([`ep=${CLIENT_NAME}`, 'b=M', 'lwm2m=1.2']));
    expect(await server.readText(registration.peer, '/3/0/0')).toEqual({ code: '2.05', text: 'Open Mobile Alliance' });
  });

  itFor(mosquitto)('PSK with a wrong key: the TLS handshake fails, no Register', async () => {
    const server = await pskBroker();
    await start(`mqtts://127.0.0.1:${broker!.port}`, { mode: 'psk', identity: CLIENT_NAME, key: Buffer.from('not-the-key-at-all-000000') });
    expect(await eventually(() => /CONNECT failed/.test(client.diagnostics()), 5000)).toBe(true);
    expect(server.registrations).toHaveLength(0);
  });

  itFor(mosquitto)('certificates (Security Mode 2, usage 2): client certificate to the broker, broker certificate chained to /0/x/4 and named as the URI host', async () => {
    const server = await certBroker();
    await start(`mqtts://${SERVER_NAME}:${broker!.port}`, certificate(2));
    const registration = await server.registered(5000);
    expect(registration.query).toEqual(expect.arrayContaining([`ep=${CLIENT_NAME}`, 'b=M']));
    expect(await server.readText(registration.peer, '/3/0/0')).toEqual({ code: '2.05', text: 'Open Mobile Alliance' });
  });

  itFor(mosquitto)('certificates: a URI host the broker certificate does not name is refused (RFC 6125)', async () => {
    const server = await certBroker();
    await start(`mqtts://${WRONG_SERVER_NAME}:${broker!.port}`, certificate(2));
    expect(await eventually(() => /CONNECT failed.*(altnames|Hostname)/i.test(client.diagnostics()), 5000)).toBe(true);
    expect(server.registrations).toHaveLength(0);
  });

  itFor(mosquitto)('certificates with Certificate Usage 3: /0/x/4 is the broker certificate itself, accepted exactly (any host name, no CA)', async () => {
    const server = await certBroker();
    await start(`mqtts://${WRONG_SERVER_NAME}:${broker!.port}`, { ...certificate(3), serverCertPem: pki.server.cert });
    const registration = await server.registered(5000);
    expect(await server.readText(registration.peer, '/3/0/0')).toEqual({ code: '2.05', text: 'Open Mobile Alliance' });
  });

  itFor(mosquitto)('certificates with Certificate Usage 3: another certificate from the same CA is refused before CONNECT', async () => {
    const server = await certBroker();
    await start(`mqtts://${SERVER_NAME}:${broker!.port}`, { ...certificate(3), serverCertPem: pki.expiredServer.cert });
    expect(await eventually(() => /CONNECT failed.*not the pinned certificate/.test(client.diagnostics()), 5000)).toBe(true);
    expect(server.registrations).toHaveLength(0);
    // No CONNECT went out on the refused connection: the scripted server is the broker's only MQTT client.
    expect(broker!.log().match(/New client connected/g)).toHaveLength(1);
  });
});
