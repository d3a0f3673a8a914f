/**
 * Typed paths in the spec's own words: `Obj.Server[0].Lifetime.path === '/1/0/1'`.
 * `ids.generated.ts` calls `defineObject` once per DDF object; this file is the small runtime behind it.
 * Numeric indexing (`Obj.Server[0]`) needs a Proxy because instance ids are open-ended (0..65534);
 * `Obj.Server.instance(0)` is the same thing without one.
 */
import type { Lwm2mPath } from '../codecs/types';
import { formatPath, InvalidPathError, MAX_ID, parsePath } from './path';

export interface PathRef {
  /** `/1/0/1` */
  readonly path: string;
  toPath(): Lwm2mPath;
  toString(): string;
}

export interface ResourceRef extends PathRef {
  readonly objectId: number;
  readonly instanceId: number;
  readonly resourceId: number;
  /** The Resource Instance `/o/i/r/ri` of a multiple-instance resource. */
  instance(resourceInstanceId: number): PathRef;
}

/** Resource name (PascalCase of the DDF `<Name>`) → Resource ID. */
export type ResourceIds = Readonly<Record<string, number>>;

export type InstanceNode<R extends ResourceIds> = PathRef & {
  readonly objectId: number;
  readonly instanceId: number;
} & { readonly [K in keyof R]: ResourceRef };

export type ObjectNode<R extends ResourceIds> = PathRef & {
  /** Object ID. */
  readonly id: number;
  /** `<Name>` as in the DDF. */
  readonly name: string;
  /** Resource ids by name, also spread on the node itself (`Obj.Server.Lifetime === 1`). */
  readonly res: R;
  instance(instanceId: number): InstanceNode<R>;
  readonly [instanceId: number]: InstanceNode<R>;
} & { readonly [K in keyof R]: R[K] };

/** A PathRef for any path given as ids, a Lwm2mPath or a string. */
export function ref(p: Lwm2mPath | string): PathRef {
  const path = typeof p === 'string' ? parsePath(p) : { ...p };
  const text = formatPath(path);
  return Object.freeze({ path: text, toPath: () => ({ ...path }), toString: () => text });
}

function checkId(id: number, what: string): number {
  if (!Number.isInteger(id) || id < 0 || id >= MAX_ID) throw new InvalidPathError(`${what} ${id} is not in 0..65534`);
  return id;
}

function resourceRef(objectId: number, instanceId: number, resourceId: number): ResourceRef {
  const base = ref({ objectId, instanceId, resourceId });
  return Object.freeze({
    ...base,
    objectId,
    instanceId,
    resourceId,
    instance: (ri: number) =>
      ref({ objectId, instanceId, resourceId, resourceInstanceId: checkId(ri, 'Resource Instance ID') }),
  });
}

function instanceNode<R extends ResourceIds>(objectId: number, instanceId: number, res: R): InstanceNode<R> {
  const node: Record<string, unknown> = { ...ref({ objectId, instanceId }), objectId, instanceId };
  for (const [name, resourceId] of Object.entries(res)) node[name] = resourceRef(objectId, instanceId, resourceId);
  return Object.freeze(node) as InstanceNode<R>;
}

const CANONICAL_INDEX = /^(0|[1-9]\d*)$/;

export function defineObject<const R extends ResourceIds>(id: number, name: string, res: R): ObjectNode<R> {
  const instances = new Map<number, InstanceNode<R>>();
  const instance = (i: number): InstanceNode<R> => {
    checkId(i, 'Object Instance ID');
    let node = instances.get(i);
    if (!node) instances.set(i, (node = instanceNode(id, i, res)));
    return node;
  };
  const base = Object.freeze({ ...res, ...ref({ objectId: id }), id, name, res: Object.freeze({ ...res }), instance });
  return new Proxy(base, {
    get(target, key, receiver) {
      if (typeof key === 'string' && CANONICAL_INDEX.test(key)) return instance(Number(key));
      return Reflect.get(target, key, receiver);
    },
  }) as unknown as ObjectNode<R>;
}
