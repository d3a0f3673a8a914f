/**
 * PSA bridge round trips: one `psa_get_key_attributes` call (a small request, a 6-field attribute map
 * back) through the bridge protocol to the reference simulator in another process — over stdio (the
 * `psa-bridge-stdio` target) and over TCP on loopback (`serve psa-bridge --tcp`) — against the same
 * call on an in-process simulator, measured right before and after. One call outstanding at a time,
 * as the steps make them. When the Mbed TLS shim builds, a third row does the same against it (its
 * own in-process baseline being the reference simulator's, so the ratio is the whole cross-process,
 * cross-language price).
 *
 * The ratio is the price of a process boundary: framing, CBOR both ways, two pipe or socket hops and
 * the scheduler waking the other process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PsaBridgeTargetDefinition } from '../targets/config/schema';
import { createPsaCryptoSimulator } from '../targets/reference/psa/crypto';
import { psaBridgeBundle } from '../targets/remote/psa-bridge/bundle';
import type { PsaCryptoTarget, PsaKeyAttributes } from '../targets/roles/psa-crypto';
import { bracketed, measure, rowOf, windowFor, type Bench, type BenchRow } from './harness';

const MAX_ITERATIONS = 250_000;
/** The in-process call is ~100× faster: its own cap keeps its window time-bound rather than count-bound. */
const BASELINE_MAX_ITERATIONS = 25_000_000;
const TSX = require.resolve('tsx/cjs');
const SERVER = join(__dirname, '..', 'targets', 'remote', 'psa-bridge', 'server', 'main.ts');
const AES_128: PsaKeyAttributes = { type: 0x2400, bits: 128, usage: 0x1, alg: 0, lifetime: 0, id: 0 };
const COMMON = { kind: 'psa-bridge' as const, host: '127.0.0.1', timeoutSeconds: 10, startupSeconds: 20 };

/** A target with one AES key; returns the call to time. */
async function prepared(target: PsaCryptoTarget): Promise<() => Promise<void>> {
  if ((await target.psa_crypto_init()) !== 0) throw new Error('psa_crypto_init failed');
  const { status, key } = await target.psa_import_key(AES_128, new Uint8Array(16).fill(0x2b));
  if (status !== 0) throw new Error(`psa_import_key returned ${status}`);
  return async () => {
    const r = await target.psa_get_key_attributes(key);
    if (r.status !== 0 || r.attributes.bits !== 128) throw new Error(`psa_get_key_attributes returned ${r.status}`);
  };
}

async function tcpServer(): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['-r', TSX, SERVER, '--tcp', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      const m = /tcp:\/\/127\.0\.0\.1:(\d+)/.exec(d.toString());
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`bridge server exited with ${code}`)));
  });
  return { port, child };
}

/** The Mbed TLS shim, if this machine can build it (gcc, libmbedtls-dev, libcbor-dev). */
function mbedtlsBinary(log: (line: string) => void): string | undefined {
  try {
    return (require('../targets/mbedtls/build') as typeof import('../targets/mbedtls/build')).buildMbedtlsShim();
  } catch (e) {
    log(`psa-bridge: no Mbed TLS row: ${(e as Error).message}`);
    return undefined;
  }
}

export const bench: Bench = {
  name: 'psa-bridge',
  async run({ quick, log }) {
    const workDir = mkdtempSync(join(tmpdir(), 'bench-psa-bridge-'));
    const ctx = { timeScale: 1, workDir };
    const local = createPsaCryptoSimulator();
    const server = await tcpServer();
    const opened: PsaCryptoTarget[] = [];
    const open = async (name: string, def: PsaBridgeTargetDefinition) => {
      const target = await psaBridgeBundle(name, { ...def, capabilities: { role: ['psa-crypto'] } }, workDir).createRole('psa-crypto', ctx);
      opened.push(target);
      return prepared(target);
    };
    try {
      const inProcess = await prepared(local);
      const subjects: Array<[string, () => Promise<void>]> = [
        ['stdio', await open('stdio', { ...COMMON, transport: 'stdio', command: `${process.execPath} -r ${TSX} ${SERVER}` })],
        ['TCP loopback', await open('tcp', { ...COMMON, transport: 'tcp', port: server.port })],
      ];
      const binary = mbedtlsBinary(log);
      if (binary) subjects.push(['stdio, Mbed TLS 2.28 shim (C)', await open('mbedtls', { ...COMMON, transport: 'stdio', command: binary })]);
      const window = windowFor(quick, MAX_ITERATIONS);
      const baselineWindow = windowFor(quick, BASELINE_MAX_ITERATIONS);
      const rows: BenchRow[] = [];
      for (const [label, call] of subjects) {
        log(`psa-bridge: psa_get_key_attributes round trips over ${label}`);
        const result = await bracketed(
          () => measure('in-process simulator', inProcess, baselineWindow),
          () => measure(`bridge over ${label}`, call, window),
        );
        // The ratio is far below 0.01×, which the table rounds to 0.00×: the note gives it as a cost.
        const cost = result.subject.opsPerSec > 0 ? Math.round(result.baseline.opsPerSec / result.subject.opsPerSec) : NaN;
        const note = `one round trip costs as much as ${cost.toLocaleString('en-US')} in-process calls`;
        rows.push(rowOf('psa-bridge', `psa_get_key_attributes round trip, bridge over ${label}`, result, 'calls/s', 'the same call on an in-process simulator', { note }));
      }
      return rows;
    } finally {
      for (const t of opened) await t.close().catch(() => undefined);
      await local.close();
      server.child.kill();
      rmSync(workDir, { recursive: true, force: true });
    }
  },
};
