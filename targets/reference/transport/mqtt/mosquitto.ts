/**
 * Debian's mosquitto broker (2.0, MQTT 3.1.1 and 5) for tests and benches: a generated configuration
 * (`listener <free port> 127.0.0.1`, `allow_anonymous true`, persistence off, TCP_NODELAY on client
 * sockets so small PUBLISHes are not held by Nagle's algorithm) in a temporary folder,
 * started as a child process and stopped with SIGTERM; every wait bounded. A client picks its MQTT
 * version at CONNECT, so one broker serves both; `protocol` is what the caller means to use.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestBroker } from './aedes-broker';
import { freeTcpPort, startBrokerProcess } from './broker-process';

export const MOSQUITTO_BIN = '/usr/sbin/mosquitto';
export const MOSQUITTO_INSTALL_HINT = 'apt-get install mosquitto';

export function hasMosquitto(): boolean {
  return spawnSync(MOSQUITTO_BIN, ['-h']).error === undefined;
}

export interface MosquittoBroker extends TestBroker {
  protocol: 4 | 5;
  log(): string;
}

/** `port`: a fixed port (e.g. to restart a broker where clients expect it); default a free one. */
export async function startMosquitto(options: { protocol: 4 | 5; timeoutMs?: number; port?: number }): Promise<MosquittoBroker> {
  if (!hasMosquitto()) throw new Error(`${MOSQUITTO_BIN} is missing (${MOSQUITTO_INSTALL_HINT})`);
  const dir = mkdtempSync(join(tmpdir(), 'testfest-mosquitto-'));
  // Bounded retries: the free port can be taken between probing and mosquitto binding it.
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freeTcpPort());
    const config = join(dir, 'mosquitto.conf');
    writeFileSync(config, [`listener ${port} 127.0.0.1`, 'allow_anonymous true', 'persistence false', 'set_tcp_nodelay true', 'log_dest stderr', ''].join('\n'));
    try {
      const { process } = await startBrokerProcess(MOSQUITTO_BIN, ['-c', config], () => port, options.timeoutMs ?? 5000);
      const stop = async (): Promise<void> => {
        await process.stop();
        rmSync(dir, { recursive: true, force: true });
      };
      return { url: `mqtt://127.0.0.1:${port}`, port, mode: 'child-process', protocol: options.protocol, log: process.log, stop };
    } catch (e) {
      if (attempt >= 3 || options.port !== undefined) {
        rmSync(dir, { recursive: true, force: true });
        throw e;
      }
    }
  }
}
