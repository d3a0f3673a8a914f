/**
 * One LwM2M value ⇄ one CBOR data item, for CBOR (CF 60, TS-Core §7.4.6) and LwM2M CBOR (CF 11544, 1.2
 * §7.4.7), following their data-type tables: Integer/Unsigned/Time as CBOR integers (major types 0/1),
 * Float as a CBOR float (cbor-x writes an integral float as an integer, so -0 becomes 0), Boolean,
 * String/Corelnk as text, Opaque as a byte string, Objlnk as the text "oid:iid".
 * Decoding also accepts what other stacks send: Time as tag 1 (epoch seconds, RFC 8949 §3.4.2) or tag 0
 * (RFC 3339 text, Zephyr sends "YYYY-MM-DDTHH:MM:SS-00:00"), numbers as tag 4 decimal fractions (Anjay
 * accepts them), and integral floats for integer types. Encoding writes Time as a plain integer.
 */
import { Encoder } from 'cbor-x';
import { CborTag, cborTypeName, type CborItem } from './cbor-reader';
import { exactInteger, wellFormed } from './path-ids';
import { parseTextValue } from './plain-text-values';
import { CodecError, type ResourceType, type ResourceValue } from './types';
import { booleanOf, floatOf, objectLinkOf, opaqueOf, stringOf } from './values';

// toolchain.md §8: without these options cbor-x writes Maps under tag 259 and may emit record tags.
const encoder = new Encoder({ useRecords: false, mapsAsObjects: false, useTag259ForMaps: false } as ConstructorParameters<typeof Encoder>[0]);

/** Encodes with the one shared Encoder; the result is copied because cbor-x reuses its output buffer. */
export function encodeCbor(value: unknown): Buffer {
  return Buffer.from(encoder.encode(value));
}

/** The CBOR item for a value of `type` (validated by the same checks as the other codecs). */
export function valueToCbor(type: ResourceType, value: ResourceValue, cf: number, where: string): unknown {
  switch (type) {
    case 'integer':
    case 'unsigned':
    case 'time':
      return exactInteger(type, value, cf, where);
    case 'float':
      return floatOf(value, cf, where);
    case 'boolean':
      return booleanOf(value, cf, where);
    case 'string':
    case 'corelnk':
      return wellFormed(stringOf(type, value, cf, where), cf, where);
    case 'objlnk': {
      const link = objectLinkOf(value, cf, where);
      return `${link.objectId}:${link.instanceId}`;
    }
    case 'opaque':
    case 'none':
      return opaqueOf(value, cf, where);
  }
}

/** A number from an integer, float, bignum or decimal fraction (tag 4); time tags only when `time`. */
export function cborNumber(item: CborItem, time: boolean, cf: number, where: string): number | bigint | undefined {
  if (typeof item === 'number' || typeof item === 'bigint') return item;
  if (!(item instanceof CborTag)) return undefined;
  const { tag, value } = item;
  if (tag === 4 && Array.isArray(value) && value.length === 2) {
    const [exp, mant] = value;
    const isInt = (x: CborItem) => typeof x === 'bigint' || (typeof x === 'number' && Number.isInteger(x));
    if (!isInt(exp) || !isInt(mant)) throw new CodecError(cf, `${where}: decimal fraction needs [exponent, mantissa] integers`);
    return Number(`${mant}e${exp}`);
  }
  if (time && tag === 1 && (typeof value === 'number' || typeof value === 'bigint')) return value;
  if (time && tag === 0 && typeof value === 'string') {
    const ms = Date.parse(value);
    if (!/^\d{4}-\d\d-\d\dT/.test(value) || Number.isNaN(ms)) throw new CodecError(cf, `${where}: ${JSON.stringify(value)} is not an RFC 3339 date/time`);
    return ms / 1000;
  }
  throw new CodecError(cf, `${where}: unsupported CBOR tag ${tag} (${cborTypeName(value)})`);
}

/** What a value's CBOR type says it is, for resources the model does not know. */
function inferType(item: CborItem): ResourceType | undefined {
  if (typeof item === 'string') return 'string';
  if (typeof item === 'boolean') return 'boolean';
  if (Buffer.isBuffer(item)) return 'opaque';
  if (typeof item === 'bigint' || (typeof item === 'number' && Number.isInteger(item))) return 'integer';
  if (typeof item === 'number') return 'float';
  if (item instanceof CborTag) return item.tag === 0 || item.tag === 1 ? 'time' : 'float';
  return undefined;
}

function wrongItem(t: ResourceType | undefined, item: CborItem, cf: number, where: string): CodecError {
  return new CodecError(cf, `${where}: ${t ?? 'a value'} cannot be a CBOR ${cborTypeName(item)}`);
}

/** The value a CBOR item carries for a resource of `type` (undefined: the model does not know it). */
export function cborToValue(type: ResourceType | undefined, item: CborItem, cf: number, where: string): ResourceValue {
  const t = type ?? inferType(item);
  switch (t) {
    case 'integer':
    case 'unsigned':
    case 'time': {
      const n = cborNumber(item, t === 'time', cf, where);
      if (n === undefined) throw wrongItem(t, item, cf, where);
      if (typeof n === 'number' && !Number.isSafeInteger(n)) throw new CodecError(cf, `${where}: ${t} value ${n} is not an exact integer`);
      return exactInteger(t, n, cf, where);
    }
    case 'float': {
      const n = cborNumber(item, false, cf, where);
      if (n === undefined) throw wrongItem(t, item, cf, where);
      return Number(n);
    }
    case 'boolean':
      if (typeof item !== 'boolean') throw wrongItem(t, item, cf, where);
      return item;
    case 'string':
    case 'corelnk':
      if (typeof item !== 'string') throw wrongItem(t, item, cf, where);
      return item;
    case 'opaque':
      if (!Buffer.isBuffer(item)) throw wrongItem(t, item, cf, where);
      return item;
    case 'objlnk':
      if (typeof item !== 'string') throw wrongItem(t, item, cf, where);
      return parseTextValue('objlnk', item, cf, where);
    case 'none':
      throw new CodecError(cf, `${where}: an Executable resource has no value`);
    case undefined:
      throw wrongItem(t, item, cf, where);
  }
}
