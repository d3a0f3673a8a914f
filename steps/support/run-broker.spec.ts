import { connect } from 'node:net';
import { runBroker, stopRunBroker } from './run-broker';

const accepts = (url: string): Promise<boolean> =>
  new Promise((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

describe('the MQTT broker of an mqtt run (one per process, TS-Transport 1.2 §8)', () => {
  afterEach(() => stopRunBroker());

  it('starts aedes (MQTT 3.1.1) on first use, hands the same broker to later callers, and stops it', async () => {
    const first = await runBroker();
    expect(first).toMatchObject({ kind: 'aedes', protocolVersion: 4 });
    expect(first.url).toMatch(/^mqtt:\/\/127\.0\.0\.1:\d+$/);
    expect(await runBroker('aedes')).toEqual(first);
    await expect(runBroker('mosquitto')).rejects.toThrow(/already runs an aedes broker/);
    expect(await accepts(first.url)).toBe(true);
    await stopRunBroker();
    expect(await accepts(first.url)).toBe(false);
    await stopRunBroker(); // twice is harmless
  }, 20_000);
});
