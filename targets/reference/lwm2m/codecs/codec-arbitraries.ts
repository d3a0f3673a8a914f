/**
 * Test support (fast-check arbitraries) for the codec property specs: valid LwM2M records of the bundled
 * model's objects, with values of the right App. C type including edge values (empty strings and opaque,
 * astral Unicode, int64/uint64 bounds, ±2^53 neighbours, objlnk 65535:65535, NaN/±Infinity/-0 where the
 * format can carry them). Not used by production code.
 */
import fc from 'fast-check';
import { defaultModel } from '../model/object-model';
import type { ResourceDefinition } from '../model/types';
import type { Lwm2mPath, Lwm2mRecord, ResourceType, ResourceValue } from './types';
import { fromBigInt, INT64_MAX, INT64_MIN, UINT64_MAX } from './values';

export const model = defaultModel();

export interface FloatOptions {
  /** NaN and ±Infinity (CBOR, TLV); JSON and plain text cannot carry them. */
  nonFinite: boolean;
}

const SAFE = Number.MAX_SAFE_INTEGER;
const wellFormed = (s: string) => Buffer.from(s, 'utf8').toString('utf8') === s;

const stringArb = fc.oneof(
  fc.constantFrom('', 'Open Mobile Alliance', 'ü€😀', '"\\/\n\u0000', '0', ' '),
  fc.string({ unit: 'binary', maxLength: 24 }).filter(wellFormed),
  fc.string({ maxLength: 24 }),
);

function integerArb(min: bigint, max: bigint): fc.Arbitrary<ResourceValue> {
  const edges = [min, max, 0n, -1n, 1n, BigInt(SAFE), BigInt(SAFE) + 1n, -BigInt(SAFE), -BigInt(SAFE) - 1n].filter((v) => v >= min && v <= max);
  return fc.oneof(fc.constantFrom(...edges), fc.bigInt({ min, max }), fc.integer().map(BigInt).filter((v) => v >= min)).map(fromBigInt);
}

export function valueArb(type: ResourceType, o: FloatOptions): fc.Arbitrary<ResourceValue> {
  switch (type) {
    case 'integer':
      return integerArb(INT64_MIN, INT64_MAX);
    case 'unsigned':
      return integerArb(0n, UINT64_MAX);
    case 'time':
      return fc.oneof(fc.constantFrom(0, 1367491215, -1, SAFE, -SAFE), fc.maxSafeInteger());
    case 'float':
      return fc.oneof(
        fc.constantFrom(0, -0, 1.5, 22.4, -52.0006, 1e21, 5e-324, Number.MAX_VALUE, 2 ** 53 + 2),
        fc.double({ noNaN: !o.nonFinite, noDefaultInfinity: !o.nonFinite }),
      );
    case 'boolean':
      return fc.boolean();
    case 'opaque':
    case 'none':
      return fc.oneof(fc.constant(Buffer.alloc(0)), fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a)));
    case 'objlnk': {
      const id = fc.oneof(fc.constantFrom(0, 65535), fc.integer({ min: 0, max: 65535 }));
      return fc.record({ objectId: id, instanceId: id });
    }
    case 'string':
    case 'corelnk':
      return stringArb;
  }
}

/** Readable/writable (non-Executable) resources of the given objects. */
export function valueResources(objectIds: readonly number[]): ResourceDefinition[] {
  return objectIds.flatMap((oid) => [...(model.object(oid)?.resources.values() ?? [])].filter((r) => r.type !== 'none').map((r) => ({ ...r, objectId: oid }) as ResourceDefinition & { objectId: number }));
}

/** Formats without NaN/±Infinity write -0 as 0, and lose nothing else. */
export function normalise(records: readonly Lwm2mRecord[], keepNegativeZero: boolean): Lwm2mRecord[] {
  return records.map((r) => (!keepNegativeZero && Object.is(r.value, -0) ? { ...r, value: 0 } : r));
}

type Res = ResourceDefinition & { objectId: number };

