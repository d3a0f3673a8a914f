/**
 * A scenario's own MQTT broker (ETS 1.2 int-19, configurations C.25/C.26; TS-Transport 1.2 §8.1: the
 * MQTT connection is secured with TLS and the broker authenticates its clients): Debian's mosquitto
 * with a TLS-PSK listener (mosquitto.conf(5) psk_file) or a certificate listener, and a password
 * file, so each LwM2M account reaches it only with its own PSK (or after checking the broker's
 * certificate) and the User Name / Password of its /24 MQTT Server instance. The
 * suite's servers connect to it as MQTT clients of their own (their own PSK and user). The broker's
 * log is the evidence of each CONNECT: mosquitto prints "New client connected from … as <Client
 * Identifier> (p<level>, c<clean session>, k<keep alive>, u'<user>')" once it accepted a CONNECT, and
 * the TLS errors of a refused handshake. The broker runs with `log_type all`, so its log also shows
 * the control packets it exchanged with each client (CONNACK, SUBSCRIBE/SUBACK, PUBLISH/PUBACK).
 */
import { randomBytes } from 'node:crypto';
import { startMosquitto, type MosquittoBroker } from '../../targets/reference/transport/mqtt/mosquitto';
import type { MqttTlsOptions } from '../../targets/reference/transport/mqtt/tls';
import type { PemFiles } from '../../targets/reference/transport/dtls/test-pki';
import type { MqttServerValues } from '../../targets/reference/lwm2m/configurations';
import { InconclusiveError } from '../support/verdict';
import { generatedPsk } from './harness-security';

/** How one of the suite's servers reaches a scenario broker (instead of the run's broker). */
export interface ScenarioMqttConnection {
  url: string;
  /** The Server URI the client's account names (e.g. `mqtts://server.example.com:<port>`); default `url`. */
  accountUri?: string;
  protocolVersion: 4 | 5;
  /** Shown in the transcript. */
  description: string;
  tls?: MqttTlsOptions;
  username?: string;
  password?: string;
}

/** The credentials of one server label: the client's account and the suite's server at the broker. */
export interface BrokerAccount {
  client: { psk: { identity: string; key: Buffer }; mqtt: MqttServerValues };
  server: { psk: { identity: string; key: Buffer }; username: string; password: string };
}

/**
 * How the broker's listener is secured: TLS 1.2 PSK (every account's identity in its psk_file), or the
 * certificate `presented` (PEM, for host `name`), which the suite's servers check against `suiteCa`.
 */
export type BrokerTls = { mode: 'psk' } | { mode: 'x509'; presented: PemFiles; suiteCa: string; name: string };

export interface ScenarioBroker {
  broker: MosquittoBroker;
  tls: BrokerTls;
  accounts: ReadonlyMap<string, BrokerAccount>;
  /** The accepted CONNECTs in the broker's log. */
  connects(): BrokerConnect[];
  /** The control packets of the broker's log (CONNACK, SUBSCRIBE, SUBACK, PUBLISH, PUBACK), in order. */
  packets(): BrokerPacket[];
}

/**
 * One control packet as mosquitto 2.0 logs it at `log_type debug` (src/send_*.c, handle_*.c), named
 * by the Client Identifier. MQTT 3.1.1 §3.2.2.3 CONNACK return code (0 accepted), §3.9 SUBACK, §3.4
 * PUBACK (QoS 1); `rc` of PUBACK is MQTT 5's reason code, 0 under 3.1.1.
 */
export type BrokerPacket =
  | { type: 'CONNACK'; clientId: string; sessionPresent: boolean; returnCode: number }
  | { type: 'SUBSCRIBE'; clientId: string; topics: Array<{ filter: string; qos: number }> }
  | { type: 'SUBACK'; clientId: string }
  | { type: 'PUBLISH'; clientId: string; qos: number; messageId: number; topic: string }
  | { type: 'PUBACK'; clientId: string; messageId: number; reasonCode: number };

const PACKET_LINES: Array<[RegExp, (m: RegExpMatchArray) => BrokerPacket]> = [
  [/Sending CONNACK to (\S+) \((\d+), (\d+)\)/, (m) => ({ type: 'CONNACK', clientId: m[1]!, sessionPresent: m[2] === '1', returnCode: Number(m[3]) })],
  [/Received SUBSCRIBE from (\S+)$/, (m) => ({ type: 'SUBSCRIBE', clientId: m[1]!, topics: [] })],
  [/Sending SUBACK to (\S+)$/, (m) => ({ type: 'SUBACK', clientId: m[1]! })],
  [/Received PUBLISH from (\S+) \(d\d, q(\d), r\d, m(\d+), '([^']*)'/, (m) => ({ type: 'PUBLISH', clientId: m[1]!, qos: Number(m[2]), messageId: Number(m[3]), topic: m[4]! })],
  [/Sending PUBACK to (\S+) \(m(\d+), rc(\d+)\)/, (m) => ({ type: 'PUBACK', clientId: m[1]!, messageId: Number(m[2]), reasonCode: Number(m[3]) })],
];
/** The topic filter lines that follow "Received SUBSCRIBE": "<tab><filter> (QoS <n>)". */
const SUBSCRIBED_FILTER = /^\d+: \t(.+) \(QoS (\d)\)$/;

