/**
 * CF 11542 `application/vnd.oma.lwm2m+tlv` (TS-Core §7.4.3; LwM2M 1.0 §6.4.3).
 *
 * Nesting follows the request path:
 * - `/o`: one Object Instance TLV per instance, each wrapping that instance's Resource TLVs. Mandatory.
 * - `/o/i`: the Resource TLVs alone. This is the form of the spec's own examples (the 121-byte Device
 *   read of `/3/0`, "C8 00 14 …") and of ETS int-215 (`C1 02 65 …` for Write `/1/0`). ETS int-203 instead
 *   describes its `/3/0` payload as "Object Instance TLV wrapping Resource TLVs". Both are seen on the
 *   wire, so decoding accepts either (the wrapper's id must then be `i`); encoding never wraps.
 * - `/o/i/r`: one Resource with Value TLV, or for a multiple-instance resource one Multiple Resource TLV
 *   of Resource Instance TLVs; the Multiple Resource TLV is mandatory even for 0 or 1 instances.
 *   (Flat records cannot say "this resource exists with no instances", so encode never writes an
 *   empty one; decode of an empty one yields no records.)
 * - `/o/i/r/ri`: one Resource Instance TLV.
 * Resources the model does not know decode as Opaque, so nothing is lost and nothing fails.
 */
import { formatPath, isUnder, pathDepth, MAX_ID } from '../model/path';
import { readTlvs, writeTlv, type TlvEntry } from './tlv-frame';
import { decodeTlvValue, encodeTlvValue } from './tlv-value';
import { CodecError, type ContentCodec, type Lwm2mPath, type Lwm2mRecord, type ModelLookup } from './types';
import { encodingType } from './values';

const CF = 11542;

function depthOf(p: Lwm2mPath): number {
  try {
    return pathDepth(p);
  } catch (e) {
    throw new CodecError(CF, (e as Error).message);
  }
}

/** Groups items by key, keeping first-seen order of keys and items. */
function groupBy<T>(items: readonly T[], key: (t: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const t of items) {
    const group = groups.get(key(t));
    if (group) group.push(t);
    else groups.set(key(t), [t]);
  }
  return groups;
}

function encodeResource(objectId: number, resourceId: number, records: Lwm2mRecord[], model: ModelLookup): Buffer {
  const def = model.resource(objectId, resourceId);
  const withRi = records.filter((r) => r.path.resourceInstanceId !== undefined);
  const multiple = def ? def.multiple : withRi.length > 0;
  const where = formatPath({ objectId, instanceId: records[0]!.path.instanceId, resourceId });
  if (!multiple) {
    if (records.length !== 1 || withRi.length > 0) {
      throw new CodecError(CF, `${where} is a single-instance resource; expected one value, got ${records.length} record(s)`);
    }
    const { value } = records[0]!;
    return writeTlv('Resource with Value', resourceId, encodeTlvValue(encodingType(def, value), value, where));
  }
  if (withRi.length !== records.length) {
    throw new CodecError(CF, `${where} is multiple-instance; every record needs a Resource Instance ID`);
  }
  const instances = groupBy(records, (r) => r.path.resourceInstanceId!);
  const parts = [...instances].map(([ri, recs]) => {
    if (recs.length > 1) throw new CodecError(CF, `${where}/${ri} appears ${recs.length} times`);
    const { value } = recs[0]!;
    return writeTlv('Resource Instance', ri, encodeTlvValue(encodingType(def, value), value, `${where}/${ri}`));
  });
  return writeTlv('Multiple Resource', resourceId, Buffer.concat(parts));
}

function encodeInstance(objectId: number, records: Lwm2mRecord[], model: ModelLookup): Buffer {
  const resources = groupBy(records, (r) => r.path.resourceId!);
  return Buffer.concat([...resources].map(([rid, recs]) => encodeResource(objectId, rid, recs, model)));
}

function encode(records: readonly Lwm2mRecord[], requestPath: Lwm2mPath, model: ModelLookup): Buffer {
  const depth = depthOf(requestPath);
  for (const r of records) {
    if (depthOf(r.path) < 3 || !isUnder(r.path, requestPath)) {
      throw new CodecError(CF, `record ${formatPath(r.path)} is not a resource value under ${formatPath(requestPath)}`);
    }
  }
  if (depth === 1) {
    const instances = groupBy(records, (r) => r.path.instanceId!);
    const parts = [...instances].map(([iid, recs]) => writeTlv('Object Instance', iid, encodeInstance(requestPath.objectId, recs, model)));
    return Buffer.concat(parts);
  }
  if (depth === 4) {
    if (records.length !== 1) throw new CodecError(CF, `a Resource Instance path carries one value, got ${records.length}`);
    const { value } = records[0]!;
    const def = model.resource(requestPath.objectId, requestPath.resourceId!);
    const bytes = encodeTlvValue(encodingType(def, value), value, formatPath(requestPath));
    return writeTlv('Resource Instance', requestPath.resourceInstanceId!, bytes);
  }
  if (depth === 3 && records.length === 0) throw new CodecError(CF, `no value to encode for ${formatPath(requestPath)}`);
  return encodeInstance(requestPath.objectId, [...records], model);
}

