/**
 * The TLV framing of TS-Core §7.4.3 (Table 7.4.3-1), without any meaning attached to values.
 * Type byte: bits 7-6 identifier type, bit 5 set for a 16-bit identifier, bits 4-3 size of the length
 * field (0 ⇒ the length is in bits 2-0, which are otherwise ignored), then identifier, length, value.
 */
import { CodecError } from './types';

const CF = 11542;

/** Bits 7-6 of the type byte, in the spec's words. */
export type TlvKind = 'Object Instance' | 'Resource Instance' | 'Multiple Resource' | 'Resource with Value';

const KINDS: readonly TlvKind[] = ['Object Instance', 'Resource Instance', 'Multiple Resource', 'Resource with Value'];

export interface TlvEntry {
  kind: TlvKind;
  id: number;
  /** The value field; for Object Instance and Multiple Resource it holds nested TLVs. */
  value: Buffer;
  /** Offset of the type byte in the buffer it was read from, for error messages. */
  offset: number;
}

/** The largest value a 24-bit length field can describe (~16.7 MB). */
export const MAX_TLV_LENGTH = 0xffffff;

/** Reads consecutive TLVs filling `buf` exactly. Every iteration consumes ≥ 2 bytes, so it always ends. */
export function readTlvs(buf: Buffer, context = 'payload'): TlvEntry[] {
  const entries: TlvEntry[] = [];
  let at = 0;
  while (at < buf.length) {
    const offset = at;
    const fail = (why: string) => new CodecError(CF, `TLV at byte ${offset} of ${context}: ${why}`);
    const type = buf[at++]!;
    const idSize = type & 0x20 ? 2 : 1;
    const lengthSize = (type >> 3) & 0x03;
    if (at + idSize + lengthSize > buf.length) {
      throw fail(`truncated header (needs ${1 + idSize + lengthSize} bytes, ${buf.length - offset} left)`);
    }
    const id = idSize === 2 ? buf.readUInt16BE(at) : buf[at]!;
    at += idSize;
    const length = lengthSize === 0 ? type & 0x07 : buf.readUIntBE(at, lengthSize);
    at += lengthSize;
    if (at + length > buf.length) throw fail(`length ${length} runs past the end (${buf.length - at} bytes left)`);
    entries.push({ kind: KINDS[type >> 6]!, id, value: buf.subarray(at, at + length), offset });
    at += length;
  }
  return entries;
}

/** Writes one TLV with the shortest identifier and length fields. */
export function writeTlv(kind: TlvKind, id: number, value: Buffer): Buffer {
  if (!Number.isInteger(id) || id < 0 || id > 0xffff) throw new CodecError(CF, `TLV identifier ${id} is not 16-bit`);
  if (value.length > MAX_TLV_LENGTH) throw new CodecError(CF, `TLV value of ${value.length} bytes exceeds the 24-bit length field`);
  const wideId = id > 0xff;
  const lengthSize = value.length < 8 ? 0 : value.length <= 0xff ? 1 : value.length <= 0xffff ? 2 : 3;
  const header = Buffer.alloc(1 + (wideId ? 2 : 1) + lengthSize);
  header[0] = (KINDS.indexOf(kind) << 6) | (wideId ? 0x20 : 0) | (lengthSize << 3) | (lengthSize === 0 ? value.length : 0);
  if (wideId) header.writeUInt16BE(id, 1);
  else header[1] = id;
  if (lengthSize > 0) header.writeUIntBE(value.length, header.length - lengthSize, lengthSize);
  return Buffer.concat([header, value]);
}
