/**
 * Whether a change is worth a notification (TS-Core 1.2 §6.4.2, Table 7.3.2-1; draft-ietf-core-
 * conditional-attributes): with no condition attribute, any change of any value; with gt/lt, a value
 * that crossed the threshold since the last notification; with st, a value that moved by at least st;
 * with edge, a Boolean that went 0→1 (edge=1) or 1→0 (edge=0). New or vanished values always count.
 */
import type { Lwm2mRecord, ResourceValue } from '../../codecs/types';
import { formatPath } from '../../model/path';
import type { AttributeSet } from '../attributes/attribute-set';

const keyOf = (r: Lwm2mRecord) => formatPath(r.path);

export function sameValue(a: ResourceValue, b: ResourceValue): boolean {
  if (Buffer.isBuffer(a) || Buffer.isBuffer(b)) return Buffer.isBuffer(a) && Buffer.isBuffer(b) && a.equals(b);
  if (typeof a === 'object' && typeof b === 'object') return a.objectId === b.objectId && a.instanceId === b.instanceId;
  return a === b;
}

function crossed(prev: number, next: number, a: AttributeSet): boolean {
  if (a.gt !== undefined && prev > a.gt !== next > a.gt) return true;
  if (a.lt !== undefined && prev < a.lt !== next < a.lt) return true;
  return a.st !== undefined && Math.abs(next - prev) >= a.st;
}

/** `conditional` false (composite observations): conditions do not apply, any change counts. */
export function worthNotifying(previous: readonly Lwm2mRecord[], current: readonly Lwm2mRecord[], a: AttributeSet, conditional: boolean): boolean {
  const before = new Map(previous.map((r) => [keyOf(r), r.value]));
  if (before.size !== current.length || current.some((r) => !before.has(keyOf(r)))) return true;
  const hasConditions = conditional && (a.gt !== undefined || a.lt !== undefined || a.st !== undefined || a.edge !== undefined);
  for (const r of current) {
    const prev = before.get(keyOf(r))!;
    if (sameValue(prev, r.value)) continue;
    if (!hasConditions) return true;
    if (typeof prev === 'number' && typeof r.value === 'number' && crossed(prev, r.value, a)) return true;
    if (typeof prev === 'boolean' && typeof r.value === 'boolean' && a.edge !== undefined && r.value === (a.edge === 1)) return true;
  }
  return false;
}
