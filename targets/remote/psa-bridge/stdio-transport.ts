/**
 * The suite spawns the implementation and speaks the protocol over its stdin/stdout
 * (docs/psa-bridge-protocol.md §3.1). stderr is the implementation's log: its tail goes into every
 * error message. The command is split on whitespace and started without a shell (as the
 * launched-process target does); the process ends when its stdin closes, and is killed when the
 * suite's process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { STDERR_TAIL_BYTES, tailOf, type BridgeTransport } from './transport';

export interface StdioOptions {
  command: string;
  cwd?: string;
  env?: Record<string, string>;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Children must not outlive the suite, whatever way it exits. */
function killOnExit(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const c of live) c.kill('SIGKILL');
    });
  }
}

export function splitCommand(command: string): string[] {
  return command.trim().split(/\s+/).filter(Boolean);
}

export class StdioTransport implements BridgeTransport {
  readonly label: string;
  private readonly child: ChildProcess;
  private stderr = '';
  private ended = false;
  private readonly closeListeners: Array<(reason: string) => void> = [];

  constructor(options: StdioOptions) {
    const [file, ...args] = splitCommand(options.command);
    if (!file) throw new Error('psa-bridge: empty command');
    this.child = spawn(file, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    this.label = `stdio: ${options.command}${this.child.pid ? ` (pid ${this.child.pid})` : ''}`;
    killOnExit(this.child);
    this.child.stderr!.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString('utf8')).slice(-STDERR_TAIL_BYTES);
    });
    // A write to a dead process fails with EPIPE: the exit is reported through onClose instead.
    this.child.stdin!.on('error', () => undefined);
    this.child.once('error', (e) => this.end(`cannot start "${file}": ${e.message}`));
    this.child.once('exit', (code, signal) => {
      // Let stderr drain so the reason carries the implementation's last words.
      setImmediate(() => this.end(`the implementation exited (${signal ?? `code ${code}`})`));
    });
  }

  write(bytes: Buffer): void {
    if (!this.ended) this.child.stdin!.write(bytes);
  }

  onData(listener: (chunk: Buffer) => void): void {
    this.child.stdout!.on('data', listener);
  }

  onClose(listener: (reason: string) => void): void {
    this.closeListeners.push(listener);
  }

  close(): void {
    if (this.ended) return;
    this.child.stdin!.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 1000);
    timer.unref();
    this.child.kill('SIGTERM');
    this.end('closed by the suite');
  }

  diagnostics(): string {
    return this.stderr.trim() ? `stderr (tail):\n${tailOf(this.stderr)}` : '';
  }

  setIdle(idle: boolean): void {
    const streams = [this.child.stdin, this.child.stdout, this.child.stderr] as unknown as Array<Socket | null>;
    for (const s of streams) (idle ? s?.unref?.() : s?.ref?.());
    if (idle) this.child.unref();
    else this.child.ref();
  }

  private end(reason: string): void {
    if (this.ended) return;
    this.ended = true;
    for (const l of this.closeListeners) l(reason);
  }
}
