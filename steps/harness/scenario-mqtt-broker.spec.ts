/** The scenario broker's CONNECT evidence (scenario-mqtt-broker.ts) against a real mosquitto with TLS-PSK and passwords. */
import { createMqttLwm2mEndpoint, hasMosquitto } from '../../targets/reference/transport/mqtt';
import { waitFor } from '../../targets/reference/transport/coap-udp/spec-support';
import { brokerAccounts, parseConnects, parsePackets, serverConnection, startScenarioBroker, tlsFailures, type ScenarioBroker } from './scenario-mqtt-broker';

describe('parseConnects', () => {
  it("reads mosquitto 2.0's accepted-CONNECT lines, with and without a user", () => {
    const log = [
      '1795571893: New connection from 127.0.0.1:45914 on port 37373.',
      "1795571893: New client connected from 127.0.0.1:45914 as dev-1 (p2, c1, k30, u'device').",
      '1795571894: New client connected from 127.0.0.1:45915 as anon (p5, c0, k60).',
      '1795571895: OpenSSL Error[1]: error:0A000119:SSL routines::decryption failed or bad record mac',
    ].join('\n');
    expect(parseConnects(log)).toEqual([
      { clientId: 'dev-1', protocolLevel: 2, cleanSession: true, keepAliveS: 30, username: 'device' },
      { clientId: 'anon', protocolLevel: 5, cleanSession: false, keepAliveS: 60 },
    ]);
  });

  it('finds nothing in a log without accepted CONNECTs', () => {
    expect(parseConnects('1795571893: Client <unknown> disconnected: Protocol error.')).toEqual([]);
  });
});

describe('parsePackets', () => {
  it("reads the control packets of mosquitto 2.0.11's log_type all output (MQTT.js 3.1.1 and 5 clients)", () => {
    // Captured from /usr/sbin/mosquitto 2.0.11 with `log_type all`; the filter line starts with a tab.
    const log = [
      '1795572457: New connection from 127.0.0.1:42622 on port 18839.',
      "1795572457: New client connected from 127.0.0.1:42622 as dev-1 (p2, c1, k30, u'device').",
      '1795572457: No will message specified.',
      '1795572457: Sending CONNACK to dev-1 (0, 0)',
      '1795572457: Received SUBSCRIBE from dev-1',
      '1795572457: \tlwm2m/bs/ep (QoS 1)',
      '1795572457: dev-1 1 lwm2m/bs/ep',
      '1795572457: Sending SUBACK to dev-1',
      "1795572457: Received PUBLISH from dev-1 (d0, q1, r0, m64957, 'lwm2m/bs/ep/x', ... (2 bytes))",
      '1795572457: Sending PUBACK to dev-1 (m64957, rc0)',
      "1795572457: Received PUBLISH from v5 (d0, q1, r0, m47326, 't', ... (1 bytes))",
      "1795572457: Sending PUBLISH to v5 (d0, q0, r0, m0, 't', ... (1 bytes))",
      '1795572457: Sending PUBACK to v5 (m47326, rc0)',
      '1795572457: Sending CONNACK to intruder (0, 5)',
      '1795572457: Received DISCONNECT from dev-1',
    ].join('\n');
    expect(parsePackets(log)).toEqual([
      { type: 'CONNACK', clientId: 'dev-1', sessionPresent: false, returnCode: 0 },
      { type: 'SUBSCRIBE', clientId: 'dev-1', topics: [{ filter: 'lwm2m/bs/ep', qos: 1 }] },
      { type: 'SUBACK', clientId: 'dev-1' },
      { type: 'PUBLISH', clientId: 'dev-1', qos: 1, messageId: 64957, topic: 'lwm2m/bs/ep/x' },
      { type: 'PUBACK', clientId: 'dev-1', messageId: 64957, reasonCode: 0 },
      { type: 'PUBLISH', clientId: 'v5', qos: 1, messageId: 47326, topic: 't' },
      { type: 'PUBACK', clientId: 'v5', messageId: 47326, reasonCode: 0 },
      { type: 'CONNACK', clientId: 'intruder', sessionPresent: false, returnCode: 5 },
    ]);
  });
});

