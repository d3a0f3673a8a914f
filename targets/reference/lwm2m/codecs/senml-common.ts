/**
 * What SenML JSON (CF 110), SenML CBOR (CF 112) and OMA-JSON (CF 11543) share once their bytes are
 * parsed: a list of raw SenML records (RFC 8428 §4) resolved against the LwM2M model (TS-Core 1.1/1.2
 * §7.4.4 "SenML JSON", §7.4.5 "SenML CBOR"; TS-Core 1.0 §6.4.4 "JSON").
 *
 * Resolution (RFC 8428 §4.5.1): each record's name is the latest `bn` seen so far (it may recur mid-pack,
 * or never appear) concatenated as a plain string with its own `n` (which may be absent). The result must
 * be an LwM2M path (`/3/0/0`, TS-Core §7.1). Resolved time is the latest `bt` plus `t` (§4.5.3); values
 * below 2^28 are "relative to now" in RFC 8428, which this layer does not rewrite: `time` is reported as
 * resolved. Exactly one value field per record (§4.2): `v` (numbers: Integer, Unsigned, Float, Time),
 * `vs` (String, Corelnk), `vb` (Boolean), `vd` (Opaque), `vlo` (Objlnk "oid:iid", TS-Core §7.4.4).
 * Two records with the same name and the same resolved time are a duplicate; the same name at different
 * times is historical data (TS-Core Table 7.4.4-3, Send and notifications with timestamps).
 * A record without a value is an error here; Read-Composite/Observe-Composite path lists, where records
 * carry only names, go through resolvePathList. Write-Composite records without a value (which some read
 * as "delete") are therefore rejected: this suite only exchanges values there.
 */
import { exactInteger, idsToName, idsToPath, idsUnder, nameIds, PathSet, pathIdsOf, wellFormed } from './path-ids';
import { parseTextValue } from './plain-text-values';
import { decodeBase64 } from './text-bytes';
import { CodecError, type Lwm2mPath, type Lwm2mRecord, type ModelLookup, type ResourceDef, type ResourceType, type ResourceValue } from './types';
import { booleanOf, encodingType, floatOf, INT64_MAX, objectLinkOf, opaqueOf, stringOf } from './values';

/** A decoded record with the SenML resolved time (`bt` + `t`), when the payload had one. */
export interface TimedRecord extends Lwm2mRecord {
  time?: number;
}

/** One SenML record after the syntax layer: labels resolved, field types checked, values raw. */
export interface RawRecord {
  bn?: string;
  bt?: number;
  n?: string;
  t?: number;
  v?: number | bigint;
  vs?: string;
  vb?: boolean;
  vd?: Buffer;
  vlo?: string;
}

export type ValueField = 'v' | 'vs' | 'vb' | 'vd' | 'vlo';
const VALUE_FIELDS: readonly ValueField[] = ['v', 'vs', 'vb', 'vd', 'vlo'];

/** Inputs above this are refused before parsing: a whole Read of a large client stays far below it. */
export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;

export function checkPayload(payload: unknown, cf: number): asserts payload is Buffer {
  if (!Buffer.isBuffer(payload)) throw new CodecError(cf, 'payload is not a Buffer');
  if (payload.length > MAX_PAYLOAD_BYTES) throw new CodecError(cf, `payload of ${payload.length} bytes exceeds ${MAX_PAYLOAD_BYTES}`);
}

/** `/3/0/0` for a valid path; CodecError for a gap or an id outside 0..65534. */
export function safeFormat(p: Lwm2mPath, cf: number): string {
  return idsToName(pathIdsOf(p, cf));
}

/** A value names a Resource (single-instance) or a Resource Instance (multiple-instance), per the model. */
export function checkShape(depth: number, def: ResourceDef | undefined, cf: number, where: string): void {
  if (depth < 3) throw new CodecError(cf, `${where}: a value needs a Resource or Resource Instance path`);
  if (def?.multiple && depth === 3) throw new CodecError(cf, `${where} is a multiple-instance resource: values need Resource Instance paths (${where}/0 …)`);
  if (def && !def.multiple && depth === 4) throw new CodecError(cf, `${where}: resource ${def.id} is single-instance and has no Resource Instances`);
}

export interface ResolveOptions {
  cf: number;
  model: ModelLookup;
  /** The request path: every record must lie under it (composite payloads have none). */
  base?: Lwm2mPath;
  /** OMA-JSON only: a name not starting with "/" is relative to this prefix. */
  relativeTo?: string;
  /** OMA-JSON only: Opaque values arrive in `sv` (here `vs`) as padded base64 (TS-Core 1.0 §6.4.4). */
  base64Strings?: boolean;
}

