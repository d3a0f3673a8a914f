/**
 * An LwM2M Client under test that is a separate OS process, started from a command template: the
 * vendor path (DESIGN.md "Vendor endpoints"). The suite writes the provisioned configuration to a JSON
 * file, spawns the command, and keeps the tail of its output for the evidence.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lwm2mClientStartOptions, Lwm2mClientTarget } from '../../roles/lwm2m-client';
import type { LaunchedProcessTargetDefinition } from '../../config/schema';
import { expandTemplate } from './template';
import { templateValues } from './values';

/** Output kept per stream for the evidence; older output is dropped. */
const OUTPUT_TAIL_BYTES = 64 * 1024;
const STOP_GRACE_MS = 2000;

/** The launched process could not be started or died while starting. */
export class TargetStartError extends Error {
  override readonly name = 'TargetStartError';
}

export class LaunchedProcessClient implements Lwm2mClientTarget {
  private child?: ChildProcess;
  private output = '';
  private exit?: { code: number | null; signal: NodeJS.Signals | null };

  constructor(
    private readonly def: LaunchedProcessTargetDefinition,
    private readonly workDir: string,
    private readonly cwd: string,
  ) {}

  async start(options: Lwm2mClientStartOptions): Promise<void> {
    const configFile = join(this.workDir, `configuration-${options.endpoint}.json`);
    writeFileSync(configFile, JSON.stringify(options.configuration, null, 2));
    const [command, ...args] = expandTemplate(this.def.command, templateValues(options, configFile));
    const child = spawn(command, args, { cwd: this.def.cwd ?? this.cwd, env: { ...process.env, ...this.def.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_BYTES);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('exit', (code, signal) => {
      this.exit = { code, signal };
    });
    await new Promise<void>((resolve, reject) => {
      const grace = setTimeout(resolve, this.def.startupGraceSeconds * 1000);
      child.once('error', (e) => {
        clearTimeout(grace);
        reject(new TargetStartError(`cannot start "${command}": ${e.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(grace);
        reject(new TargetStartError(`"${command}" exited during start-up (${signal ?? `code ${code}`}): ${this.output.trim().split('\n').slice(-5).join(' | ')}`));
      });
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || this.exit || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }

  /** LwM2M over HTTP: the client's own HTTP server as the config states it (TS-Transport 1.2 §7). */
  httpUrl(): string | undefined {
    return this.def.httpUrl;
  }

  diagnostics(): string {
    const status = this.exit ? `exited (${this.exit.signal ?? `code ${this.exit.code}`})` : this.child ? `running (pid ${this.child.pid})` : 'not started';
    return `launched process ${status}\ncommand: ${this.def.command}\n--- output (tail) ---\n${this.output}`;
  }
}
