/**
 * LwM2M over MQTT with a secured broker (ETS 1.2 int-19, configurations C.25/C.26; TS-Transport 1.2
 * §8; TS-Core 1.2 App. E.1 /0/x/26 → /24 MQTT Server, /0/x/27 → /23 LwM2M COSE): the scenario runs its
 * own mosquitto broker with a TLS-PSK (or certificate) listener and a password file, whatever the run's
 * `--transport` or broker. Each account of the Client reaches it with the PSK of its Security instance
 * (/0/x/3, /0/x/5; or its certificate after checking the broker's against /0/x/4) and the Client
 * Identifier, User Name and Password of its /24 instance; the suite's
 * Bootstrap-Server and Server are MQTT clients of their own. The broker's log (`log_type all`) shows
 * which CONNECTs it accepted and the CONNACK, SUBACK and PUBACK it sent each client (MQTT 3.1.1 §3.2,
 * §3.9, §3.4), and why it refused a TLS handshake.
 */
import { randomBytes } from 'node:crypto';
import { Given, Then, When } from '@cucumber/cucumber';
import { clientUnderTest, serverOf, sleep } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import { certificateSecurity, type HarnessSecurity } from '../harness/harness-security';
import { scenarioTransport } from '../harness/scenario-transport';
import { brokerAccounts, serverConnection, startScenarioBroker, tlsFailures, type BrokerConnect, type BrokerPacket, type BrokerTls, type ScenarioBroker } from '../harness/scenario-mqtt-broker';
import { SERVER_NAME, testPki } from '../../targets/reference/transport/dtls/test-pki';
import { CriterionFailed } from '../support/verdict';
import { scenarioState, type TestfestWorld } from '../support/world';
import { bootstrapWrite, recordsOf, serverAccountOf } from './bootstrap-harness';
import { SECURITY_SECTION } from './security-state';

const POLL_MS = 50;
/** /24/x/5 Keep Alive of every account (seconds; MQTT 3.1.1 §3.1.2.10). */
const KEEP_ALIVE_S = 30;
/** The servers the scenario's broker has accounts for: the Bootstrap-Server and the main Server. */
const LABELS = ['bootstrap', 'server'] as const;
/** The /23 the suite writes (C.26's values are not in the material we read): AES-CCM-16-64-128 (RFC 8152 Table 10, 10), a 128-bit key (/23/x/2 is a String). */
const COSE = { kid: 'testfest-cose-1', aeadAlgorithm: 10 };

interface MqttScenario {
  broker?: ScenarioBroker;
  /** A broken account: the Client's key for server `label` is not the broker's. */
  wrongKey?: { label: string; key: Buffer };
}

const mqttScenario = (world: TestfestWorld) => scenarioState<MqttScenario>(world, 'lwm2m:mqtt-broker', () => ({}));

function scenarioBroker(world: TestfestWorld): ScenarioBroker {
  const broker = mqttScenario(world).broker;
  if (!broker) throw new Error("step order: the scenario's broker was not started (\"Given the suite's servers are reached over mqtts …\")");
  return broker;
}

/** The client's credentials for server `label` at the broker: its PSK, or the test PKI's client certificate and the CA that should sign the broker's. */
function clientCredentials(state: MqttScenario, scenario: ScenarioBroker, label: string): Pick<HarnessSecurity, 'client' | 'host'> {
  const account = scenario.accounts.get(label)!;
  if (scenario.tls.mode === 'x509') {
    const { client, host } = certificateSecurity('mqtt', { serverCertificate: scenario.tls.presented });
    return { client, host };
  }
  const key = state.wrongKey?.label === label ? state.wrongKey.key : account.client.psk.key;
  return { client: { mode: 'psk', identity: account.client.psk.identity, key } };
}

/**
 * The scenario's broker and every server's security (`securityOf`): labels `bootstrap` and `server`;
 * the Server Account also links a /23 COSE instance (C.26), the Bootstrap-Server Account only /24.
 */
