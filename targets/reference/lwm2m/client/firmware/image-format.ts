/**
 * The reference firmware image ("TFFW"), so that a Firmware Update can really be checked: its type
 * (magic), integrity (SHA-256 of the payload), the version it installs (Device /3/0/3 afterwards) and
 * the RAM it needs to unpack. A real device has its own signed format; this one is the smallest that
 * lets every Update Result of Object 5 (TS-Core App. E.6) happen for a reason.
 *
 *   "TFFW" | u8 format 1 | u8 flags | u8 n + name | u8 n + version | u32 ramRequired
 *          | u32 payloadLength | 32 bytes SHA-256(payload) | payload
 *
 * Flag bit 0 "fails self-test": the image installs but the new firmware does not come up, so the
 * device rolls back (Update Result 8, ETS int-779).
 */
import { createHash } from 'node:crypto';

export const IMAGE_MAGIC = Buffer.from('TFFW', 'ascii');
export const IMAGE_FORMAT = 1;
export const FLAG_FAILS_SELF_TEST = 0x01;

export interface FirmwareImage {
  name: string;
  version: string;
  /** Bytes of RAM the update needs while unpacking (checked against the device's RAM). */
  ramRequired: number;
  failsSelfTest: boolean;
  payload: Buffer;
}

export interface ImageHeader {
  name: string;
  version: string;
  ramRequired: number;
  flags: number;
  payloadLength: number;
  digest: Buffer;
  /** Header length in bytes; the payload follows. */
  length: number;
}

export function encodeImage(image: FirmwareImage): Buffer {
  const name = Buffer.from(image.name, 'utf8');
  const version = Buffer.from(image.version, 'utf8');
  if (name.length > 255 || version.length > 255) throw new RangeError('image name and version are at most 255 bytes');
  const numbers = Buffer.alloc(8);
  numbers.writeUInt32BE(image.ramRequired, 0);
  numbers.writeUInt32BE(image.payload.length, 4);
  return Buffer.concat([
    IMAGE_MAGIC,
    Buffer.from([IMAGE_FORMAT, image.failsSelfTest ? FLAG_FAILS_SELF_TEST : 0, name.length]),
    name,
    Buffer.from([version.length]),
    version,
    numbers,
    createHash('sha256').update(image.payload).digest(),
    image.payload,
  ]);
}

export type HeaderParse = { kind: 'incomplete' } | { kind: 'foreign'; why: string } | { kind: 'header'; header: ImageHeader };

/** Parses the header from the first bytes of a package, as soon as enough of them have arrived. */
export function parseImageHeader(bytes: Buffer): HeaderParse {
  if (bytes.length < 7) return startsLikeImage(bytes) ? { kind: 'incomplete' } : { kind: 'foreign', why: 'not a TFFW image (magic)' };
  if (!startsLikeImage(bytes)) return { kind: 'foreign', why: 'not a TFFW image (magic)' };
  if (bytes[4] !== IMAGE_FORMAT) return { kind: 'foreign', why: `TFFW format ${bytes[4]} is not supported` };
  const flags = bytes[5]!;
  let at = 6;
  const field = (): string | undefined => {
    if (bytes.length < at + 1) return undefined;
    const n = bytes[at]!;
    if (bytes.length < at + 1 + n) return undefined;
    const s = bytes.subarray(at + 1, at + 1 + n).toString('utf8');
    at += 1 + n;
    return s;
  };
  const name = field();
  const version = name === undefined ? undefined : field();
  if (version === undefined || bytes.length < at + 8 + 32) return { kind: 'incomplete' };
  const header: ImageHeader = {
    name: name!,
    version,
    flags,
    ramRequired: bytes.readUInt32BE(at),
    payloadLength: bytes.readUInt32BE(at + 4),
    digest: Buffer.from(bytes.subarray(at + 8, at + 40)),
    length: at + 40,
  };
  return { kind: 'header', header };
}

/** True when the whole package's payload has the length and digest its header announces. */
export function payloadIntact(header: ImageHeader, whole: Buffer): boolean {
  const payload = whole.subarray(header.length);
  return payload.length === header.payloadLength && createHash('sha256').update(payload).digest().equals(header.digest);
}

function startsLikeImage(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, IMAGE_MAGIC.length);
  return bytes.subarray(0, n).equals(IMAGE_MAGIC.subarray(0, n));
}
