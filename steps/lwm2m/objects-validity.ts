/**
 * "Expected values in compliance with the LwM2M technical specification" (ETS int-701, 801, 910):
 * for values that are the device's own (radio state, position, counters), a criterion checks each
 * against its definition rather than a fixed number: the DDF data type and RangeEnumeration, plus
 * the few meanings a type alone does not carry (addresses are IP addresses, a latitude is within
 * ±90°, a fix is not timestamped in the future).
 */
import { isIP } from 'node:net';
import type { Lwm2mRecord, ResourceValue } from '../../targets/reference/lwm2m/codecs/types';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { formatPath } from '../../targets/reference/lwm2m/model/path';
import type { ResourceDefinition } from '../../targets/reference/lwm2m/model/types';

/** How far ahead of the Server's clock a device clock may run before its timestamps are "in the future". */
const CLOCK_SKEW_S = 300;

type Rule = (value: ResourceValue) => string | undefined;

const within = (min: number, max: number, unit: string): Rule => (v) =>
  typeof v === 'number' && v >= min && v <= max ? undefined : `not within ${min}..${max} ${unit}`;

/** Meanings beyond the DDF type, by `object/resource`. */
const RULES: Readonly<Record<string, Rule>> = {
  '4/4': (v) => (typeof v === 'string' && isIP(v) ? undefined : 'not an IP address'), // IP Addresses
  '4/5': (v) => (typeof v === 'string' && isIP(v) ? undefined : 'not an IP address'), // Router IP Addresses
  '6/0': within(-90, 90, '°'), // Latitude
  '6/1': within(-180, 180, '°'), // Longitude
  '6/3': within(0, Number.MAX_VALUE, 'm'), // Radius
  '6/5': (v) => (typeof v === 'number' && v > 0 && v <= Date.now() / 1000 + CLOCK_SKEW_S ? undefined : 'not a past time'), // Timestamp
  '6/6': within(0, Number.MAX_VALUE, 'm/s'), // Speed
  '7/0': within(0, Number.MAX_SAFE_INTEGER, ''), // SMS Tx Counter
  '7/1': within(0, Number.MAX_SAFE_INTEGER, ''),
  '7/2': within(0, Number.MAX_SAFE_INTEGER, 'kB'),
  '7/3': within(0, Number.MAX_SAFE_INTEGER, 'kB'),
  '7/4': within(0, Number.MAX_SAFE_INTEGER, 'B'),
  '7/5': within(0, Number.MAX_SAFE_INTEGER, 'B'),
};

function typeProblem(def: ResourceDefinition, v: ResourceValue): string | undefined {
  switch (def.type) {
    case 'integer':
    case 'unsigned':
    case 'time':
      if (typeof v === 'bigint') return undefined;
      if (typeof v !== 'number' || !Number.isInteger(v)) return `not an ${def.type}`;
      return def.type === 'unsigned' && v < 0 ? 'negative' : undefined;
    case 'float':
      return typeof v === 'number' && Number.isFinite(v) ? undefined : 'not a float';
    case 'boolean':
      return typeof v === 'boolean' ? undefined : 'not a boolean';
    case 'string':
    case 'corelnk':
      return typeof v === 'string' ? undefined : 'not a string';
    case 'opaque':
      return Buffer.isBuffer(v) ? undefined : 'not opaque';
    case 'objlnk':
      return typeof v === 'object' && v !== null && 'objectId' in v ? undefined : 'not an object link';
    case 'none':
      return 'an executable Resource has no value';
  }
}

function rangeProblem(def: ResourceDefinition, v: ResourceValue): string | undefined {
  const range = def.range;
  if (!range) return undefined;
  const n = typeof v === 'bigint' ? Number(v) : v;
  if (range.kind === 'value' && typeof n === 'number') return n < range.min || n > range.max ? `outside ${def.rangeEnumeration}` : undefined;
  if (range.kind === 'enum' && typeof n === 'number') return range.values.includes(n) ? undefined : `not one of ${def.rangeEnumeration}`;
  if (range.kind === 'length' && (typeof v === 'string' || Buffer.isBuffer(v))) {
    const length = Buffer.byteLength(v as string | Buffer);
    return length < range.min || length > range.max ? `${length} bytes, outside ${def.rangeEnumeration}` : undefined;
  }
  return undefined;
}

/** Every record whose value does not fit its definition, as `/4/0/4/0="x": not an IP address`. */
export function invalidValues(records: readonly Lwm2mRecord[]): string[] {
  const model = defaultModel();
  const problems: string[] = [];
  for (const r of records) {
    const { objectId, resourceId } = r.path;
    const def = resourceId === undefined ? undefined : model.object(objectId)?.resources.get(resourceId);
    const where = `${formatPath(r.path)}=${describe(r.value)}`;
    if (!def) {
      problems.push(`${where}: no such Resource in Object ${objectId}`);
      continue;
    }
    const problem = typeProblem(def, r.value) ?? rangeProblem(def, r.value) ?? RULES[`${objectId}/${resourceId}`]?.(r.value);
    if (problem) problems.push(`${where}: ${problem}`);
  }
  return problems;
}

/** Mandatory Resources (by id) that no record carries. */
export function missingResources(records: readonly Lwm2mRecord[], resourceIds: readonly number[]): number[] {
  return resourceIds.filter((id) => !records.some((r) => r.path.resourceId === id));
}

function describe(v: ResourceValue): string {
  if (Buffer.isBuffer(v)) return `0x${v.toString('hex')}`;
  if (typeof v === 'object') return `${v.objectId}:${v.instanceId}`;
  return JSON.stringify(typeof v === 'bigint' ? v.toString() : v);
}