async function startBroker(world: TestfestWorld, tls: BrokerTls, what: string): Promise<void> {
  const state = mqttScenario(world);
  const scenario = (state.broker = await startScenarioBroker(brokerAccounts(LABELS, KEEP_ALIVE_S), tls));
  world.teardown.add("stop the scenario's mosquitto broker", async () => {
    world.evidence.line('broker-log', scenario.broker.log());
    await scenario.broker.stop();
  });
  const st = scenarioTransport(world);
  st.transport = 'mqtt';
  st.securityOf = (label): HarnessSecurity => {
    const account = scenario.accounts.get(label);
    if (!account) throw new Error(`feature error: the scenario's broker has no account for server "${label}"`);
    const cose = label === 'bootstrap' ? {} : { cose: { ...COSE, key: randomBytes(16).toString('hex') } };
    return {
      transport: 'mqtt',
      listener: { mode: 'nosec' },
      ...clientCredentials(state, scenario, label),
      mqtt: { connection: serverConnection(scenario, label), account: { server: account.client.mqtt, ...cose } },
    };
  };
  world.evidence.line(SECURITY_SECTION, `servers reached over mqtts at ${scenario.broker.url}: mosquitto, ${what}, password file; one Client Identifier, User Name and Password per account (/0/x/26 → /24)`);
}

Given("the suite's servers are reached over mqtts through a mosquitto broker with a PSK and a User Name per account", async function (this: TestfestWorld) {
  await startBroker(this, { mode: 'psk' }, 'TLS 1.2 PSK listener (one PSK per account)');
});

/**
 * Certificates (/0/x/2 = 2, /0/x/15 = 0: /0/x/4 is the CA that must sign the broker's certificate,
 * which must name server.example.com, RFC 6125). "from a CA the Client does not trust": the broker
 * presents the test PKI's rogue-CA server.example.com (RFC 5280 §6 path validation fails).
 */
Given(
  /^the suite's servers are reached over mqtts through a mosquitto broker with a certificate for server\.example\.com( from a CA the Client does not trust)?$/,
  async function (this: TestfestWorld, rogue: string | undefined) {
    const pki = testPki();
    const presented = rogue ? pki.rogueServer : pki.server;
    await startBroker(this, { mode: 'x509', presented, suiteCa: rogue ? pki.rogueCa.cert : pki.ca.cert, name: SERVER_NAME }, `certificate listener for ${SERVER_NAME} signed by the ${rogue ? 'rogue' : 'test'} CA`);
    if (rogue) this.evidence.line(SECURITY_SECTION, "expected: the Client's /0/x/4 names the test CA; the broker's certificate does not chain to it, the Client aborts the TLS handshake: no CONNECT, no Register");
  },
);

Given("the broker holds another key for the Client's PSK identity of the Server Account", function (this: TestfestWorld) {
  if (scenarioBroker(this).tls.mode !== 'psk') throw new Error('feature error: the broker does not use PSKs');
  mqttScenario(this).wrongKey = { label: 'server', key: randomBytes(16) };
  this.evidence.line(SECURITY_SECTION, "expected: the broker cannot complete the TLS-PSK handshake with the Client's Server Account (RFC 4279 §2, Finished fails): no CONNECT, no Register");
});

/** ETS 1.2-int-19 step 4: /0 and /1 of the Server Account, then the /23 and /24 instances its /0/0/27 and /0/0/26 link. */
When(/^the Bootstrap-Server writes the Server Account of configuration (C\.\d+) to \/0, \/1, \/23 and \/24$/, async function (this: TestfestWorld, config: string) {
  const account = serverAccountOf(config, serverOf(clientUnderTest(this)).account);
  for (const objectId of [0, 1, 23, 24]) {
    const instances = account.filter((i) => i.objectId === objectId);
    if (instances.length === 0) throw new Error(`feature error: the Server Account has no /${objectId} instance (is the Server reached over the scenario's mqtts broker?)`);
    await bootstrapWrite(this, { objectId }, `/${objectId}`, recordsOf(instances));
  }
});

function describeConnect(c: BrokerConnect): string {
  return `${c.clientId} (MQTT level ${c.protocolLevel}, clean session ${c.cleanSession ? 1 : 0}, keep alive ${c.keepAliveS} s, user ${c.username ?? 'none'})`;
}