function checkId(e: TlvEntry, what: string): number {
  if (e.id === MAX_ID) throw new CodecError(CF, `TLV at byte ${e.offset}: ${what} 65535 is reserved (MAX_ID)`);
  return e.id;
}

function checkUnique(entries: readonly TlvEntry[], what: string, where: string): void {
  const seen = new Set<number>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new CodecError(CF, `${where}: ${what} ${e.id} appears twice`);
    seen.add(e.id);
  }
}

function decodeResources(objectId: number, instanceId: number, entries: TlvEntry[], model: ModelLookup): Lwm2mRecord[] {
  const base = `/${objectId}/${instanceId}`;
  checkUnique(entries, 'Resource', base);
  return entries.flatMap((e) => {
    const resourceId = checkId(e, 'Resource ID');
    const where = `${base}/${resourceId}`;
    const def = model.resource(objectId, resourceId);
    const type = def?.type ?? 'opaque';
    if (e.kind === 'Resource with Value') {
      if (def?.multiple) throw new CodecError(CF, `${where} is multiple-instance: a Multiple Resource TLV is mandatory`);
      return [{ path: { objectId, instanceId, resourceId }, value: decodeTlvValue(type, e.value, where) }];
    }
    if (e.kind !== 'Multiple Resource') {
      throw new CodecError(CF, `TLV at byte ${e.offset}: ${e.kind} TLV where a Resource TLV belongs (${where})`);
    }
    if (def && !def.multiple) throw new CodecError(CF, `${where} is single-instance but arrived as a Multiple Resource TLV`);
    const inner = readTlvs(e.value, `Multiple Resource ${where}`);
    checkUnique(inner, 'Resource Instance', where);
    return inner.map((ri) => {
      if (ri.kind !== 'Resource Instance') throw new CodecError(CF, `${where}: ${ri.kind} TLV inside a Multiple Resource TLV`);
      const resourceInstanceId = checkId(ri, 'Resource Instance ID');
      const value = decodeTlvValue(type, ri.value, `${where}/${resourceInstanceId}`);
      return { path: { objectId, instanceId, resourceId, resourceInstanceId }, value };
    });
  });
}

function decodeObjectInstance(objectId: number, oi: TlvEntry, model: ModelLookup): Lwm2mRecord[] {
  const iid = checkId(oi, 'Object Instance ID');
  return decodeResources(objectId, iid, readTlvs(oi.value, `Object Instance /${objectId}/${iid}`), model);
}

function decode(payload: Buffer, requestPath: Lwm2mPath, model: ModelLookup): Lwm2mRecord[] {
  const depth = depthOf(requestPath);
  const where = formatPath(requestPath);
  const top = readTlvs(payload);
  const { objectId, instanceId, resourceId, resourceInstanceId } = requestPath;
  const objectInstances = top.filter((e) => e.kind === 'Object Instance');
  if (depth === 1) {
    if (objectInstances.length !== top.length) {
      throw new CodecError(CF, `${where}: Object Instance TLVs are mandatory when the request path has no instance`);
    }
    checkUnique(top, 'Object Instance', where);
    return top.flatMap((oi) => decodeObjectInstance(objectId, oi, model));
  }
  if (depth === 2) {
    if (objectInstances.length === 0) return decodeResources(objectId, instanceId!, top, model);
    if (top.length !== 1) throw new CodecError(CF, `${where}: expected Resource TLVs or exactly one Object Instance TLV`);
    if (top[0]!.id !== instanceId) throw new CodecError(CF, `${where}: Object Instance TLV has id ${top[0]!.id}`);
    return decodeObjectInstance(objectId, top[0]!, model);
  }
  if (top.length !== 1) throw new CodecError(CF, `${where}: expected exactly one TLV, got ${top.length}`);
  const only = top[0]!;
  if (depth === 3) {
    if (only.id !== resourceId) throw new CodecError(CF, `${where}: TLV carries resource ${only.id}`);
    return decodeResources(objectId, instanceId!, top, model);
  }
  if (only.kind !== 'Resource Instance' || only.id !== resourceInstanceId) {
    throw new CodecError(CF, `${where}: expected a Resource Instance TLV with id ${resourceInstanceId}, got ${only.kind} ${only.id}`);
  }
  const type = model.resource(objectId, resourceId!)?.type ?? 'opaque';
  return [{ path: { ...requestPath }, value: decodeTlvValue(type, only.value, where) }];
}

export const tlvCodec: ContentCodec = {
  contentFormat: CF,
  mediaType: 'application/vnd.oma.lwm2m+tlv',
  encode,
  decode,
};
