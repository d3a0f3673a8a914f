/**
 * The OSCORE option value (RFC 8613 §6.1): a flag byte |0 0 0 h k n n n|, then n bytes of Partial
 * IV, then (h) one length byte s and s bytes of kid context, then (k) the kid up to the end. The
 * value is empty when every field is absent (a response without Partial IV, §6.1).
 */
import { badOption } from './errors';

export interface OscoreOptionFields {
  /** Partial IV bytes (0 to 5), big-endian, minimal (§6.1, §5.1). */
  partialIv?: Buffer;
  kidContext?: Buffer;
  kid?: Buffer;
}

export function encodeOscoreOption(fields: OscoreOptionFields): Buffer {
  const piv = fields.partialIv ?? EMPTY;
  if (piv.length > 5) throw new RangeError(`a Partial IV has at most 5 bytes (RFC 8613 §6.1), got ${piv.length}`);
  const h = fields.kidContext !== undefined;
  const k = fields.kid !== undefined;
  if (piv.length === 0 && !h && !k) return EMPTY;
  if (h && fields.kidContext!.length > 255) throw new RangeError('kid context longer than 255 bytes');
  const flags = (h ? 0x10 : 0) | (k ? 0x08 : 0) | piv.length;
  const parts = [Buffer.of(flags), piv];
  if (h) parts.push(Buffer.of(fields.kidContext!.length), fields.kidContext!);
  if (k) parts.push(fields.kid!);
  return Buffer.concat(parts);
}

/** Decodes an OSCORE option value; throws a 4.02 Bad Option verification error when malformed (§8.2 step 2). */
export function decodeOscoreOption(value: Buffer): OscoreOptionFields {
  if (value.length === 0) return {};
  const flags = value[0]!;
  // §6.1: the reserved bits must be zero; a Partial IV of 6 or 7 bytes is reserved.
  if (flags & 0xe0) throw badOption(`reserved OSCORE flag bits set (0x${flags.toString(16)})`);
  const n = flags & 0x07;
  if (n > 5) throw badOption(`Partial IV length ${n} is reserved`);
  let index = 1;
  if (index + n > value.length) throw badOption('OSCORE option shorter than its Partial IV');
  const fields: OscoreOptionFields = {};
  if (n > 0) fields.partialIv = value.subarray(index, index + n);
  index += n;
  if (flags & 0x10) {
    if (index >= value.length) throw badOption('OSCORE option without its kid context length');
    const s = value[index]!;
    index += 1;
    if (index + s > value.length) throw badOption('OSCORE option shorter than its kid context');
    fields.kidContext = value.subarray(index, index + s);
    index += s;
  }
  if (flags & 0x08) fields.kid = value.subarray(index);
  else if (index !== value.length) throw badOption('bytes after the OSCORE option fields');
  return fields;
}

/** §6.1: the Partial IV is the sequence number in network byte order, in the fewest bytes (0 → one zero byte). */
export function partialIvOf(sequenceNumber: number): Buffer {
  const bytes: number[] = [];
  for (let v = sequenceNumber; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return Buffer.from(bytes.length === 0 ? [0] : bytes);
}

export function sequenceNumberOf(partialIv: Buffer): number {
  return partialIv.readUIntBE(0, partialIv.length);
}

const EMPTY = Buffer.alloc(0);
