/**
 * One value ⇄ its plain-text form (TS-Core §7.4.1, Table 7.4.1-1 and App. C): integers in decimal,
 * floats as plain decimals, booleans "0"/"1", Time as integer seconds, Opaque in padded base64,
 * Objlnk as "oid:iid", strings as UTF-8. Also the string form SenML uses for `vlo`.
 */
import { clip, decodeBase64 } from './text-bytes';
import { CodecError, type ResourceType, type ResourceValue } from './types';
import {
  booleanOf, floatOf, fromBigInt, integerOf, INT64_MAX, INT64_MIN, objectLinkOf, opaqueOf, stringOf, UINT64_MAX,
} from './values';

export function formatTextValue(type: ResourceType, value: ResourceValue, cf: number, where: string): string {
  switch (type) {
    case 'integer':
    case 'unsigned':
    case 'time':
      return integerOf(type, value, cf, where).toString();
    case 'float':
      return plainDecimal(floatOf(value, cf, where), cf, where);
    case 'boolean':
      return booleanOf(value, cf, where) ? '1' : '0';
    case 'opaque':
      return opaqueOf(value, cf, where).toString('base64');
    case 'objlnk': {
      const link = objectLinkOf(value, cf, where);
      return `${link.objectId}:${link.instanceId}`;
    }
    case 'string':
    case 'corelnk':
      return stringOf(type, value, cf, where);
    case 'none':
      throw new CodecError(cf, `${where}: an Executable resource has no value`);
  }
}

const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const OBJLNK = /^(\d{1,5}):(\d{1,5})$/;

export function parseTextValue(type: ResourceType, text: string, cf: number, where: string): ResourceValue {
  const bad = (what: string) => new CodecError(cf, `${where}: ${JSON.stringify(clip(text))} is not ${what}`);
  switch (type) {
    case 'integer':
    case 'unsigned':
    case 'time': {
      if (!INTEGER.test(text) || (type === 'unsigned' && text.startsWith('-'))) throw bad(`a decimal ${type}`);
      const v = BigInt(text);
      const [min, max] = type === 'unsigned' ? [0n, UINT64_MAX] : [INT64_MIN, INT64_MAX];
      if (v < min || v > max) throw bad(`in the ${type} range`);
      const n = fromBigInt(v);
      if (type === 'time' && typeof n === 'bigint') throw bad('a time within ±2^53 seconds');
      return n;
    }
    case 'float': {
      const n = Number(text);
      if (!FLOAT.test(text) || !Number.isFinite(n)) throw bad('a finite decimal float');
      return n;
    }
    case 'boolean':
      if (text !== '0' && text !== '1') throw bad('a boolean ("0" or "1")');
      return text === '1';
    case 'opaque':
      return decodeBase64(text, cf, where);
    case 'objlnk': {
      const m = OBJLNK.exec(text);
      if (!m || Number(m[1]) > 0xffff || Number(m[2]) > 0xffff) throw bad('an object link "oid:iid"');
      return { objectId: Number(m[1]), instanceId: Number(m[2]) };
    }
    case 'string':
    case 'corelnk':
      return text;
    case 'none':
      throw new CodecError(cf, `${where}: an Executable resource has no value`);
  }
}

/** A float as a plain decimal, never exponent notation: 1e21 → "1000000000000000000000". */
export function plainDecimal(n: number, cf: number, where: string): string {
  if (!Number.isFinite(n)) throw new CodecError(cf, `${where}: ${n} has no decimal form`);
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', exp] = m;
  const digits = lead! + frac;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
