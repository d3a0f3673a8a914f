/**
 * The unchanged reference LwM2M client and server talking LwM2M over MQTT (TS-Transport 1.2 §8):
 * the client's `mqtt://` account (lwm2m/client/transport/mqtt.ts) and the server's `mqtt` listener,
 * through aedes (MQTT 3.1.1) and through mosquitto with both sides on MQTT 5. Register (lwm2m=1.2 —
 * the client's default for binding M, no setting given — and b=M), Read, Write, Observe with a
 * notification, De-register.
 */
import { ReferenceLwm2mClient } from '../../lwm2m/client/reference-client';
import { withSettings } from '../../lwm2m/client/runtime/settings';
import { C1 } from '../../lwm2m/configurations/c1';
import { ReferenceLwm2mServer } from '../../lwm2m/server/reference-server';
import type { TestBroker } from './aedes-broker';
import { BROKERS, itFor, waitFor, type BrokerCase } from './spec-support';

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms).unref())]);
}

const CASES: BrokerCase[] = [BROKERS[0]!, BROKERS[2]!]; // aedes 3.1.1; mosquitto MQTT 5

describe('reference client ⇄ reference server over MQTT', () => {
  let broker: TestBroker | undefined;
  let server: ReferenceLwm2mServer | undefined;
  let client: ReferenceLwm2mClient | undefined;
  afterEach(async () => {
    await client?.stop();
    await server?.close();
    await broker?.stop();
    client = server = broker = undefined;
  });

  for (const c of CASES) {
    itFor(c)(`${c.name}: registers with lwm2m=1.2 and b=M, answers Read and Write, notifies an observed change, de-registers`, async () => {
      const ep = `mqtt-pair-${c.protocolVersion}`;
      broker = await c.start();
      server = await ReferenceLwm2mServer.start({ listeners: [{ transport: 'mqtt', brokerUrl: broker.url, mqttVersion: c.protocolVersion }], timeScale: 0.05 });
      client = new ReferenceLwm2mClient();
      const registered = server.next('registered', ep);
      await client.start({ endpoint: ep, serverUri: broker.url, configuration: withSettings(C1, { mqttVersion: c.protocolVersion }), timeScale: 0.05 });
      const registration = await within(registered, 5000, 'the Register');
      expect(registration).toMatchObject({ endpoint: ep, binding: 'M', transport: 'mqtt', version: '1.2' });

      const read = await server.read(ep, '/3/0/0');
      expect(read.code).toBe('2.05');
      expect(read.records?.[0]?.value).toBe('Open Mobile Alliance');

      expect((await server.write(ep, '/1/0/1', 120)).code).toBe('2.04');
      expect((await server.read(ep, '/1/0/1')).records?.[0]?.value).toBe(120);

      const observed = await server.dm.observe(ep, '/1/0/1').result;
      expect(observed).toMatchObject({ code: '2.05' });
      expect(observed.observationId).toBeDefined();
      expect((await server.write(ep, '/1/0/1', 300)).code).toBe('2.04'); // the change the observation reports
      await waitFor(() => (server!.observations.get(ep, observed.observationId!)?.notifications.length ?? 0) > 0, 5000, 'a notification');
      expect(server.observations.get(ep, observed.observationId!)!.notifications[0]).toMatchObject({ code: '2.05', records: [{ value: 300 }] });

      const deregistered = server.next('deregistered', ep);
      await client.shutdown(3000);
      await within(deregistered, 5000, 'the De-register');
    });
  }
});
