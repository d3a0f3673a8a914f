/**
 * CF 11544 `application/vnd.oma.lwm2m+cbor` (TS-Core 1.2 §7.4.7 "LwM2M CBOR"; number fixed in 1.2.1).
 *
 * Nested CBOR maps keyed by path ids, always from the root: a key is one id (unsigned integer) or an array
 * of ids that compresses several levels, and a leaf holds one value (data types as in CF 60, see
 * cbor-values.ts). Paths are absolute, never relative to the request path: Anjay (the only open
 * implementation, src/core/io/anjay_lwm2m_cbor_out.c) answers a Read of /13/26/1 with {[13, 26, 1]: 42},
 * of /13/26 with {[13, 26]: {1: 42, 2: 21}}, and a composite read with {13: {26: {1: 42}}, 14: {…}}; its
 * decoder rejects paths outside the request path. Decoding accepts every mix of the forms — {13: {26:
 * {1: 42}}}, {[13, 26, 1]: 42, [13, 26]: {[2]: 21}}, indefinite-length maps/arrays/strings — and refuses
 * empty id arrays, ids ≥ 65535, paths deeper than 4, duplicate paths, a value above Resource level, and
 * text keys (LwM2M Gateway prefixes, not supported here). Encoding writes Anjay's form: the request path as
 * the first key (a lone id for an object, else an array), then one nested map per remaining level.
 * A null leaf is a path without a value: Read-Composite/Observe-Composite path lists use it
 * (encodePathList writes one flat key per path, {[3, 0, 1]: null, [1, 0]: null}; Anjay's decoder reads
 * null leaves); in a value payload it is a CodecError.
 * LwM2M CBOR has no timestamps: encoding a record with `time` is a CodecError.
 */
import { MAX_ID } from '../model/path';
import { idsToName, idsToPath, idsUnder, pathIdsOf } from './path-ids';
import { cborTypeName, readCbor, type CborItem, type CborMap } from './cbor-reader';
import { cborToValue, encodeCbor, valueToCbor } from './cbor-values';
import type { CompositeCodec } from './composite';
import { checkPayload, checkShape, typeForEncoding, type TimedRecord } from './senml-common';
import { CodecError, type Lwm2mPath, type Lwm2mRecord, type ModelLookup } from './types';

const CF = 11544;

function isId(x: CborItem): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < MAX_ID;
}

function keyIds(key: CborItem, prefix: readonly number[]): number[] {
  const at = prefix.length ? `under /${prefix.join('/')}` : 'at the top level';
  if (isId(key)) return [...prefix, key];
  if (Array.isArray(key) && key.length > 0 && key.every(isId)) return [...prefix, ...(key as number[])];
  const shown = typeof key === 'string' ? ` ${JSON.stringify(key)}` : '';
  throw new CodecError(CF, `map key ${at} is a CBOR ${cborTypeName(key)}${shown}, not a path id (0..65534) or a non-empty array of ids`);
}

/** Every leaf of the tree as (path ids, item), in payload order. */
function leaves(root: CborItem): Array<[number[], CborItem]> {
  if (!(root instanceof Map)) throw new CodecError(CF, `LwM2M CBOR payload is a CBOR ${cborTypeName(root)}, not a map`);
  const out: Array<[number[], CborItem]> = [];
  const walk = (map: CborMap, prefix: readonly number[]) => {
    for (const [key, item] of map) {
      const ids = keyIds(key, prefix);
      if (ids.length > 4) throw new CodecError(CF, `path /${ids.join('/')} is deeper than a Resource Instance`);
      if (item instanceof Map) walk(item, ids);
      else out.push([ids, item]);
    }
  };
  walk(root, []);
  return out;
}

function read(payload: Buffer): Array<[number[], CborItem]> {
  checkPayload(payload, CF);
  return leaves(readCbor(payload, CF));
}

function decodeValues(payload: Buffer, model: ModelLookup, base?: Lwm2mPath): Lwm2mRecord[] {
  const baseIds = base ? pathIdsOf(base, CF) : undefined;
  const seen = new Set<string>();
  return read(payload).map(([ids, item]) => {
    const where = idsToName(ids);
    if (baseIds && !idsUnder(ids, baseIds)) throw new CodecError(CF, `${where} is outside the request path ${idsToName(baseIds)}`);
    if (item === null) throw new CodecError(CF, `${where}: null (a path without a value) where a value is expected`);
    const def = ids.length >= 3 ? model.resource(ids[0]!, ids[2]!) : undefined;
    checkShape(ids.length, def, CF, where);
    if (seen.has(where)) throw new CodecError(CF, `${where} appears twice`);
    seen.add(where);
    return { path: idsToPath(ids), value: cborToValue(def?.type, item, CF, where) };
  });
}

