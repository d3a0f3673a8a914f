/**
 * Value checks shared by the codecs: which Appendix C data type a value is encoded as, and whether a
 * JS value fits it (TS-Core App. C "Data Types": 64-bit Integer, 64-bit Unsigned Integer, Objlnk as
 * two 16-bit ids, Time as signed seconds).
 */
import { CodecError, type ObjectLink, type ResourceDef, type ResourceType, type ResourceValue } from './types';

export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;
export const UINT64_MAX = 2n ** 64n - 1n;

export function isObjectLink(v: unknown): v is ObjectLink {
  return typeof v === 'object' && v !== null && !Buffer.isBuffer(v) && 'objectId' in v && 'instanceId' in v;
}

/** The type of a value whose resource the model does not know. */
export function inferType(value: ResourceValue): ResourceType {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'bigint') return 'integer';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'float';
  if (Buffer.isBuffer(value)) return 'opaque';
  return 'objlnk';
}

/** The model's type when known (Executable resources carry opaque bytes, if anything), else inferred. */
export function encodingType(def: ResourceDef | undefined, value: ResourceValue): ResourceType {
  if (!def) return inferType(value);
  return def.type === 'none' ? 'opaque' : def.type;
}

/** A decoded 64-bit integer as a number when exact, else a bigint (types.ts: beyond 2^53 is bigint). */
export function fromBigInt(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

/** An Integer / Unsigned Integer / Time value as bigint, range-checked; CodecError when it is not one. */
export function integerOf(type: ResourceType, value: ResourceValue, cf: number, where: string): bigint {
  let v: bigint;
  if (typeof value === 'bigint') v = value;
  else if (typeof value === 'number' && Number.isInteger(value)) v = BigInt(value);
  else throw new CodecError(cf, `${where}: ${type} needs an integer, got ${describeValue(value)}`);
  const [min, max] = type === 'unsigned' ? [0n, UINT64_MAX] : [INT64_MIN, INT64_MAX];
  if (v < min || v > max) throw new CodecError(cf, `${where}: ${v} is outside the ${type} range`);
  if (type === 'time' && fromBigInt(v) !== Number(v)) throw new CodecError(cf, `${where}: time ${v} is not a safe integer`);
  return v;
}

export function floatOf(value: ResourceValue, cf: number, where: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  throw new CodecError(cf, `${where}: float needs a number, got ${describeValue(value)}`);
}

export function booleanOf(value: ResourceValue, cf: number, where: string): boolean {
  if (typeof value !== 'boolean') throw new CodecError(cf, `${where}: boolean needs true/false, got ${describeValue(value)}`);
  return value;
}

export function stringOf(type: ResourceType, value: ResourceValue, cf: number, where: string): string {
  if (typeof value !== 'string') throw new CodecError(cf, `${where}: ${type} needs a string, got ${describeValue(value)}`);
  return value;
}

export function opaqueOf(value: ResourceValue, cf: number, where: string): Buffer {
  if (!Buffer.isBuffer(value)) throw new CodecError(cf, `${where}: opaque needs a Buffer, got ${describeValue(value)}`);
  return value;
}

/** Objlnk ids are 16-bit each; 65535:65535 is the spec's "no link" value, so 65535 is allowed here. */
export function objectLinkOf(value: ResourceValue, cf: number, where: string): ObjectLink {
  const ok = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0xffff;
  if (!isObjectLink(value) || !ok(value.objectId) || !ok(value.instanceId)) {
    throw new CodecError(cf, `${where}: objlnk needs { objectId, instanceId } in 0..65535, got ${describeValue(value)}`);
  }
  return value;
}

export function describeValue(value: ResourceValue): string {
  if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
  if (typeof value === 'bigint') return `${value}n`;
  return typeof value === 'object' ? JSON.stringify(value) : `${typeof value} ${JSON.stringify(value)}`;
}
