/**
 * LwM2M paths `/{Object ID}/{Object Instance ID}/{Resource ID}/{Resource Instance ID}` (TS-Core §6.1,
 * §7.1). Every id is a 16-bit unsigned integer; 65535 (MAX_ID) is reserved and never addresses anything.
 */
import type { Lwm2mPath } from '../codecs/types';

export const MAX_ID = 65535;

/** A path string that is not a valid LwM2M path. Deliberately not a CodecError: paths are not payloads. */
export class InvalidPathError extends Error {
  override readonly name = 'InvalidPathError';
}

const SEGMENT_NAMES = ['Object ID', 'Object Instance ID', 'Resource ID', 'Resource Instance ID'] as const;

/** `/3/0/11/1` → `{ objectId: 3, instanceId: 0, resourceId: 11, resourceInstanceId: 1 }`. */
export function parsePath(text: string): Lwm2mPath {
  if (!text.startsWith('/')) throw new InvalidPathError(`LwM2M path must start with "/": "${text}"`);
  const segments = text.slice(1).split('/');
  if (segments.length > 4) throw new InvalidPathError(`LwM2M path has more than 4 segments: "${text}"`);
  const ids = segments.map((s, i) => parseId(s, SEGMENT_NAMES[i]!, text));
  return fromIds(ids);
}

function parseId(segment: string, what: string, text: string): number {
  if (segment === '') throw new InvalidPathError(`empty ${what} segment in "${text}"`);
  if (!/^(0|[1-9]\d*)$/.test(segment)) throw new InvalidPathError(`${what} "${segment}" is not a decimal number in "${text}"`);
  const id = Number(segment);
  if (id > MAX_ID) throw new InvalidPathError(`${what} ${segment} exceeds 16 bits in "${text}"`);
  if (id === MAX_ID) throw new InvalidPathError(`${what} 65535 is reserved (MAX_ID) in "${text}"`);
  return id;
}

function fromIds(ids: readonly number[]): Lwm2mPath {
  const p: Lwm2mPath = { objectId: ids[0]! };
  if (ids.length > 1) p.instanceId = ids[1];
  if (ids.length > 2) p.resourceId = ids[2];
  if (ids.length > 3) p.resourceInstanceId = ids[3];
  return p;
}

/** The ids of a path from the object down, stopping at the first absent level; throws on a gap. */
export function pathIds(p: Lwm2mPath): number[] {
  const all = [p.objectId, p.instanceId, p.resourceId, p.resourceInstanceId];
  const n = all.indexOf(undefined) === -1 ? 4 : all.indexOf(undefined);
  if (all.slice(n).some((x) => x !== undefined)) throw new InvalidPathError(`LwM2M path has a gap: ${JSON.stringify(p)}`);
  return all.slice(0, n) as number[];
}

/** `{ objectId: 1, instanceId: 0, resourceId: 1 }` → `/1/0/1`. */
export function formatPath(p: Lwm2mPath): string {
  return '/' + pathIds(p).join('/');
}

/** Number of levels named: 1 object, 2 instance, 3 resource, 4 resource instance. */
export function pathDepth(p: Lwm2mPath): 1 | 2 | 3 | 4 {
  return pathIds(p).length as 1 | 2 | 3 | 4;
}

/** True when `p` is `prefix` or lies below it (`/3/0/1` is under `/3`). */
export function isUnder(p: Lwm2mPath, prefix: Lwm2mPath): boolean {
  const a = pathIds(p);
  const b = pathIds(prefix);
  return b.length <= a.length && b.every((id, i) => a[i] === id);
}

export function samePath(a: Lwm2mPath, b: Lwm2mPath): boolean {
  return formatPath(a) === formatPath(b);
}