/** Builds the nested maps below `root` for paths given as id lists. */
function insert(root: Map<unknown, unknown>, rel: readonly number[], item: unknown, where: string): void {
  let map = root;
  for (let i = 0; i < rel.length - 1; i++) {
    let next = map.get(rel[i]);
    if (next === undefined) map.set(rel[i], (next = new Map()));
    else if (!(next instanceof Map)) throw new CodecError(CF, `${where} lies below a path that already holds a value`);
    map = next as Map<unknown, unknown>;
  }
  const last = rel[rel.length - 1];
  if (map.has(last)) throw new CodecError(CF, `${where} appears twice or clashes with another path`);
  map.set(last, item);
}

/** Records or paths → Anjay's nested form; `base` (the request path) becomes the first key. */
function encodeTree(entries: ReadonlyArray<[number[], unknown]>, base?: Lwm2mPath): Buffer {
  const baseIds = base ? pathIdsOf(base, CF) : [];
  const root = new Map<unknown, unknown>();
  const baseKey = baseIds.length === 1 ? baseIds[0] : baseIds;
  let below: Map<unknown, unknown> | undefined;
  for (const [ids, item] of entries) {
    const where = idsToName(ids);
    const rel = ids.slice(baseIds.length);
    if (!base) insert(root, rel, item, where);
    else if (rel.length === 0) {
      if (entries.length !== 1) throw new CodecError(CF, `${where} is the request path and must be the only value`);
      root.set(baseKey, item);
    } else {
      if (!below) root.set(baseKey, (below = new Map()));
      insert(below, rel, item, where);
    }
  }
  return encodeCbor(root);
}

function valueEntries(records: readonly TimedRecord[], model: ModelLookup | undefined, base?: Lwm2mPath): Array<[number[], unknown]> {
  const baseIds = base ? pathIdsOf(base, CF) : undefined;
  return records.map((r) => {
    const ids = pathIdsOf(r.path, CF);
    const where = idsToName(ids);
    if (baseIds && !idsUnder(ids, baseIds)) throw new CodecError(CF, `record ${where} is outside the request path ${idsToName(baseIds)}`);
    if (r.time !== undefined) throw new CodecError(CF, `${where}: LwM2M CBOR cannot carry a timestamp`);
    const def = ids.length >= 3 ? model?.resource(ids[0]!, ids[2]!) : undefined;
    checkShape(ids.length, def, CF, where);
    return [ids, valueToCbor(typeForEncoding(def, r.value), r.value, CF, where)];
  });
}

export const lwm2mCborCodec: CompositeCodec = {
  contentFormat: CF,
  mediaType: 'application/vnd.oma.lwm2m+cbor',

  encode(records: readonly TimedRecord[], requestPath, model) {
    return encodeTree(valueEntries(records, model, requestPath), requestPath);
  },

  decode(payload, requestPath, model) {
    return decodeValues(payload, model, requestPath);
  },

  encodeComposite(records: readonly TimedRecord[], model?: ModelLookup) {
    return encodeTree(valueEntries(records, model));
  },

  decodeComposite(payload, model) {
    return decodeValues(payload, model);
  },

  encodePathList(paths) {
    // One flat key per path ({[3, 0, 1]: null, 3: null}), so overlapping paths stay representable.
    const root = new Map<unknown, null>();
    const seen = new Set<string>();
    for (const p of paths) {
      const ids = pathIdsOf(p, CF);
      const where = idsToName(ids);
      if (seen.has(where)) throw new CodecError(CF, `${where} appears twice in the path list`);
      seen.add(where);
      root.set(ids.length === 1 ? ids[0] : ids, null);
    }
    return encodeCbor(root);
  },

  decodePathList(payload) {
    const seen = new Set<string>();
    return read(payload).map(([ids, item]) => {
      const where = idsToName(ids);
      if (item !== null) throw new CodecError(CF, `${where}: a path list has null leaves, got a CBOR ${cborTypeName(item)}`);
      if (seen.has(where)) throw new CodecError(CF, `${where} appears twice in the path list`);
      seen.add(where);
      return idsToPath(ids);
    });
  },
};
