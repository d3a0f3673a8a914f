/**
 * What a Read-Composite or composite notification carries (TS-Core 1.2 §6.3.8, §6.4.4): the readable
 * values of every target that exists, each value once. Best effort: a target that does not exist, an
 * executable and a non-readable resource contribute nothing (ETS int-236, int-281); the root covers
 * every Object except those no LwM2M Server may access (/0, /21, /23 — ETS int-235).
 */
import type { Lwm2mRecord } from '../../codecs/types';
import { formatPath } from '../../model/path';
import { BOOTSTRAP_ONLY_OBJECTS } from '../access';
import type { DmContext } from '../dm-context';
import { readableRecords, readRefusal } from '../read';
import type { CompositeTarget } from './composite-targets';

export function compositeRecords(ctx: DmContext, targets: readonly CompositeTarget[]): Lwm2mRecord[] {
  const seen = new Set<string>();
  const out: Lwm2mRecord[] = [];
  const add = (records: Lwm2mRecord[]) => {
    for (const r of records) {
      const key = formatPath(r.path);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r);
    }
  };
  for (const target of targets) {
    if (target === 'root') {
      for (const objectId of ctx.tree.objectIds()) if (!BOOTSTRAP_ONLY_OBJECTS.has(objectId)) add(readableRecords(ctx, { objectId }));
      continue;
    }
    if (BOOTSTRAP_ONLY_OBJECTS.has(target.objectId) || readRefusal(ctx, target) !== undefined) continue;
    add(readableRecords(ctx, target));
  }
  return out;
}