describe('tlsFailures', () => {
  it("keeps OpenSSL errors and failed connections, not the launcher's probe EOF", () => {
    const log = [
      '1: Client connection from 127.0.0.1 failed: error:0A000126:SSL routines::unexpected eof while reading.',
      '2: OpenSSL Error[0]: error:0A000126:SSL routines::unexpected eof while reading',
      '3: Client connection from 127.0.0.1 failed: error:0A000418:SSL routines::tlsv1 alert unknown ca.',
      "4: New client connected from 127.0.0.1:1 as x (p2, c1, k60, u'u').",
    ].join('\n');
    expect(tlsFailures(log).map((l) => l[0])).toEqual(['2', '3']);
  });
});

describe('brokerAccounts', () => {
  it('gives every label distinct PSK identities, users and a printable password', () => {
    const accounts = brokerAccounts(['bootstrap', 'server'], 30);
    const [a, b] = [accounts.get('bootstrap')!, accounts.get('server')!];
    expect(new Set([a.client.psk.identity, a.server.psk.identity, b.client.psk.identity, b.server.psk.identity]).size).toBe(4);
    expect(a.client.mqtt.username).not.toBe(b.client.mqtt.username);
    expect(a.client.mqtt.password!.toString('utf8')).toMatch(/^[0-9a-f]{24}$/);
    expect(a.client.mqtt.keepAliveS).toBe(30);
  });
});

(hasMosquitto() ? describe : describe.skip)('a scenario broker (mosquitto, TLS-PSK, passwords)', () => {
  let scenario: ScenarioBroker | undefined;
  afterEach(async () => {
    await scenario?.broker.stop();
    scenario = undefined;
  });

  it("accepts a server's CONNECT with its PSK and user, and logs it", async () => {
    scenario = await startScenarioBroker(brokerAccounts(['server'], 30));
    const c = serverConnection(scenario, 'server');
    const endpoint = await createMqttLwm2mEndpoint({ role: 'server', brokerUrl: c.url, protocolVersion: 4, tls: c.tls, username: c.username, password: c.password, timeoutMs: 3000 });
    try {
      // mosquitto logs the CONNECT on stderr; the pipe may deliver it after the CONNACK reached us.
      for (let i = 0; i < 50 && scenario.connects().length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(scenario.connects()).toEqual([expect.objectContaining({ clientId: endpoint.clientId, username: c.username })]);
      // log_type all: the CONNACK, and the SUBSCRIBE of lwm2m/rd/# (TS-Transport 1.2 §8.2) with its SUBACK.
      for (let i = 0; i < 50 && !scenario.packets().some((p) => p.type === 'SUBACK'); i++) await new Promise((r) => setTimeout(r, 20));
      const mine = scenario.packets().filter((p) => p.clientId === endpoint.clientId);
      expect(mine).toEqual(expect.arrayContaining([{ type: 'CONNACK', clientId: endpoint.clientId, sessionPresent: false, returnCode: 0 }, { type: 'SUBACK', clientId: endpoint.clientId }]));
      expect(mine.find((p) => p.type === 'SUBSCRIBE')).toEqual(expect.objectContaining({ topics: [expect.objectContaining({ filter: expect.stringMatching(/lwm2m\/rd\/#$/) })] }));
    } finally {
      await endpoint.close();
    }
  });

  it('refuses a wrong password (no accepted CONNECT)', async () => {
    scenario = await startScenarioBroker(brokerAccounts(['server'], 30));
    const c = serverConnection(scenario, 'server');
    await expect(createMqttLwm2mEndpoint({ role: 'server', brokerUrl: c.url, protocolVersion: 4, tls: c.tls, username: c.username, password: 'wrong', timeoutMs: 3000, reconnectPeriodMs: 0 })).rejects.toThrow();
    // mosquitto answers a wrong password with CONNACK 5 (not authorised, MQTT 3.1.1 §3.2.2.3); its log
    // line can land after the client has seen the refusal, so wait for it (bounded).
    const connacks = () => scenario!.packets().filter((p) => p.type === 'CONNACK');
    await waitFor(() => connacks().length > 0, 2000, "mosquitto's CONNACK log line");
    expect(scenario.connects()).toEqual([]);
    expect(connacks()).toEqual([expect.objectContaining({ returnCode: 5 })]);
  });

  it('names a label it has no account for', async () => {
    scenario = await startScenarioBroker(brokerAccounts(['server'], 30));
    expect(() => serverConnection(scenario!, 'bootstrap')).toThrow(/no account for server "bootstrap"/);
  });
});
