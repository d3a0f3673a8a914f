/**
 * An aedes 1.2 MQTT broker on 127.0.0.1 (OS-chosen port) for tests and benches. aedes speaks MQTT
 * 3.1.1 only (its README lists MQTT 5 as not supported): use mosquitto.ts for MQTT 5.
 *
 * In-process when the running code can import ESM (aedes 1.x is ESM-only: tsx, node); where it
 * cannot (jest's CommonJS runtime), the same broker runs in a child Node process (aedes-launcher.mjs).
 * `mode` says which one ran.
 */
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { startBrokerProcess } from './broker-process';

export interface TestBroker {
  /** `mqtt://127.0.0.1:<port>` */
  url: string;
  port: number;
  mode: 'in-process' | 'child-process';
  /** Stops the broker and drops every client connection (bounded). */
  stop(): Promise<void>;
}

interface AedesLike {
  handle(socket: Socket): unknown;
  close(callback?: () => void): void;
}

async function importAedes(): Promise<{ createBroker(): Promise<AedesLike> } | undefined> {
  try {
    const { Aedes } = (await import('aedes')) as unknown as { Aedes: { createBroker(): Promise<AedesLike> } };
    return Aedes;
  } catch (e) {
    if (/ES ?Module|ERR_REQUIRE_ESM/i.test(String((e as Error).message) + String((e as { code?: string }).code))) return undefined;
    throw e;
  }
}

export async function startAedesBroker(options: { mode?: 'auto' | 'child-process' } = {}): Promise<TestBroker> {
  const Aedes = options.mode === 'child-process' ? undefined : await importAedes();
  if (Aedes === undefined) {
    const launcher = join(__dirname, 'aedes-launcher.mjs');
    const { process, port } = await startBrokerProcess(globalThis.process.execPath, [launcher, '0'], (out) => {
      const m = /LISTENING (\d+)/.exec(out);
      return m ? Number(m[1]) : undefined;
    });
    return { url: `mqtt://127.0.0.1:${port}`, port, mode: 'child-process', stop: () => process.stop() };
  }
  const broker = await Aedes.createBroker();
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setNoDelay(true); // as mosquitto's set_tcp_nodelay (mosquitto.ts): no Nagle delay on small PUBLISHes
    broker.handle(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.race([
        Promise.all([new Promise<void>((r) => server.close(() => r())), new Promise<void>((r) => broker.close(() => r()))]),
        new Promise((r) => setTimeout(r, 2000).unref()),
      ]);
    })());
  return { url: `mqtt://127.0.0.1:${port}`, port, mode: 'in-process', stop };
}
