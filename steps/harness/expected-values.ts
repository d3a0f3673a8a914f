/**
 * Values a step expects, as feature files write them: `101`, `true`, `U`, `"test value"`, `0x00ff`,
 * `3:0`, or the words `provisioned` (what the configuration put there) and `saved` (what the Server
 * read before changing it, ETS int-215 "S saved the initial values"). Compared with a decoded value
 * by the resource's data type (TS-Core App. C), so `1` and `true` mean the same for a Boolean.
 */
import type { ClientConfiguration } from '../../targets/roles/lwm2m-client';
import { formatValue } from '../../targets/reference/lwm2m/codecs/describe';
import type { Lwm2mPath, Lwm2mRecord, ResourceValue } from '../../targets/reference/lwm2m/codecs/types';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { formatPath } from '../../targets/reference/lwm2m/model/path';
import { describeProvisioned, isInstanceMap, provisionedValue, sameAsProvisioned } from './provisioned';

export interface ValueSources {
  configuration?: ClientConfiguration;
  saved?: readonly Lwm2mRecord[];
}

const unquote = (t: string) => (/^".*"$/.test(t) ? t.slice(1, -1) : t);

/** True when `actual` (decoded at `path`) is what `expected` says. */
export function valueMatches(actual: ResourceValue, expected: string, path: Lwm2mPath, sources: ValueSources = {}): boolean {
  if (expected === 'provisioned') {
    const p = sources.configuration && provisionedValue(sources.configuration, path);
    return p !== undefined && !isInstanceMap(p) && sameAsProvisioned(actual, p);
  }
  if (expected === 'saved') {
    const saved = sources.saved?.find((r) => formatPath(r.path) === formatPath(path));
    return saved !== undefined && formatValue(saved.value) === formatValue(actual);
  }
  const type = path.resourceId === undefined ? undefined : defaultModel().resource(path.objectId, path.resourceId)?.type;
  const text = unquote(expected);
  switch (type) {
    case 'integer':
    case 'unsigned':
    case 'time':
    case 'float':
      return (typeof actual === 'number' || typeof actual === 'bigint') && Number(actual) === Number(text);
    case 'boolean':
      return typeof actual === 'boolean' && actual === (text === 'true' || text === '1');
    case 'opaque':
      return Buffer.isBuffer(actual) && actual.equals(Buffer.from(text.replace(/^0x/i, ''), 'hex'));
    case 'objlnk':
      return typeof actual === 'object' && !Buffer.isBuffer(actual) && `${actual.objectId}:${actual.instanceId}` === text;
    default:
      return typeof actual === 'string' && actual === text;
  }
}

/** What `expected` stands for, for failure messages. */
export function describeExpected(expected: string, path: Lwm2mPath, sources: ValueSources = {}): string {
  if (expected === 'provisioned') {
    const p = sources.configuration && provisionedValue(sources.configuration, path);
    return p === undefined ? `the provisioned value (none provisioned at ${formatPath(path)})` : describeProvisioned(p);
  }
  if (expected === 'saved') {
    const saved = sources.saved?.find((r) => formatPath(r.path) === formatPath(path));
    return saved ? `${formatValue(saved.value)} (saved)` : 'the saved value (none saved)';
  }
  return expected;
}

/** `/1/0/1=86400, /1/0/6=false` */
export function describeRecords(records: readonly Lwm2mRecord[]): string {
  return records.length === 0 ? 'no values' : records.map((r) => `${formatPath(r.path)}=${formatValue(r.value)}`).join(', ');
}
