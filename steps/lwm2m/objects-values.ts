/**
 * Comparing values the Client returned with what the Server wrote or provisioned: equal as LwM2M
 * values (a Float read back as 32-bit may round), and described in failure messages as the path and
 * the value.
 */
import type { ClientConfiguration } from '../../targets/roles/lwm2m-client';
import type { Lwm2mPath, Lwm2mRecord, ResourceValue } from '../../targets/reference/lwm2m/codecs/types';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { formatPath, isUnder } from '../../targets/reference/lwm2m/model/path';
import { toResourceValue } from '../../targets/reference/lwm2m/client/config-values';

/** Float32 has 24 significant bits: values read back may differ from the written double by that. */
const FLOAT_RELATIVE = 1e-6;

export function sameLwm2mValue(a: ResourceValue, b: ResourceValue): boolean {
  if (Buffer.isBuffer(a) || Buffer.isBuffer(b)) return Buffer.isBuffer(a) && Buffer.isBuffer(b) && a.equals(b);
  if (typeof a === 'object' && typeof b === 'object') return a.objectId === b.objectId && a.instanceId === b.instanceId;
  if (typeof a === 'bigint' || typeof b === 'bigint') return BigInt(a as number) === BigInt(b as number);
  if (typeof a === 'number' && typeof b === 'number' && !(Number.isInteger(a) && Number.isInteger(b))) {
    return Math.abs(a - b) <= FLOAT_RELATIVE * Math.max(Math.abs(a), Math.abs(b));
  }
  return a === b;
}

export function describeRecord(r: Lwm2mRecord): string {
  return `${formatPath(r.path)}=${describeValue(r.value)}`;
}

export function describeValue(v: ResourceValue): string {
  if (Buffer.isBuffer(v)) return `0x${v.toString('hex')}`;
  if (typeof v === 'object') return `${v.objectId}:${v.instanceId}`;
  return JSON.stringify(typeof v === 'bigint' ? v.toString() : v);
}

/** The expected records the actual ones lack or hold with another value, described. */
export function mismatches(expected: readonly Lwm2mRecord[], actual: readonly Lwm2mRecord[]): string[] {
  const byPath = new Map(actual.map((r) => [formatPath(r.path), r.value]));
  return expected.flatMap((e) => {
    const got = byPath.get(formatPath(e.path));
    if (got === undefined) return [`${formatPath(e.path)} absent (expected ${describeValue(e.value)})`];
    return sameLwm2mValue(got, e.value) ? [] : [`${formatPath(e.path)}=${describeValue(got)} (expected ${describeValue(e.value)})`];
  });
}

/**
 * The provisioned values under `path` as records, readable Resources only (an executable or a
 * write-only Resource has nothing to read back).
 */
export function provisionedRecords(config: ClientConfiguration, path: Lwm2mPath): Lwm2mRecord[] {
  const model = defaultModel();
  const out: Lwm2mRecord[] = [];
  for (const instance of config.instances) {
    for (const [rid, value] of Object.entries(instance.resources)) {
      const base = { objectId: instance.objectId, instanceId: instance.instanceId, resourceId: Number(rid) };
      const def = model.resource(base.objectId, base.resourceId);
      if (!def || !def.operations.includes('R')) continue;
      const single = typeof value !== 'object' || 'opaque' in value || 'objlnk' in value;
      const entries: Array<[Lwm2mPath, unknown]> = single
        ? [[base, value]]
        : Object.entries(value).map(([ri, v]) => [{ ...base, resourceInstanceId: Number(ri) }, v]);
      for (const [p, v] of entries) {
        if (isUnder(p, path)) out.push({ path: p, value: toResourceValue(def.type, v as never, formatPath(p)) });
      }
    }
  }
  return out;
}