/** Polls the broker's log until `found` is in it (the stderr pipe may deliver a line after the packet), bounded by `ms`. */
async function awaitPackets<T>(scenario: ScenarioBroker, ms: number, found: (packets: BrokerPacket[]) => T | undefined): Promise<T | undefined> {
  const deadline = Date.now() + ms;
  let result = found(scenario.packets());
  while (result === undefined && Date.now() < deadline) {
    await sleep(POLL_MS);
    result = found(scenario.packets());
  }
  return result;
}

function describePackets(packets: BrokerPacket[], clientId: string): string {
  const mine = packets.filter((p) => p.clientId === clientId).map((p) => p.type);
  return mine.length > 0 ? `the broker logged for ${clientId}: ${mine.join(', ')}` : `the broker logged no packet for ${clientId}`;
}

/**
 * The broker accepted a CONNECT with the /24 Client Identifier, User Name, Clean Session and Keep
 * Alive of the account, and answered it CONNACK with return code 0 (MQTT 3.1.1 §3.2.2.3; mosquitto
 * logs the accepted CONNECT's values, then "Sending CONNACK to <id> (<session present>, <code>)").
 * Over TLS-PSK the broker also authenticated the account's PSK.
 */
Then(
  /^\(([A-Z])\) the broker accepts the Client's CONNECT with the \/24 Client Identifier, User Name, Clean Session and Keep Alive of its (Bootstrap-Server|Server) Account$/,
  async function (this: TestfestWorld, letter: string, which: string) {
    const label = which === 'Server' ? 'server' : 'bootstrap';
    const scenario = scenarioBroker(this);
    const mqtt = scenario.accounts.get(label)!.client.mqtt;
    const name = criterion(letter, `the broker accepts the Client's CONNECT for its ${which} Account with the /24 values (Client Identifier ${mqtt.clientId}, User Name ${mqtt.username})`);
    const deadline = Date.now() + this.ms(30);
    const find = () => scenario.connects().find((c) => c.clientId === mqtt.clientId);
    while (find() === undefined && Date.now() < deadline) await sleep(POLL_MS);
    const connect = find();
    const others = scenario.connects().map(describeConnect).join('; ') || 'none';
    if (!connect) throw new CriterionFailed(name, `an accepted CONNECT with Client Identifier ${mqtt.clientId}`, `accepted CONNECTs: ${others}`);
    check(name, connect.username === mqtt.username, `User Name ${mqtt.username}`, describeConnect(connect));
    check(name, connect.cleanSession === (mqtt.cleanSession ?? true), `Clean Session ${mqtt.cleanSession ? 1 : 0}`, describeConnect(connect));
    check(name, connect.keepAliveS === mqtt.keepAliveS, `Keep Alive ${mqtt.keepAliveS} s`, describeConnect(connect));
    const connack = await awaitPackets(scenario, this.ms(5), (ps) => ps.find((p) => p.type === 'CONNACK' && p.clientId === mqtt.clientId));
    if (connack?.type !== 'CONNACK') throw new CriterionFailed(name, `CONNACK to ${mqtt.clientId}`, describePackets(scenario.packets(), mqtt.clientId));
    check(name, connack.returnCode === 0, 'CONNACK return code 0 (Connection Accepted)', `CONNACK return code ${connack.returnCode}`);
    this.evidence.line(SECURITY_SECTION, `${name}: ${describeConnect(connect)}, CONNACK return code 0`);
  },
);

/**
 * ETS 1.2-int-19 steps 2–3 (and 7): the account SUBSCRIBEs to its own topic `lwm2m/{bs|rd}/<endpoint>`
 * (TS-Transport 1.2 §8.2, §8.3) and the broker answers SUBACK (MQTT 3.1.1 §3.9); its first request
 * (Bootstrap-Request or Register) is a QoS 1 PUBLISH on that topic, answered PUBACK with the same
 * Packet Identifier (§3.4). mosquitto logs the SUBACK right after the SUBSCRIBE it answers.
 */
