/**
 * The libcoap 4.3.1 example binaries (Debian `libcoap3-bin`) as real RFC 8323 peers for the
 * interop specs: run a client to completion, or start a server on a free loopback port and wait
 * until it accepts connections. Every wait is bounded. Not used by production code.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { createSocket } from 'node:dgram';

export interface ClientRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a libcoap client; resolves with its exit code and output (killed after `timeoutMs`). */
export function runClient(bin: string, args: string[], timeoutMs = 10_000): Promise<ClientRun> {
  return new Promise((resolve) => {
    execFile(bin, args, { timeout: timeoutMs }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr });
    });
  });
}

const tcpFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
const udpFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const s = createSocket('udp4');
    s.once('error', () => resolve(false));
    s.bind(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });

/** A port P with TCP and UDP P and P+1 free (libcoap's server listens on P for coap, P+1 for coaps). */
export async function freePortPair(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + 2 * Math.floor(Math.random() * 20_000);
    if ((await tcpFree(port)) && (await tcpFree(port + 1)) && (await udpFree(port)) && (await udpFree(port + 1))) return port;
  }
  throw new Error('no free port pair on 127.0.0.1 after 50 attempts');
}

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

export interface ServerProcess {
  child: ChildProcess;
  /** What the process printed so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Starts `bin -A 127.0.0.1 -p port ...args` and resolves once `readyPort` accepts TCP
 * connections; rejects after `timeoutMs` or if the process exits.
 */
export async function startServer(bin: string, port: number, readyPort: number, args: string[], timeoutMs = 5000): Promise<ServerProcess> {
  const child = spawn(bin, ['-A', '127.0.0.1', '-p', String(port), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  child.once('error', (error) => (output += `spawn error: ${error.message}`));
  const stop = async (): Promise<void> => {
    if (!exited) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
    await exit;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  while (!(await accepts(readyPort))) {
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`${bin} did not listen on TCP ${readyPort} within ${timeoutMs} ms: ${output.slice(-500)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, log: () => output, stop };
}
