/**
 * The test brokers: aedes (child process under jest, which cannot load the ESM-only package) and
 * Debian mosquitto with its generated configuration; both accept MQTT CONNECTs on 127.0.0.1 and are
 * gone (port closed) after stop(), within bounds.
 */
import mqtt from 'mqtt';
import { startAedesBroker } from './aedes-broker';
import { acceptsTcp } from './broker-process';
import { startMosquitto } from './mosquitto';
import { BROKERS, itFor } from './spec-support';

async function connects(url: string, protocolVersion: 4 | 5): Promise<void> {
  const client = await mqtt.connectAsync(url, { protocolVersion, reconnectPeriod: 0, connectTimeout: 2000 });
  await client.endAsync();
}

describe('test brokers', () => {
  it('aedes: under jest it runs in a child process, serves MQTT 3.1.1, and stops within 3 s', async () => {
    const broker = await startAedesBroker();
    expect(broker.mode).toBe('child-process');
    expect(broker.url).toBe(`mqtt://127.0.0.1:${broker.port}`);
    await connects(broker.url, 4);
    const started = Date.now();
    await broker.stop();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await acceptsTcp(broker.port)).toBe(false);
  });

  itFor(BROKERS[2])('mosquitto: generated configuration on a free loopback port, MQTT 3.1.1 and 5, SIGTERM stop', async () => {
    const broker = await startMosquitto({ protocol: 5 });
    try {
      await connects(broker.url, 5);
      await connects(broker.url, 4);
    } finally {
      await broker.stop();
    }
    expect(await acceptsTcp(broker.port)).toBe(false);
  });
});
