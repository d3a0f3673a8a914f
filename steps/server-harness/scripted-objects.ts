/**
 * The scripted client's object tree: LwM2M values by path, the Object Instances that exist, the
 * Write-Attributes the server attached, and a log of Executes. Deliberately simple — it is the
 * suite's instrument, not a client implementation — but it follows TS-Core where the server's
 * behaviour depends on it: Replace vs Partial Update (§6.3.3), read-only resources refuse Write
 * with 4.05 (ETS int-256), Create and Delete of Object Instances (§6.3.6–6.3.7).
 */
import { registrationObjectLinks, type RegisteredObject } from '../../targets/reference/lwm2m/codecs/registration-links';
import type { Link } from '../../targets/reference/lwm2m/codecs/link-format';
import type { Lwm2mPath, Lwm2mRecord, ModelLookup } from '../../targets/reference/lwm2m/codecs/types';
import { formatPath, isUnder, pathDepth } from '../../targets/reference/lwm2m/model/path';

const instanceKey = (p: Lwm2mPath): string => `/${p.objectId}/${p.instanceId}`;

export class ScriptedObjects {
  private readonly values = new Map<string, Lwm2mRecord>();
  private readonly instances = new Set<string>();
  /** Attributes per path as the server wrote them (`pmin` → `10`; a bare name clears). */
  readonly attributes = new Map<string, Map<string, string>>();
  readonly executed: Array<{ path: string; args: string }> = [];

  constructor(
    readonly model: ModelLookup,
    records: readonly Lwm2mRecord[] = [],
  ) {
    for (const r of records) this.put(r);
  }

  put(record: Lwm2mRecord): void {
    this.instances.add(instanceKey(record.path));
    this.values.set(formatPath(record.path), { path: { ...record.path }, value: record.value });
  }

  hasInstance(objectId: number, instanceId: number): boolean {
    return this.instances.has(`/${objectId}/${instanceId}`);
  }

  /** Does anything exist at or below `path`? */
  exists(path: Lwm2mPath): boolean {
    if (path.instanceId === undefined) return [...this.instances].some((k) => k.startsWith(`/${path.objectId}/`));
    if (path.resourceId === undefined) return this.instances.has(formatPath(path));
    return this.read(path).length > 0;
  }

  /** Every value at or below `path`, in path order. */
  read(path: Lwm2mPath): Lwm2mRecord[] {
    return [...this.values.values()].filter((r) => isUnder(r.path, path)).sort((a, b) => compare(a.path, b.path));
  }

  get(path: string): Lwm2mRecord | undefined {
    return this.values.get(path);
  }

  /** Replace (PUT): the target's old values go, the new ones stay (TS-Core §6.3.3). */
  replace(path: Lwm2mPath, records: readonly Lwm2mRecord[]): void {
    for (const old of this.read(path)) this.values.delete(formatPath(old.path));
    for (const r of records) this.put(r);
  }

  /** Partial Update (POST) and Write-Composite: only the given values change. */
  update(records: readonly Lwm2mRecord[]): void {
    for (const r of records) this.put(r);
  }

  create(objectId: number, instanceId: number, records: readonly Lwm2mRecord[]): void {
    this.instances.add(`/${objectId}/${instanceId}`);
    for (const r of records) this.put({ path: { ...r.path, objectId, instanceId }, value: r.value });
  }

  deleteInstance(path: Lwm2mPath): boolean {
    const key = instanceKey(path);
    if (!this.instances.delete(key)) return false;
    for (const r of this.read(path)) this.values.delete(formatPath(r.path));
    return true;
  }

  /** The lowest free instance id of an object (Create without an id). */
  freeInstanceId(objectId: number): number {
    let id = 0;
    while (this.hasInstance(objectId, id)) id++;
    return id;
  }

  /** What a Register lists (TS-Core §6.2.1): objects and their instances, never /0. */
  registeredObjects(): RegisteredObject[] {
    const byObject = new Map<number, number[]>();
    for (const key of this.instances) {
      const [, o, i] = key.split('/').map(Number);
      byObject.set(o!, [...(byObject.get(o!) ?? []), i!]);
    }
    return [...byObject].map(([objectId, instances]) => ({ objectId, instances }));
  }

  objectLinks(): string {
    return registrationObjectLinks(this.registeredObjects());
  }

  /** Discover (TS-Core §6.3.4): the instance/resources under `path` with their attributes. */
  discover(path: Lwm2mPath): Link[] {
    const targets = new Set<string>([formatPath(path)]);
    const depth = pathDepth(path);
    for (const r of this.read(path)) {
      if (depth < 2) targets.add(instanceKey(r.path));
      if (depth < 3) targets.add(formatPath({ objectId: r.path.objectId, instanceId: r.path.instanceId, resourceId: r.path.resourceId }));
    }
    if (depth === 1) for (const k of this.instances) if (k.startsWith(`/${path.objectId}/`)) targets.add(k);
    return [...targets].sort(comparePathText).map((target) => ({ target, params: Object.fromEntries(this.attributes.get(target) ?? []) }));
  }

  writeAttributes(path: Lwm2mPath, query: readonly string[]): void {
    const key = formatPath(path);
    const attrs = this.attributes.get(key) ?? new Map<string, string>();
    for (const q of query) {
      const eq = q.indexOf('=');
      if (eq < 0) attrs.delete(q);
      else attrs.set(q.slice(0, eq), q.slice(eq + 1));
    }
    this.attributes.set(key, attrs);
  }
}

function compare(a: Lwm2mPath, b: Lwm2mPath): number {
  const x = [a.objectId, a.instanceId ?? -1, a.resourceId ?? -1, a.resourceInstanceId ?? -1];
  const y = [b.objectId, b.instanceId ?? -1, b.resourceId ?? -1, b.resourceInstanceId ?? -1];
  for (let i = 0; i < 4; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

const comparePathText = (a: string, b: string): number => {
  const x = a.split('/').slice(1).map(Number);
  const y = b.split('/').slice(1).map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
};
