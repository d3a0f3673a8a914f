/**
 * Values as the bootstrap steps write and compare them: a table cell typed by the resource's DDF type
 * (`31` for an Integer ACL is a number), equality across the shapes codecs decode to (number vs
 * bigint, Buffer, Objlnk), and a short rendering for criterion messages.
 */
import type { Lwm2mRecord, ResourceValue } from '../../targets/reference/lwm2m/codecs/types';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { formatPath, parsePath } from '../../targets/reference/lwm2m/model/path';

export function typedValue(pathText: string, text: string): ResourceValue {
  const path = parsePath(pathText);
  const def = path.resourceId === undefined ? undefined : defaultModel().resource(path.objectId, path.resourceId);
  if (!def) throw new Error(`feature error: ${pathText} is not a resource of the model`);
  switch (def.type) {
    case 'integer':
    case 'unsigned':
    case 'time':
    case 'float':
      return Number(text);
    case 'boolean':
      return text === 'true';
    case 'opaque':
      return Buffer.from(text, 'utf8');
    case 'objlnk': {
      const [o, i] = text.split(':').map(Number);
      return { objectId: o!, instanceId: i! };
    }
    default:
      return text;
  }
}

export function sameValue(a: ResourceValue, b: ResourceValue): boolean {
  if (Buffer.isBuffer(a) || Buffer.isBuffer(b)) return Buffer.isBuffer(a) && Buffer.isBuffer(b) && a.equals(b);
  if (typeof a === 'object' && typeof b === 'object') return a.objectId === b.objectId && a.instanceId === b.instanceId;
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  const integral = (v: ResourceValue) => typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
  if (integral(a) && integral(b)) return BigInt(a as number | bigint) === BigInt(b as number | bigint);
  return a === b;
}

function show(v: ResourceValue): string {
  if (Buffer.isBuffer(v)) return `0x${v.toString('hex')}`;
  if (typeof v === 'object') return `${v.objectId}:${v.instanceId}`;
  return JSON.stringify(typeof v === 'bigint' ? v.toString() : v);
}

export function describeValues(records: readonly Lwm2mRecord[]): string {
  return records.length === 0 ? 'no values' : records.map((r) => `${formatPath(r.path)}=${show(r.value)}`).join(', ');
}
