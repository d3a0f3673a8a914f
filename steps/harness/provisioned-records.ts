/**
 * The readable values a configuration puts under a path, one per Resource or Resource Instance — what
 * a complete Read of that path must return (ETS int-222 "all instances and all their resources").
 * Security (/0) values never count: no LwM2M Server may read them (TS-Core §6.3, ETS int-221).
 */
import type { ClientConfiguration, ConfigValue } from '../../targets/roles/lwm2m-client';
import type { Lwm2mPath, Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { formatPath, isUnder, parsePath } from '../../targets/reference/lwm2m/model/path';
import { describeExpected, describeRecords, valueMatches } from './expected-values';
import { isInstanceMap, sameAsProvisioned } from './provisioned';

export interface ProvisionedValue {
  path: Lwm2mPath;
  value: ConfigValue;
}

const NOT_FOR_SERVERS = new Set([0, 21, 23]);

export function provisionedUnder(config: ClientConfiguration, under: Lwm2mPath | 'root'): ProvisionedValue[] {
  const out: ProvisionedValue[] = [];
  for (const instance of config.instances) {
    if (NOT_FOR_SERVERS.has(instance.objectId)) continue;
    for (const [rid, value] of Object.entries(instance.resources)) {
      const resourceId = Number(rid);
      const def = defaultModel().resource(instance.objectId, resourceId);
      if (!def?.operations.includes('R')) continue;
      const base = { objectId: instance.objectId, instanceId: instance.instanceId, resourceId };
      const values: ProvisionedValue[] = isInstanceMap(value)
        ? Object.entries(value).map(([ri, v]) => ({ path: { ...base, resourceInstanceId: Number(ri) }, value: v }))
        : [{ path: base, value: value as ConfigValue }];
      out.push(...values.filter((v) => under === 'root' || isUnder(v.path, under)));
    }
  }
  return out;
}

/** What is missing or different in `records` compared with the provisioned values (empty: all there). */
export function missingProvisioned(records: readonly Lwm2mRecord[], expected: readonly ProvisionedValue[]): string[] {
  return expected.flatMap(({ path, value }) => {
    const found = records.filter((r) => formatPath(r.path) === formatPath(path));
    if (found.length === 1 && sameAsProvisioned(found[0]!.value, value)) return [];
    return [`${formatPath(path)}=${JSON.stringify(value)} (got ${found.length === 0 ? 'nothing' : describeRecords(found)})`];
  });
}

/** Rows of `| path | value |` that `records` do not satisfy; with `exactly`, also values not listed. */
export function tableProblems(records: readonly Lwm2mRecord[], rows: Array<Record<string, string>>, exactly: boolean, sources: Parameters<typeof valueMatches>[3]): string[] {
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const row of rows) {
    const path = row['path']!;
    listed.add(path);
    const target = parsePath(path);
    const found = records.filter((r) => formatPath(r.path) === path);
    if (found.length !== 1 || !valueMatches(found[0]!.value, row['value']!, target, sources)) {
      problems.push(`${path}=${describeExpected(row['value']!, target, sources)} (got ${found.length === 0 ? 'nothing' : describeRecords(found)})`);
    }
  }
  if (exactly) {
    const extra = records.filter((r) => !listed.has(formatPath(r.path)));
    if (extra.length > 0) problems.push(`nothing else (got also ${describeRecords(extra)})`);
  }
  return problems;
}
