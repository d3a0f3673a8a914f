/**
 * Crash safety of the storage simulator: a worker process writes assets in a loop and acknowledges
 * each completed write; it is SIGKILLed at random moments (bounded rounds). After each kill the store
 * is reopened: every acknowledged value must be there intact (or superseded by the one write that was
 * in flight), and no asset may ever be torn.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StorageService } from './storage-service';
import { CRASH_CLIENT, CRASH_QUOTA, CRASH_UIDS, crashUid, crashValue } from './crash-worker';

const ROUNDS = 8;
const WORKER = join(__dirname, 'crash-worker.ts');

/** Starts the worker at value `first`, kills it after `acks` acknowledgements plus a random delay. */
function runAndKill(dir: string, first: number, acks: number): Promise<Array<{ uid: bigint; i: number }>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), WORKER, dir, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const seen: Array<{ uid: bigint; i: number }> = [];
    let buffered = '';
    let stderr = '';
    let killing = false;
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const m = /^ack (\d+) (\d+)$/.exec(line);
        if (m) seen.push({ uid: BigInt(m[1]), i: Number(m[2]) });
      }
      if (!killing && seen.length >= acks) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), randomInt(0, 4));
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL' || !killing) reject(new Error(`worker ended with ${code ?? signal} after ${seen.length} acks: ${stderr}`));
      else resolve(seen);
    });
  });
}

describe('storage crash safety', () => {
  const root = mkdtempSync(join(tmpdir(), 'psa-crash-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps every acknowledged write intact across SIGKILLs at random moments', async () => {
    const dir = join(root, 'its');
    const lastAck = new Map<bigint, number>();
    let maxAck = -1;
    for (let round = 0; round < ROUNDS; round++) {
      for (const { uid, i } of await runAndKill(dir, maxAck + 1, randomInt(1, 40))) {
        lastAck.set(uid, i);
        maxAck = Math.max(maxAck, i);
      }
      const its = new StorageService({ api: 'its', setExtended: false, quotaBytes: CRASH_QUOTA, dir });
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      for (let u = 1; u <= CRASH_UIDS; u++) {
        const uid = BigInt(u);
        const { status, data } = its.get(CRASH_CLIENT, uid, 0, 1 << 20);
        const acked = lastAck.get(uid);
        if (status === -140) {
          // Never acknowledged, and the in-flight write (if it was this uid) did not land.
          expect(acked).toBeUndefined();
          continue;
        }
        expect(status).toBe(0);
        const i = Number(Buffer.from(data).readBigUInt64BE(0));
        // The old or the new value, never a torn one: the bytes are exactly value i's.
        expect(Buffer.from(data).equals(crashValue(i))).toBe(true);
        expect(crashUid(i)).toBe(uid);
        expect(i).toBeLessThanOrEqual(maxAck + 1);
        if (acked !== undefined) expect(i).toBeGreaterThanOrEqual(acked);
      }
    }
    expect(maxAck).toBeGreaterThanOrEqual(ROUNDS - 1);
  });
});
