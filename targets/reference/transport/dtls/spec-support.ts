/**
 * Test helpers: real peers from libcoap (Debian libcoap3-bin). Under CI=true a missing binary
 * fails the test; locally the test is skipped with one line saying what to install.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync } from 'node:fs';

const PATHS = ['/usr/bin', '/usr/local/bin'];

export function findBinary(name: string): string | undefined {
  return PATHS.map((dir) => `${dir}/${name}`).find((path) => existsSync(path));
}

/** `it` when the binary is there; under CI a test that fails; else `it.skip` with a message. */
export function itWithBinary(name: string): jest.It {
  if (findBinary(name) !== undefined) return it;
  if (process.env.CI) return ((title: string) => it(title, () => { throw new Error(`${name} is missing: apt-get install -y libcoap3-bin`); })) as unknown as jest.It;
  console.warn(`skipping libcoap interop with ${name}: not installed (apt-get install -y libcoap3-bin)`);
  return it.skip;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a libcoap client to completion, bounded by `timeoutMs`. */
export function runClient(binary: string, args: string[], timeoutMs = 15_000): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(findBinary(binary) ?? binary, args, { timeout: timeoutMs }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** A UDP port that was free a moment ago (and, for libcoap's server, its predecessor too). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

/** Starts a libcoap server; the caller stops it with `stop()`. */
export function startServer(binary: string, args: string[]): { child: ChildProcess; output: () => string; stop: () => Promise<void> } {
  const child = spawn(findBinary(binary) ?? binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  child.on('error', (error) => (output += `spawn failed: ${error.message}`));
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 2000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return { child, output: () => output, stop };
}

/** Retries `attempt` until it resolves or `deadlineMs` passes (a server still starting up). */
export async function retry<T>(attempt: () => Promise<T>, deadlineMs: number, pauseMs = 100): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() + pauseMs > end) throw error;
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  }
}
