/**
 * LwM2M over MQTT (TS-Transport 1.2 §8) request/response pairs: the reference server-role endpoint
 * Reads /3/0/0 from a client-role endpoint (op 9 → result 205, QoS 1 both ways) through a broker,
 * against a raw MQTT.js publish → echo → publish round trip through the SAME broker, same QoS, same
 * run. Brokers: aedes 1.2 (in-process under tsx, MQTT 3.1.1) and Debian mosquitto (3.1.1 and 5; rows
 * left out, with a note on stderr, when /usr/sbin/mosquitto is missing). One more row puts the aedes
 * Read against the raw UDP echo floor (udp-echo.ts). Windows are bounded in count and time (harness).
 */
import mqtt, { type MqttClient } from 'mqtt';
import { createMqttLwm2mEndpoint, type MqttLwm2mEndpoint } from '../targets/reference/transport/mqtt/endpoint';
import { startAedesBroker, type TestBroker } from '../targets/reference/transport/mqtt/aedes-broker';
import { hasMosquitto, MOSQUITTO_INSTALL_HINT, startMosquitto } from '../targets/reference/transport/mqtt/mosquitto';
import { bracketed, measure, rowOf, windowFor, type Bench, type BenchRow } from './harness';
import { startEchoRig } from './udp-echo';

const MAX_PAIRS = 30_000;
const EP = 'bench-ep';
const PAYLOAD = Buffer.from('ACME Corporation', 'utf8');
/** Raw echo payload: about the size of the CBOR Read request and its result (~12–25 bytes). */
const ECHO_BYTES = 20;

interface BrokerCase {
  label: string;
  protocolVersion: 4 | 5;
  start(): Promise<TestBroker>;
}

/** A raw MQTT ping → echo → pong round trip, QoS 1 both ways, as the LwM2M request and its result are. */
async function rawEcho(broker: TestBroker, protocolVersion: 4 | 5) {
  const echoer = await mqtt.connectAsync(broker.url, { protocolVersion, reconnectPeriod: 0 });
  const pinger = await mqtt.connectAsync(broker.url, { protocolVersion, reconnectPeriod: 0 });
  // TCP_NODELAY, as the LwM2M endpoints set it (broker-connection.ts): the same socket options on both sides of the ratio.
  for (const c of [echoer, pinger]) (c.stream as { setNoDelay?(on: boolean): void }).setNoDelay?.(true);
  await echoer.subscribeAsync('bench/ping', { qos: 1 });
  await pinger.subscribeAsync('bench/pong', { qos: 1 });
  echoer.on('message', (_t, payload) => void echoer.publish('bench/pong', payload, { qos: 1 }));
  const waiting = new Map<number, () => void>();
  pinger.on('message', (_t, payload) => {
    const id = payload.readUInt32BE(0);
    waiting.get(id)?.();
    waiting.delete(id);
  });
  let seq = 0;
  const roundTrip = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const id = (seq = (seq + 1) >>> 0);
      const payload = Buffer.alloc(ECHO_BYTES);
      payload.writeUInt32BE(id, 0);
      waiting.set(id, resolve);
      pinger.publish('bench/ping', payload, { qos: 1 }, (error) => error && reject(error));
    });
  const close = async (): Promise<void> => void (await Promise.all([echoer, pinger].map((c: MqttClient) => c.endAsync())));
  return { roundTrip, close };
}

async function lwm2mPair(broker: TestBroker, protocolVersion: 4 | 5): Promise<{ read(): Promise<void>; close(): Promise<void> }> {
  const common = { brokerUrl: broker.url, protocolVersion, timeoutMs: 5000 };
  const server = await createMqttLwm2mEndpoint({ ...common, role: 'server' });
  let client: MqttLwm2mEndpoint;
  try {
    client = await createMqttLwm2mEndpoint({ ...common, role: 'client', endpoint: EP });
  } catch (e) {
    await server.close();
    throw e;
  }
  client.onRequest(() => ({ code: '2.05', contentFormat: 0, payload: PAYLOAD }));
  const peer = server.peerOf(EP);
  return {
    async read() {
      const r = await server.request(peer, { method: 'GET', path: '/3/0/0' });
      if (r.code !== '2.05' || !r.payload.equals(PAYLOAD)) throw new Error(`unexpected LwM2M-over-MQTT result ${r.code}`);
    },
    close: async () => void (await Promise.all([client.close(), server.close()])),
  };
}

async function window<T extends { close(): Promise<void> }>(name: string, quick: boolean, make: () => Promise<T>, op: (rig: T) => Promise<void>) {
  const rig = await make();
  try {
    return await measure(name, () => op(rig), windowFor(quick, MAX_PAIRS));
  } finally {
    await rig.close();
  }
}

export const bench: Bench = {
  name: 'mqtt',
  async run({ quick, log }) {
    const rows: BenchRow[] = [];
    const cases: BrokerCase[] = [{ label: 'aedes, MQTT 3.1.1', protocolVersion: 4, start: () => startAedesBroker() }];
    if (hasMosquitto()) {
      cases.push({ label: 'mosquitto, MQTT 3.1.1', protocolVersion: 4, start: () => startMosquitto({ protocol: 4 }) });
      cases.push({ label: 'mosquitto, MQTT 5', protocolVersion: 5, start: () => startMosquitto({ protocol: 5 }) });
    } else log(`mqtt: mosquitto rows left out (${MOSQUITTO_INSTALL_HINT})`);
    for (const c of cases) {
      const broker = await c.start();
      try {
        log(`mqtt: LwM2M Read through ${c.label} (${broker.mode})`);
        const pairs = await bracketed(
          () => window(`raw MQTT echo (${c.label})`, quick, () => rawEcho(broker, c.protocolVersion), (rig) => rig.roundTrip()),
          () => window(`LwM2M Read (${c.label})`, quick, () => lwm2mPair(broker, c.protocolVersion), (rig) => rig.read()),
        );
        rows.push(rowOf('mqtt', `LwM2M Read → 205 over MQTT (${c.label}, QoS 1), sequential`, pairs, 'req/s', 'raw MQTT publish→echo, QoS 1, same broker'));
        if (c === cases[0]) {
          log('mqtt: the same Read against the raw UDP echo floor');
          const floor = await bracketed(
            () => window('raw UDP echo', quick, () => startEchoRig(1, ECHO_BYTES), (rig) => rig.clients[0]!.roundTrip()),
            () => window(`LwM2M Read (${c.label})`, quick, () => lwm2mPair(broker, c.protocolVersion), (rig) => rig.read()),
          );
          rows.push(rowOf('mqtt', `LwM2M Read → 205 over MQTT (${c.label}) vs UDP`, floor, 'req/s', 'raw dgram echo, sequential'));
        }
      } finally {
        await broker.stop();
      }
    }
    return rows;
  },
};