Then(
  /^\(([A-Z])\) the broker answers the SUBSCRIBE of the Client's (Bootstrap-Server|Server) Account to its topic with SUBACK and its QoS 1 PUBLISH with PUBACK$/,
  async function (this: TestfestWorld, letter: string, which: string) {
    const scenario = scenarioBroker(this);
    const { clientId } = scenario.accounts.get(which === 'Server' ? 'server' : 'bootstrap')!.client.mqtt;
    const topic = `lwm2m/${which === 'Server' ? 'rd' : 'bs'}/${clientUnderTest(this).endpoint}`;
    const name = criterion(letter, `the broker answers ${clientId}'s SUBSCRIBE to ${topic} with SUBACK and its QoS 1 PUBLISH on ${topic} with PUBACK`);
    const subscribed = (ps: BrokerPacket[]): boolean => {
      const i = ps.findIndex((p) => p.type === 'SUBSCRIBE' && p.clientId === clientId && p.topics.some((t) => t.filter === topic));
      return i >= 0 && ps.slice(i + 1).some((p) => p.type === 'SUBACK' && p.clientId === clientId);
    };
    if (!(await awaitPackets(scenario, this.ms(10), (ps) => subscribed(ps) || undefined))) {
      throw new CriterionFailed(name, `SUBSCRIBE to ${topic} from ${clientId}, then SUBACK`, describePackets(scenario.packets(), clientId));
    }
    const acked = (ps: BrokerPacket[]) => {
      for (const p of ps) {
        if (p.type !== 'PUBLISH' || p.clientId !== clientId || p.topic !== topic || p.qos !== 1) continue;
        const ack = ps.find((a) => a.type === 'PUBACK' && a.clientId === clientId && a.messageId === p.messageId);
        if (ack?.type === 'PUBACK') return { publish: p, ack };
      }
      return undefined;
    };
    const pair = await awaitPackets(scenario, this.ms(10), acked);
    if (!pair) throw new CriterionFailed(name, `a QoS 1 PUBLISH on ${topic} from ${clientId}, then PUBACK with its Packet Identifier`, describePackets(scenario.packets(), clientId));
    check(name, pair.ack.reasonCode === 0, 'PUBACK reason code 0', `PUBACK reason code ${pair.ack.reasonCode}`);
    this.evidence.line(SECURITY_SECTION, `${name}: SUBACK; PUBLISH m${pair.publish.messageId} → PUBACK m${pair.ack.messageId}`);
  },
);

/** The negatives: the TLS handshake of the Client's Server Account fails, so no CONNECT of it is accepted and no Register arrives. */
Then(
  /^\(([A-Z])\) the TLS handshake of the Client's Server Account with the broker fails: no CONNECT is accepted and the Server receives no Register within (\d+) seconds$/,
  async function (this: TestfestWorld, letter: string, seconds: string) {
    const name = criterion(letter, "the TLS handshake of the Client's Server Account with the broker fails: no CONNECT accepted, no Register");
    const scenario = scenarioBroker(this);
    const mqtt = scenario.accounts.get('server')!.client.mqtt;
    const server = serverOf(clientUnderTest(this));
    const deadline = Date.now() + this.ms(Number(seconds));
    while (Date.now() < deadline && server.registration === undefined) await sleep(POLL_MS);
    const accepted = scenario.connects().filter((c) => c.clientId === mqtt.clientId || c.username === mqtt.username);
    check(name, accepted.length === 0, `no accepted CONNECT from ${mqtt.clientId}`, accepted.map(describeConnect).join('; '));
    const registered = server.received.filter((r) => r.method === 'POST' && r.path === '/rd');
    check(name, registered.length === 0 && server.registration === undefined, 'no Register reaches the Server', `${registered.length} Register(s)`);
    const failures = tlsFailures(scenario.broker.log());
    check(name, failures.length > 0, "the broker's log shows the failed TLS handshake", 'no TLS failure in the broker log');
    this.evidence.line(SECURITY_SECTION, `${name}: broker log: ${failures.slice(0, 3).join(' | ')}`);
  },
);
