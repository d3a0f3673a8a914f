/**
 * The optional `build` command of a psa-bridge target (e.g. compiling the Mbed TLS shim): run once per
 * suite process, before the implementation is first started. A failure is a start failure
 * (Inconclusive), with the command's last lines.
 */
import { execFile, execFileSync } from 'node:child_process';
import { PsaBridgeError } from './errors';
import { splitCommand } from './stdio-transport';
import { tailOf } from './transport';

const BUILD_TIMEOUT_MS = 300_000;
const builds = new Map<string, Promise<void>>();

export function runBuildOnce(command: string, cwd?: string): Promise<void> {
  let done = builds.get(command);
  if (!done) {
    done = new Promise((resolve, reject) => {
      const [file, ...args] = splitCommand(command);
      execFile(file!, args, { cwd, timeout: BUILD_TIMEOUT_MS, maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (!error) return resolve();
        const said = tailOf(`${stdout}${stderr}`, 6);
        reject(new PsaBridgeError('start', `psa-bridge: build step failed (${command}): ${said || error.message}`));
      });
    });
    builds.set(command, done);
  }
  return done;
}

/** The same, synchronously (target resolution, which asks the implementation for its manifest). */
export function runBuildSync(command: string, cwd?: string): void {
  const [file, ...args] = splitCommand(command);
  try {
    execFileSync(file!, args, { cwd, timeout: BUILD_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer; message: string };
    const said = tailOf(`${err.stdout ?? ''}${err.stderr ?? ''}`, 6);
    throw new PsaBridgeError('start', `psa-bridge: build step failed (${command}): ${said || err.message}`);
  }
}