function valueFieldOf(raw: RawRecord, cf: number, where: string): ValueField | undefined {
  let found: ValueField | undefined;
  for (const f of VALUE_FIELDS) {
    if (raw[f] === undefined) continue;
    if (found) throw new CodecError(cf, `${where}: record has two values ("${found}" and "${f}")`);
    found = f;
  }
  return found;
}

function typeFor(field: ValueField, raw: RawRecord): ResourceType {
  if (field === 'v') return typeof raw.v === 'bigint' || Number.isInteger(raw.v) ? 'integer' : 'float';
  return ({ vs: 'string', vb: 'boolean', vd: 'opaque', vlo: 'objlnk' } as const)[field];
}

function wrongField(o: ResolveOptions, where: string, type: ResourceType, field: ValueField): CodecError {
  return new CodecError(o.cf, `${where}: ${type} resource cannot carry "${field}"`);
}

function fieldValue(type: ResourceType, raw: RawRecord, field: ValueField, o: ResolveOptions, where: string): ResourceValue {
  switch (type) {
    case 'integer':
    case 'unsigned':
    case 'time': {
      if (field !== 'v') throw wrongField(o, where, type, field);
      const v = raw.v!;
      // A number beyond 2^53 has already lost digits (a float, or a JSON literal with a fraction/exponent).
      if (typeof v === 'number' && !Number.isSafeInteger(v)) throw new CodecError(o.cf, `${where}: ${type} value ${v} is not an exact integer`);
      return exactInteger(type, v, o.cf, where);
    }
    case 'float':
      if (field !== 'v') throw wrongField(o, where, type, field);
      return typeof raw.v === 'bigint' ? Number(raw.v) : raw.v!;
    case 'boolean':
      if (field !== 'vb') throw wrongField(o, where, type, field);
      return raw.vb!;
    case 'string':
    case 'corelnk':
      if (field !== 'vs') throw wrongField(o, where, type, field);
      return wellFormed(raw.vs!, o.cf, where);
    case 'opaque':
      if (field === 'vd') return raw.vd!;
      if (field === 'vs' && o.base64Strings) return decodeBase64(raw.vs!, o.cf, where);
      throw wrongField(o, where, type, field);
    case 'objlnk':
      if (field !== 'vlo') throw wrongField(o, where, type, field);
      return parseTextValue('objlnk', raw.vlo!, o.cf, where);
    case 'none':
      throw new CodecError(o.cf, `${where}: an Executable resource has no value`);
  }
}

/**
 * The App. C type a value is written as: the model's, else inferred from the JS value. Without a model
 * an integral number is an Integer only within ±2^53 (beyond that it can only have come from a Float),
 * and a bigint above the int64 range is an Unsigned Integer.
 */
export function typeForEncoding(def: ResourceDef | undefined, value: ResourceValue): ResourceType {
  if (!def && typeof value === 'number' && !Number.isSafeInteger(value)) return 'float';
  if (!def && typeof value === 'bigint' && value > INT64_MAX) return 'unsigned';
  return encodingType(def, value);
}

/** Raw records → LwM2M records (see the file comment for the rules). */
export function resolveRecords(raws: readonly RawRecord[], o: ResolveOptions): TimedRecord[] {
  const baseIds = o.base ? pathIdsOf(o.base, o.cf) : undefined;
  const out: TimedRecord[] = [];
  const seen = new PathSet();
  let bn = '';
  let bt: number | undefined;
  for (const raw of raws) {
    if (raw.bn !== undefined) bn = raw.bn;
    if (raw.bt !== undefined) bt = raw.bt;
    let name = raw.n === undefined ? bn : bn + raw.n;
    if (o.relativeTo !== undefined && name.charCodeAt(0) !== 0x2f) name = o.relativeTo + name;
    const ids = nameIds(name, o.cf);
    const field = valueFieldOf(raw, o.cf, name);
    if (!field) throw new CodecError(o.cf, `${name}: record has no value (v, vs, vb, vd or vlo)`);
    if (baseIds && !idsUnder(ids, baseIds)) throw new CodecError(o.cf, `${name} is outside the request path ${idsToName(baseIds)}`);
    const def = ids.length >= 3 ? o.model.resource(ids[0]!, ids[2]!) : undefined;
    checkShape(ids.length, def, o.cf, name);
    const value = fieldValue(def?.type ?? typeFor(field, raw), raw, field, o, name);
    const time = raw.t === undefined ? bt : (bt ?? 0) + raw.t;
    if (!seen.add(ids, time)) throw new CodecError(o.cf, `${name} appears twice${time === undefined ? '' : ` at time ${time}`}`);
    const path = idsToPath(ids);
    out.push(time === undefined ? { path, value } : { path, value, time });
  }
  return out;
}