export function parsePackets(log: string): BrokerPacket[] {
  const packets: BrokerPacket[] = [];
  for (const line of log.split('\n')) {
    const last = packets[packets.length - 1];
    const filter = last?.type === 'SUBSCRIBE' ? SUBSCRIBED_FILTER.exec(line) : null;
    if (filter && last?.type === 'SUBSCRIBE') {
      last.topics.push({ filter: filter[1]!, qos: Number(filter[2]) });
      continue;
    }
    for (const [pattern, packet] of PACKET_LINES) {
      const m = line.match(pattern);
      if (m) {
        packets.push(packet(m));
        break;
      }
    }
  }
  return packets;
}

export interface BrokerConnect {
  clientId: string;
  protocolLevel: number;
  cleanSession: boolean;
  keepAliveS: number;
  username?: string;
}

/**
 * mosquitto 2.0's log lines of a failed TLS handshake on an accepted connection: "OpenSSL Error[n]: …"
 * (a wrong PSK: "decryption failed or bad record mac"; a client that rejected the certificate and
 * closed: "unexpected eof while reading"), or "Client connection from <ip> failed: <reason>" — except
 * the bare EOF of the launcher's port probe (broker-process.ts), which is logged in that second form.
 */
export function tlsFailures(log: string): string[] {
  return log.split('\n').filter((l) => /OpenSSL Error/.test(l) || (/Client connection from \S+ failed: /.test(l) && !/unexpected eof while reading/.test(l)));
}

/** mosquitto 2.0 (src/handle_connect.c, connect__on_authorised): the line it logs for an accepted CONNECT. */
const CONNECTED = /New client connected from \S+ as (\S+) \(p(\d+), c(\d), k(\d+)(?:, u'([^']*)')?\)/g;

export function parseConnects(log: string): BrokerConnect[] {
  return [...log.matchAll(CONNECTED)].map((m) => ({ clientId: m[1]!, protocolLevel: Number(m[2]), cleanSession: m[3] === '1', keepAliveS: Number(m[4]), ...(m[5] !== undefined ? { username: m[5] } : {}) }));
}

/** One PSK, client identifier, user and password per label for the client, and a PSK and user for the suite's server. */
export function brokerAccounts(labels: readonly string[], keepAliveS: number): Map<string, BrokerAccount> {
  const accounts = new Map<string, BrokerAccount>();
  for (const label of labels) {
    const tag = randomBytes(3).toString('hex');
    accounts.set(label, {
      client: { psk: generatedPsk(`client-${label}`), mqtt: { clientId: `testfest-${label}-${tag}`, username: `device-${label}-${tag}`, password: Buffer.from(randomBytes(12).toString('hex')), cleanSession: true, keepAliveS } },
      server: { psk: generatedPsk(`${label}-harness`), username: `${label}-harness-${tag}`, password: randomBytes(12).toString('hex') },
    });
  }
  return accounts;
}

/** A mosquitto broker (MQTT 3.1.1 and 5) knowing every PSK and password of `accounts`; Inconclusive when it cannot start. */
export async function startScenarioBroker(accounts: Map<string, BrokerAccount>, tls: BrokerTls = { mode: 'psk' }): Promise<ScenarioBroker> {
  const psk: Record<string, Buffer> = {};
  const passwords: Record<string, string> = {};
  for (const { client, server } of accounts.values()) {
    psk[client.psk.identity] = client.psk.key;
    psk[server.psk.identity] = server.psk.key;
    passwords[client.mqtt.username!] = client.mqtt.password!.toString('utf8');
    passwords[server.username] = server.password;
  }
  let broker: MosquittoBroker;
  try {
    const listener = tls.mode === 'psk' ? { psk, hint: 'testfest-broker' } : { cert: tls.presented.cert, key: tls.presented.key };
    broker = await startMosquitto({ protocol: 4, tls: listener, passwords, logTypes: ['all'] });
  } catch (e) {
    throw new InconclusiveError(`harness: the scenario's mosquitto broker did not start: ${(e as Error).message}`);
  }
  return { broker, tls, accounts, connects: () => parseConnects(broker.log()), packets: () => parsePackets(broker.log()) };
}

/** What the suite's server `label` CONNECTs with. */
export function serverConnection(scenario: ScenarioBroker, label: string): ScenarioMqttConnection {
  const account = scenario.accounts.get(label);
  if (!account) throw new Error(`feature error: the scenario's broker has no account for server "${label}" (it knows ${[...scenario.accounts.keys()].join(', ')})`);
  const tls = scenario.tls;
  return {
    url: scenario.broker.url,
    ...(tls.mode === 'x509' ? { accountUri: `mqtts://${tls.name}:${scenario.broker.port}` } : {}),
    protocolVersion: 4,
    description: `the scenario's mosquitto broker (${tls.mode === 'psk' ? 'TLS-PSK' : `certificate for ${tls.name}`} listener, password file)`,
    tls: tls.mode === 'psk' ? { psk: account.server.psk } : { ca: tls.suiteCa, servername: tls.name },
    username: account.server.username,
    password: account.server.password,
  };
}
