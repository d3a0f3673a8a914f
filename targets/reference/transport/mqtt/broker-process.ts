/**
 * Child-process brokers for tests and benches: spawn, wait (bounded) until the broker is ready,
 * stop with SIGTERM (SIGKILL after a grace period). Not used by production code.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';

export interface BrokerProcess {
  child: ChildProcess;
  /** What the process printed so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1, chosen by the OS (for brokers that need the port in their configuration). */
export function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export const acceptsTcp = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/**
 * Spawns `bin args`, then resolves once `ready(output)` returns a port that accepts TCP connections;
 * rejects after `timeoutMs` or when the process exits first.
 */
export async function startBrokerProcess(bin: string, args: string[], ready: (output: string) => number | undefined, timeoutMs = 5000): Promise<{ process: BrokerProcess; port: number }> {
  const child = spawn(bin, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  child.once('error', (error) => ((output += `spawn error: ${error.message}`), (exited = true)));
  const stop = async (): Promise<void> => {
    if (!exited) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
    await exit;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const port = ready(output);
    if (port !== undefined && (await acceptsTcp(port))) return { process: { child, log: () => output, stop }, port };
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`${bin} was not ready within ${timeoutMs} ms: ${output.slice(-500) || '(no output)'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
