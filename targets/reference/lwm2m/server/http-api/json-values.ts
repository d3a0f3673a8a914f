/**
 * LwM2M values in JSON (docs/server-control-api.md "Values"), the same spelling as the suite's
 * provisioned configurations: strings, numbers and booleans as themselves; `{ "opaque": base64 }`,
 * `{ "objlnk": "3:0" }`, and `{ "integer": "…" }` for 64-bit integers beyond 2^53.
 */
import type { Lwm2mRecord, ObjectLink, ResourceValue } from '../../codecs/types';
import { isObjectLink } from '../../codecs/values';
import { formatPath, parsePath } from '../../model/path';
import { badRequest } from './errors';

export type JsonValue = string | number | boolean | { opaque: string } | { objlnk: string } | { integer: string };

export interface JsonRecord {
  path: string;
  value: JsonValue;
}

export function toJsonValue(value: ResourceValue): JsonValue {
  if (Buffer.isBuffer(value)) return { opaque: value.toString('base64') };
  if (typeof value === 'bigint') return { integer: value.toString() };
  if (isObjectLink(value)) return { objlnk: `${value.objectId}:${value.instanceId}` };
  return value as string | number | boolean;
}

export const toJsonRecords = (records: readonly Lwm2mRecord[]): JsonRecord[] => records.map((r) => ({ path: formatPath(r.path), value: toJsonValue(r.value) }));

function objectLink(text: string, where: string): ObjectLink {
  const m = /^(\d{1,5}):(\d{1,5})$/.exec(text);
  if (!m) throw badRequest(`${where}: objlnk must be "objectId:instanceId", got ${JSON.stringify(text)}`);
  return { objectId: Number(m[1]), instanceId: Number(m[2]) };
}

export function fromJsonValue(json: unknown, where: string): ResourceValue {
  if (typeof json === 'string' || typeof json === 'boolean') return json;
  if (typeof json === 'number') {
    if (!Number.isFinite(json)) throw badRequest(`${where}: ${json} is not a finite number`);
    return json;
  }
  if (typeof json === 'object' && json !== null) {
    const o = json as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && typeof o['opaque'] === 'string') return Buffer.from(o['opaque'], 'base64');
    if (keys.length === 1 && typeof o['objlnk'] === 'string') return objectLink(o['objlnk'], where);
    if (keys.length === 1 && typeof o['integer'] === 'string' && /^-?\d+$/.test(o['integer'])) return BigInt(o['integer']);
  }
  throw badRequest(`${where}: a value is a string, number, boolean, {"opaque": base64}, {"objlnk": "o:i"} or {"integer": "digits"}; got ${JSON.stringify(json)}`);
}

export function fromJsonRecords(json: unknown, where = 'records'): Lwm2mRecord[] {
  if (!Array.isArray(json) || json.length === 0) throw badRequest(`${where} must be a non-empty array of {path, value}`);
  return json.map((item, i) => {
    const r = item as { path?: unknown; value?: unknown } | null;
    if (typeof r?.path !== 'string') throw badRequest(`${where}[${i}].path must be a string like "/3/0/1"`);
    return { path: parsePath(r.path), value: fromJsonValue(r.value, `${where}[${i}] (${r.path})`) };
  });
}
