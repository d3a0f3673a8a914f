/**
 * The client's data model (TS-Core §6.1 "Object Model"): Objects → Object Instances → Resources →
 * Resource Instances, built from a provisioned configuration and typed by the DDF model. It stores
 * values only; which operation may touch what is decided by the DM handlers.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import type { Lwm2mPath, Lwm2mRecord, ModelLookup, ResourceDef, ResourceValue } from '../codecs/types';
import { ConfigurationError, toResourceValue } from './config-values';

/** A single-instance Resource holds a value; a multiple-instance Resource holds its instances. */
export type StoredResource = ResourceValue | Map<number, ResourceValue>;

type Instance = Map<number, StoredResource>;

export class ObjectTree {
  private readonly objects = new Map<number, Map<number, Instance>>();
  /** Observers of changes (Information Reporting, TS-Core §6.4): a value written, an instance created or deleted. */
  private readonly listeners = new Set<(path: Lwm2mPath) => void>();

  constructor(readonly model: ModelLookup) {}

  static fromConfiguration(config: ClientConfiguration, model: ModelLookup): ObjectTree {
    const tree = new ObjectTree(model);
    for (const { objectId, instanceId, resources } of config.instances) {
      const where = `${config.id} /${objectId}/${instanceId}`;
      if (tree.hasInstance(objectId, instanceId)) throw new ConfigurationError(`${where} is provisioned twice`);
      tree.createInstance(objectId, instanceId);
      for (const [rid, value] of Object.entries(resources)) {
        const resourceId = Number(rid);
        const def = tree.definition(objectId, resourceId, `${where}/${rid}`);
        const at = `${where}/${rid}`;
        if (def.multiple !== (typeof value === 'object' && !('opaque' in value) && !('objlnk' in value))) {
          throw new ConfigurationError(`${at}: ${def.multiple ? 'a multiple' : 'a single'}-instance resource needs ${def.multiple ? 'an {instance: value} map' : 'one value'}`);
        }
        const stored: StoredResource = def.multiple
          ? new Map(Object.entries(value).map(([ri, v]) => [Number(ri), toResourceValue(def.type, v, `${at}/${ri}`)]))
          : toResourceValue(def.type, value as never, at);
        tree.objects.get(objectId)!.get(instanceId)!.set(resourceId, stored);
      }
    }
    return tree;
  }

  private definition(objectId: number, resourceId: number, where: string): ResourceDef {
    const def = this.model.resource(objectId, resourceId);
    if (!def) throw new ConfigurationError(`${where}: the object model has no such resource`);
    return def;
  }

  objectIds(): number[] {
    return [...this.objects.keys()].sort((a, b) => a - b);
  }

  instanceIds(objectId: number): number[] {
    return [...(this.objects.get(objectId)?.keys() ?? [])].sort((a, b) => a - b);
  }

  hasInstance(objectId: number, instanceId: number): boolean {
    return this.objects.get(objectId)?.has(instanceId) ?? false;
  }

  createInstance(objectId: number, instanceId: number): void {
    let instances = this.objects.get(objectId);
    if (!instances) this.objects.set(objectId, (instances = new Map()));
    if (!instances.has(instanceId)) {
      instances.set(instanceId, new Map());
      this.changed({ objectId, instanceId });
    }
  }

  /** Listens to every change under any path; returns the unsubscribe function. */
  onChange(listener: (path: Lwm2mPath) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private changed(path: Lwm2mPath): void {
    for (const listener of [...this.listeners]) listener(path);
  }

  /** The stored resource at /o/i/r, or undefined when the instance or resource is absent. */
  resource(objectId: number, instanceId: number, resourceId: number): StoredResource | undefined {
    return this.objects.get(objectId)?.get(instanceId)?.get(resourceId);
  }

  resourceIds(objectId: number, instanceId: number): number[] {
    return [...(this.objects.get(objectId)?.get(instanceId)?.keys() ?? [])].sort((a, b) => a - b);
  }

  setResource(objectId: number, instanceId: number, resourceId: number, value: StoredResource): void {
    const instance = this.objects.get(objectId)?.get(instanceId);
    if (!instance) throw new Error(`no Object Instance /${objectId}/${instanceId}`);
    instance.set(resourceId, value);
    this.changed({ objectId, instanceId, resourceId });
  }

  deleteResource(objectId: number, instanceId: number, resourceId: number): void {
    if (this.objects.get(objectId)?.get(instanceId)?.delete(resourceId)) this.changed({ objectId, instanceId, resourceId });
  }

  /** Removes an Object Instance with its Resources; the Object stays known (Bootstrap-Delete, TS-Core §6.1.7.6). */
  deleteInstance(objectId: number, instanceId: number): boolean {
    const deleted = this.objects.get(objectId)?.delete(instanceId) ?? false;
    if (deleted) this.changed({ objectId, instanceId }); // observers of the instance or object (TS-Core §6.4)
    return deleted;
  }

  /** True when everything the path names exists (a Resource Instance path needs that instance). */
  exists(path: Lwm2mPath): boolean {
    if (!this.objects.has(path.objectId)) return false;
    if (path.instanceId === undefined) return true;
    if (!this.hasInstance(path.objectId, path.instanceId)) return false;
    if (path.resourceId === undefined) return true;
    const stored = this.resource(path.objectId, path.instanceId, path.resourceId);
    if (stored === undefined) return false;
    if (path.resourceInstanceId === undefined) return true;
    return stored instanceof Map && stored.has(path.resourceInstanceId);
  }

  /**
   * Every value under an existing path as records, in id order. `include` filters resources (the
   * Read handler passes "readable"); a Resource Instance path yields that one instance.
   */
  records(path: Lwm2mPath, include: (objectId: number, resourceId: number) => boolean = () => true): Lwm2mRecord[] {
    const out: Lwm2mRecord[] = [];
    const instanceIds = path.instanceId === undefined ? this.instanceIds(path.objectId) : [path.instanceId];
    for (const instanceId of instanceIds) {
      const resourceIds = path.resourceId === undefined ? this.resourceIds(path.objectId, instanceId) : [path.resourceId];
      for (const resourceId of resourceIds) {
        if (!include(path.objectId, resourceId)) continue;
        const stored = this.resource(path.objectId, instanceId, resourceId);
        if (stored === undefined) continue;
        const base = { objectId: path.objectId, instanceId, resourceId };
        if (!(stored instanceof Map)) {
          out.push({ path: base, value: stored });
          continue;
        }
        const riids = path.resourceInstanceId === undefined ? [...stored.keys()].sort((a, b) => a - b) : [path.resourceInstanceId];
        for (const resourceInstanceId of riids) {
          const value = stored.get(resourceInstanceId);
          if (value !== undefined) out.push({ path: { ...base, resourceInstanceId }, value });
        }
      }
    }
    return out;
  }
}