/** Records for one resource: a value, or 1–3 Resource Instances of a multiple-instance resource. */
function resourceRecords(objectId: number, instanceId: number, r: Res, o: FloatOptions): fc.Arbitrary<Lwm2mRecord[]> {
  const value = valueArb(r.type, o);
  const base = { objectId, instanceId, resourceId: r.id };
  if (!r.multiple) return value.map((v) => [{ path: base, value: v }]);
  return fc
    .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 65534 }), value), { minLength: 1, maxLength: 3, selector: ([ri]) => ri })
    .map((items) => items.sort(([a], [b]) => a - b).map(([ri, v]) => ({ path: { ...base, resourceInstanceId: ri }, value: v })));
}

export interface Sample {
  requestPath: Lwm2mPath;
  records: Lwm2mRecord[];
}

/**
 * Objects whose resources cover every data type: /1, /3, /4 (integer, unsigned, time, boolean, string,
 * objlnk, multiple-instance /3/0/6, /3/0/7, /3/0/11 …) plus /5 and /19 (opaque, multiple opaque), /6 and
 * /3303 (float): /1, /3 and /4 alone have no Float or Opaque resource.
 */
export const SAMPLE_OBJECTS = [1, 3, 4, 5, 6, 19, 3303] as const;

/** A request path at any depth under one of `objectIds` and records lying under it, in canonical order. */
export function hierarchicalSample(o: FloatOptions, objectIds: readonly number[] = SAMPLE_OBJECTS): fc.Arbitrary<Sample> {
  const byObject = objectIds.map((oid) => valueResources([oid]) as Res[]);
  return fc.integer({ min: 0, max: byObject.length - 1 }).chain((k) => {
    const resources = byObject[k]!;
    const objectId = objectIds[k]!;
    const instance = (iid: number) =>
      fc.shuffledSubarray(resources, { minLength: 1, maxLength: 6 }).chain((rs) =>
        fc.tuple(...rs.sort((a, b) => a.id - b.id).map((r) => resourceRecords(objectId, iid, r, o))).map((parts) => parts.flat()),
      );
    return fc.oneof(
      // Object: one or two instances.
      fc.uniqueArray(fc.integer({ min: 0, max: 65534 }), { minLength: 1, maxLength: 2 }).chain((iids) =>
        fc.tuple(...iids.sort((a, b) => a - b).map(instance)).map((parts) => ({ requestPath: { objectId }, records: parts.flat() })),
      ),
      // Object Instance.
      fc.integer({ min: 0, max: 65534 }).chain((iid) => instance(iid).map((records) => ({ requestPath: { objectId, instanceId: iid }, records }))),
      // One Resource (all instances of a multiple one), or one Resource Instance.
      fc.tuple(fc.constantFrom(...resources), fc.integer({ min: 0, max: 10 })).chain(([r, iid]) =>
        resourceRecords(objectId, iid, r, o).chain((records) =>
          fc.boolean().map((narrow) =>
            narrow && r.multiple
              ? { requestPath: records[0]!.path, records: [records[0]!] }
              : { requestPath: { objectId, instanceId: iid, resourceId: r.id }, records },
          ),
        ),
      ),
    );
  });
}

/** One value at a single-value path (plain text, opaque, CBOR): a single-instance Resource or a Resource Instance. */
export function singleSample(o: FloatOptions, resources: readonly ResourceDefinition[]): fc.Arbitrary<Sample> {
  return fc.tuple(fc.constantFrom(...(resources as Res[])), fc.integer({ min: 0, max: 65534 }), fc.integer({ min: 0, max: 65534 })).chain(([r, iid, ri]) =>
    valueArb(r.type, o).map((value) => {
      const path: Lwm2mPath = { objectId: r.objectId, instanceId: iid, resourceId: r.id };
      if (r.multiple) path.resourceInstanceId = ri;
      return { requestPath: path, records: [{ path, value }] };
    }),
  );
}

/** Records under several objects with absolute paths (composite payloads), unique paths, any order. */
export function compositeSample(o: FloatOptions): fc.Arbitrary<Lwm2mRecord[]> {
  return fc
    .array(hierarchicalSample(o), { minLength: 1, maxLength: 3 })
    .map((samples) => {
      const seen = new Set<string>();
      return samples.flatMap((s) => s.records).filter((r) => {
        const key = JSON.stringify(r.path);
        return !seen.has(key) && (seen.add(key), true);
      });
    });
}