/** Read-Composite / Observe-Composite request bodies (TS-Core Table 7.4.4-6): names only, any depth, no duplicates. */
export function resolvePathList(raws: readonly RawRecord[], cf: number): Lwm2mPath[] {
  const seen = new Set<string>();
  let bn = '';
  return raws.map((raw) => {
    if (raw.bn !== undefined) bn = raw.bn;
    const name = raw.n === undefined ? bn : bn + raw.n;
    const ids = nameIds(name, cf);
    const field = valueFieldOf(raw, cf, name);
    if (field) throw new CodecError(cf, `${name}: a path list carries no values, got "${field}"`);
    if (seen.has(name)) throw new CodecError(cf, `${name} appears twice in the path list`);
    seen.add(name);
    return idsToPath(ids);
  });
}

export function pathListRaws(paths: readonly Lwm2mPath[], cf: number): RawRecord[] {
  const seen = new Set<string>();
  return paths.map((p) => {
    const n = safeFormat(p, cf);
    if (seen.has(n)) throw new CodecError(cf, `${n} appears twice in the path list`);
    seen.add(n);
    return { n };
  });
}

/**
 * How names are written when encoding:
 * - `senml`: like Wakaama and Leshan, `bn` = request path + "/" on the first record and relative `n`; a
 *   lone record at the request path itself gets `bn` = its path and no `n` (TS-Core Table 7.4.4-5);
 * - `oma`: OMA-JSON always writes `n`, so a lone record at the request path gets `bn` = its parent + "/";
 * - `absolute`: composite payloads (Read-Composite response, Write-Composite, Send): absolute `n`, no `bn`.
 */
export type Naming = 'senml' | 'oma' | 'absolute';

export interface BuildOptions {
  cf: number;
  model?: ModelLookup;
  base?: Lwm2mPath;
  naming: Naming;
  base64Strings?: boolean;
}

function baseName(records: readonly Lwm2mRecord[], o: BuildOptions): string | undefined {
  if (o.naming === 'absolute' || !o.base) return undefined;
  const base = safeFormat(o.base, o.cf);
  const atBase = records.length === 1 && safeFormat(records[0]!.path, o.cf) === base;
  if (!atBase) return `${base}/`;
  return o.naming === 'senml' ? base : base.slice(0, base.lastIndexOf('/') + 1);
}

function setValue(raw: RawRecord, type: ResourceType, value: ResourceValue, o: BuildOptions, where: string): void {
  const cf = o.cf;
  switch (type) {
    case 'integer':
    case 'unsigned':
    case 'time':
      raw.v = exactInteger(type, value, cf, where);
      return;
    case 'float':
      raw.v = floatOf(value, cf, where);
      return;
    case 'boolean':
      raw.vb = booleanOf(value, cf, where);
      return;
    case 'string':
    case 'corelnk':
      raw.vs = wellFormed(stringOf(type, value, cf, where), cf, where);
      return;
    case 'objlnk': {
      const link = objectLinkOf(value, cf, where);
      raw.vlo = `${link.objectId}:${link.instanceId}`;
      return;
    }
    case 'opaque':
    case 'none':
      if (o.base64Strings) raw.vs = opaqueOf(value, cf, where).toString('base64');
      else raw.vd = opaqueOf(value, cf, where);
  }
}

/** LwM2M records → raw records, with the same checks decode applies (shape, request path, duplicates). */
export function buildRawRecords(records: readonly TimedRecord[], o: BuildOptions): RawRecord[] {
  const bn = baseName(records, o);
  const baseIds = o.base ? pathIdsOf(o.base, o.cf) : undefined;
  const seen = new PathSet();
  return records.map((r, i) => {
    const ids = pathIdsOf(r.path, o.cf);
    const where = idsToName(ids);
    if (baseIds && !idsUnder(ids, baseIds)) throw new CodecError(o.cf, `record ${where} is outside the request path ${idsToName(baseIds)}`);
    const def = ids.length >= 3 ? o.model?.resource(ids[0]!, ids[2]!) : undefined;
    checkShape(ids.length, def, o.cf, where);
    const raw: RawRecord = {};
    if (i === 0 && bn !== undefined) raw.bn = bn;
    const n = bn === undefined ? where : where.slice(bn.length);
    if (n !== '') raw.n = n;
    setValue(raw, typeForEncoding(def, r.value), r.value, o, where);
    if (r.time !== undefined) {
      if (typeof r.time !== 'number' || !Number.isFinite(r.time)) throw new CodecError(o.cf, `${where}: time ${String(r.time)} is not a finite number`);
      raw.t = r.time;
    }
    if (!seen.add(ids, r.time)) throw new CodecError(o.cf, `${where} appears twice`);
    return raw;
  });
}
