/**
 * Hot-path helpers for the record-oriented codecs: LwM2M paths (TS-Core §7.1; ids 0..65534, 65535 is
 * reserved) as plain id arrays, parsed and checked without regexes or intermediate strings, and
 * 64-bit integer checks that skip BigInt for the common safe-integer case. A 1,000-value SenML pack
 * resolves 1,000 names, so these dominate decode time; errors fall back to the model's own messages.
 */
import { parsePath } from '../model/path';
import { CodecError, type Lwm2mPath, type ResourceType, type ResourceValue } from './types';
import { fromBigInt, integerOf } from './values';

const SLASH = 0x2f;
const ZERO = 0x30;

function invalidName(name: string, cf: number): never {
  let why = 'not an LwM2M path';
  try {
    parsePath(name);
  } catch (e) {
    why = (e as Error).message;
  }
  throw new CodecError(cf, `record name ${JSON.stringify(name)} is not an LwM2M path: ${why}`);
}

/** `/3/0/11/1` → [3, 0, 11, 1], exactly as strict as parsePath (no empty or zero-padded segments, ≤ 4 ids). */
export function nameIds(name: string, cf: number): number[] {
  const len = name.length;
  if (len < 2 || name.charCodeAt(0) !== SLASH) invalidName(name, cf);
  const ids: number[] = [];
  for (let i = 1; i <= len; i++) {
    const start = i;
    let v = 0;
    for (; i < len; i++) {
      const d = name.charCodeAt(i) - ZERO;
      if (d === SLASH - ZERO) break;
      if (d < 0 || d > 9) invalidName(name, cf);
      v = v * 10 + d;
      if (v >= 65535) invalidName(name, cf);
    }
    if (i === start || (i - start > 1 && name.charCodeAt(start) === ZERO) || ids.length === 4) invalidName(name, cf);
    ids.push(v);
  }
  return ids;
}

const isId = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 65535;

/** The ids of a record's path, checked (no gaps, every id in 0..65534). */
export function pathIdsOf(p: Lwm2mPath, cf: number): number[] {
  const ids = [p.objectId];
  if (p.instanceId !== undefined) {
    ids.push(p.instanceId);
    if (p.resourceId !== undefined) {
      ids.push(p.resourceId);
      if (p.resourceInstanceId !== undefined) ids.push(p.resourceInstanceId);
    } else if (p.resourceInstanceId !== undefined) ids.length = 0;
  } else if (p.resourceId !== undefined || p.resourceInstanceId !== undefined) ids.length = 0;
  let ok = ids.length > 0;
  for (let i = 0; ok && i < ids.length; i++) ok = isId(ids[i]);
  if (!ok) throw new CodecError(cf, `not a valid LwM2M path: ${JSON.stringify(p)}`);
  return ids;
}

export function idsToPath(ids: readonly number[]): Lwm2mPath {
  const p: Lwm2mPath = { objectId: ids[0]! };
  if (ids.length > 1) p.instanceId = ids[1];
  if (ids.length > 2) p.resourceId = ids[2];
  if (ids.length > 3) p.resourceInstanceId = ids[3];
  return p;
}

export const idsToName = (ids: readonly number[]): string => `/${ids.join('/')}`;

/** True when `ids` is `base` or lies below it. */
export function idsUnder(ids: readonly number[], base: readonly number[]): boolean {
  if (ids.length < base.length) return false;
  for (let i = 0; i < base.length; i++) if (ids[i] !== base[i]) return false;
  return true;
}

/** An Integer / Unsigned / Time value, range-checked; safe integers stay numbers without a BigInt detour. */
export function exactInteger(type: ResourceType, value: ResourceValue, cf: number, where: string): number | bigint {
  if (typeof value === 'number' && Number.isSafeInteger(value) && (value >= 0 || type !== 'unsigned')) return value === 0 ? 0 : value;
  return fromBigInt(integerOf(type, value, cf, where));
}

/**
 * Duplicate detection for resolved paths without building string keys: resources by a 48-bit number
 * (oid, iid, rid), Resource Instances by that number plus their id. Timestamped or shallow paths
 * (rare) fall back to strings. `add` answers false when the path was already there.
 */
export class PathSet {
  private readonly resources = new Set<number>();
  private readonly instances = new Map<number, Set<number>>();
  private readonly others = new Set<string>();

  add(ids: readonly number[], time?: number): boolean {
    if (time !== undefined || ids.length < 3) {
      const key = time === undefined ? idsToName(ids) : `${idsToName(ids)}@${time}`;
      if (this.others.has(key)) return false;
      this.others.add(key);
      return true;
    }
    const k = (ids[0]! * 65536 + ids[1]!) * 65536 + ids[2]!;
    if (ids.length === 3) {
      if (this.resources.has(k)) return false;
      this.resources.add(k);
      return true;
    }
    let set = this.instances.get(k);
    if (!set) this.instances.set(k, (set = new Set()));
    if (set.has(ids[3]!)) return false;
    set.add(ids[3]!);
    return true;
  }
}

const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A String must have a UTF-8 form (TS-Core App. C): a lone UTF-16 surrogate has none. */
export function wellFormed(text: string, cf: number, where: string): string {
  if (SURROGATE.test(text) && LONE_SURROGATE.test(text)) throw new CodecError(cf, `${where}: string holds a lone UTF-16 surrogate, which has no UTF-8 form`);
  return text;
}
