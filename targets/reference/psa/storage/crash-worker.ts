/**
 * Child process of crash-safety.spec.ts: writes ITS assets in an endless loop through the real
 * StorageService and acknowledges each completed psa_its_set on stdout (`ack <uid> <i>`), so the
 * parent can SIGKILL it at any moment and then check that nothing acknowledged was lost or torn.
 * Usage: node --require tsx/cjs crash-worker.ts <dir> <first i>
 */
import { writeSync } from 'node:fs';
import { StorageService } from './storage-service';

export const CRASH_CLIENT = -1;
export const CRASH_UIDS = 4;
export const CRASH_QUOTA = 1 << 20;

/** The uid value i is written to. */
export function crashUid(i: number): bigint {
  return BigInt(1 + (i % CRASH_UIDS));
}

/** Value number i: its number in the first 8 bytes, then a pattern; 8 B to 16 KiB long. */
export function crashValue(i: number): Buffer {
  const value = Buffer.alloc(8 + ((i * 7919) % 16384));
  value.writeBigUInt64BE(BigInt(i), 0);
  for (let k = 8; k < value.length; k++) value[k] = (i * 31 + k * 7) & 0xff;
  return value;
}

function main(dir: string, first: number): void {
  const its = new StorageService({ api: 'its', setExtended: false, quotaBytes: CRASH_QUOTA, dir });
  for (let i = first; ; i++) {
    const status = its.set(CRASH_CLIENT, crashUid(i), crashValue(i), 0);
    if (status !== 0) {
      writeSync(2, `psa_its_set of value ${i} returned ${status}\n`);
      process.exit(3);
    }
    writeSync(1, `ack ${crashUid(i)} ${i}\n`);
  }
}

if (require.main === module) main(process.argv[2], Number(process.argv[3]));
