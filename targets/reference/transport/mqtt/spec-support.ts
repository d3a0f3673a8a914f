/**
 * Shared set-up for the MQTT binding specs: brokers and endpoints closed after each test, and the
 * mosquitto gate (a missing /usr/sbin/mosquitto FAILS under CI=true, is skipped with a note
 * otherwise — like the libcoap interop specs). Not used by production code.
 */
import { startAedesBroker, type TestBroker } from './aedes-broker';
import { createMqttLwm2mEndpoint, type MqttLwm2mEndpoint, type MqttLwm2mEndpointOptions } from './endpoint';
import { hasMosquitto, MOSQUITTO_BIN, MOSQUITTO_INSTALL_HINT, startMosquitto } from './mosquitto';

export interface BrokerCase {
  name: string;
  protocolVersion: 4 | 5;
  start(): Promise<TestBroker>;
  /** True when this broker needs mosquitto. */
  mosquitto: boolean;
}

export const BROKERS: BrokerCase[] = [
  { name: 'aedes (MQTT 3.1.1)', protocolVersion: 4, start: () => startAedesBroker(), mosquitto: false },
  { name: 'mosquitto (MQTT 3.1.1)', protocolVersion: 4, start: () => startMosquitto({ protocol: 4 }), mosquitto: true },
  { name: 'mosquitto (MQTT 5)', protocolVersion: 5, start: () => startMosquitto({ protocol: 5 }), mosquitto: true },
];

/** Registers an afterEach that closes every endpoint, then every broker, the helpers started. */
export function useMqtt(): {
  broker(c: BrokerCase): Promise<TestBroker>;
  endpoint(options: MqttLwm2mEndpointOptions): Promise<MqttLwm2mEndpoint>;
} {
  const endpoints: MqttLwm2mEndpoint[] = [];
  const brokers: TestBroker[] = [];
  afterEach(async () => {
    await Promise.all(endpoints.splice(0).map((e) => e.close()));
    await Promise.all(brokers.splice(0).map((b) => b.stop()));
  });
  return {
    broker: async (c) => {
      const b = await c.start();
      brokers.push(b);
      return b;
    },
    endpoint: async (options) => {
      const e = await createMqttLwm2mEndpoint({ timeoutMs: 3000, ...options });
      endpoints.push(e);
      return e;
    },
  };
}

/** `it` for a broker case: mosquitto cases fail under CI=true without the binary, and are skipped (with a note) elsewhere. */
export function itFor(c: BrokerCase): jest.It {
  if (!c.mosquitto || hasMosquitto()) return it;
  if (process.env.CI === 'true') {
    return ((name: string) =>
      it(name, () => {
        throw new Error(`${MOSQUITTO_BIN} is not installed (${MOSQUITTO_INSTALL_HINT}); required under CI=true`);
      })) as unknown as jest.It;
  }
  console.warn(`skipping MQTT tests that need ${MOSQUITTO_BIN}: ${MOSQUITTO_INSTALL_HINT}`);
  return it.skip;
}

/** Resolves when `predicate` holds, polling every 10 ms; rejects after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, timeoutMs = 2000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
