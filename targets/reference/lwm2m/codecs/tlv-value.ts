/**
 * TLV value fields by data type (TS-Core App. C, Table C-1 "TLV" column): Integer and Time are 1, 2, 4
 * or 8 bytes of big-endian two's complement, Unsigned Integer the same unsigned, Float 4 or 8 bytes
 * IEEE 754, Boolean exactly one byte 0/1, Objlnk two uint16, String UTF-8, Opaque raw.
 * Encoders use the shortest length that holds the value; a float goes in 4 bytes only when exact.
 */
import { decodeUtf8 } from './text-bytes';
import { CodecError, type ResourceType, type ResourceValue } from './types';
import { booleanOf, floatOf, fromBigInt, integerOf, objectLinkOf, opaqueOf, stringOf } from './values';

const CF = 11542;
const INTEGER_LENGTHS = [1, 2, 4, 8] as const;

export function encodeTlvValue(type: ResourceType, value: ResourceValue, where: string): Buffer {
  switch (type) {
    case 'integer':
    case 'time':
      return encodeInteger(integerOf(type, value, CF, where), true);
    case 'unsigned':
      return encodeInteger(integerOf(type, value, CF, where), false);
    case 'float':
      return encodeFloat(floatOf(value, CF, where));
    case 'boolean':
      return Buffer.of(booleanOf(value, CF, where) ? 1 : 0);
    case 'objlnk': {
      const link = objectLinkOf(value, CF, where);
      const b = Buffer.alloc(4);
      b.writeUInt16BE(link.objectId, 0);
      b.writeUInt16BE(link.instanceId, 2);
      return b;
    }
    case 'string':
    case 'corelnk':
      return Buffer.from(stringOf(type, value, CF, where), 'utf8');
    case 'opaque':
    case 'none':
      return Buffer.from(opaqueOf(value, CF, where));
  }
}

function encodeInteger(v: bigint, signed: boolean): Buffer {
  const n = INTEGER_LENGTHS.find((len) => {
    const bits = BigInt(len * 8);
    return signed ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v < 1n << bits;
  })!;
  const b = Buffer.alloc(n);
  if (n === 8) {
    if (signed) b.writeBigInt64BE(v);
    else b.writeBigUInt64BE(v);
  } else if (signed) b.writeIntBE(Number(v), 0, n);
  else b.writeUIntBE(Number(v), 0, n);
  return b;
}

function encodeFloat(v: number): Buffer {
  // NaN never equals itself, so it takes 8 bytes; that is harmless.
  if (Math.fround(v) === v) {
    const b = Buffer.alloc(4);
    b.writeFloatBE(v);
    return b;
  }
  const b = Buffer.alloc(8);
  b.writeDoubleBE(v);
  return b;
}

export function decodeTlvValue(type: ResourceType, bytes: Buffer, where: string): ResourceValue {
  const bad = (why: string) => new CodecError(CF, `${where}: ${why}`);
  const len = bytes.length;
  switch (type) {
    case 'integer':
    case 'unsigned':
    case 'time': {
      if (!(INTEGER_LENGTHS as readonly number[]).includes(len)) throw bad(`${type} length ${len} is not 1, 2, 4 or 8`);
      const signed = type !== 'unsigned';
      const v = len === 8
        ? signed ? bytes.readBigInt64BE() : bytes.readBigUInt64BE()
        : BigInt(signed ? bytes.readIntBE(0, len) : bytes.readUIntBE(0, len));
      const n = fromBigInt(v);
      if (type === 'time' && typeof n === 'bigint') throw bad(`time ${v} is beyond ±2^53 seconds`);
      return n;
    }
    case 'float':
      if (len === 4) return bytes.readFloatBE();
      if (len === 8) return bytes.readDoubleBE();
      throw bad(`float length ${len} is not 4 or 8`);
    case 'boolean':
      if (len !== 1) throw bad(`boolean length ${len} is not 1`);
      if (bytes[0]! > 1) throw bad(`boolean byte 0x${bytes[0]!.toString(16).padStart(2, '0')} is not 0 or 1`);
      return bytes[0] === 1;
    case 'objlnk':
      if (len !== 4) throw bad(`objlnk length ${len} is not 4`);
      return { objectId: bytes.readUInt16BE(0), instanceId: bytes.readUInt16BE(2) };
    case 'string':
    case 'corelnk':
      return decodeUtf8(bytes, CF, where);
    case 'opaque':
    case 'none':
      return Buffer.from(bytes);
  }
}
