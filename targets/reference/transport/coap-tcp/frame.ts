/**
 * The RFC 8323 §3.2 message format of CoAP over TCP/TLS:
 *
 *   Len(4) TKL(4) | Extended Length (0, 1, 2 or 4 bytes) | Code | Token (TKL bytes) | Options | 0xFF Payload
 *
 * Len counts Options + payload marker + Payload; 13, 14, 15 announce an extended length of 1, 2, 4
 * bytes holding Len − 13, − 269, − 65805. There is no Type and no Message ID.
 *
 * Options and payload are laid out exactly as in RFC 7252 §3, so both directions reuse the UDP
 * codec (../coap-udp/wire.ts): encoding serialises the message as a datagram and keeps what follows
 * its 4-byte header and token; decoding rebuilds that datagram around the frame's body.
 */
import type { CoapMessage } from '../coap-udp/types';
import { decodeMessage } from '../coap-udp/wire';
import { serialize } from '../coap-udp/message';
import { isSignal, nameSignalOptions, numberSignalOptions } from './signaling';

/** §3.2 thresholds of the Len nibble's extended forms. */
const EXT1 = 13;
const EXT2 = 269;
const EXT4 = 65805;
/** TKL 9–15 are reserved (RFC 8323 §3.2 refers to RFC 7252 §3). */
const MAX_TOKEN = 8;

/** One frame at the start of a buffer: a message, a need for more bytes, or a format error. */
export type FrameResult =
  | { kind: 'frame'; message: CoapMessage; size: number }
  | { kind: 'incomplete'; /** bytes the frame needs in total, once its header is complete */ size?: number }
  | { kind: 'error'; error: string; /** the frame's size when it could be read from the header */ size?: number };

/** Size of the frame at `buffer[0]` from its header, or undefined when the header is incomplete. */
export function frameSize(buffer: Buffer): number | undefined {
  if (buffer.length < 1) return undefined;
  const len = buffer[0]! >> 4;
  const tkl = buffer[0]! & 0x0f;
  const extBytes = extendedLengthBytes(len);
  if (buffer.length < 1 + extBytes) return undefined;
  let bodyLength = len;
  if (len === 13) bodyLength = buffer[1]! + EXT1;
  else if (len === 14) bodyLength = buffer.readUInt16BE(1) + EXT2;
  else if (len === 15) bodyLength = buffer.readUInt32BE(1) + EXT4;
  return 1 + extBytes + 1 + tkl + bodyLength;
}

/** Decodes the frame at the start of `buffer`; never throws. Token, options and payload are copies. */
export function decodeFrame(buffer: Buffer): FrameResult {
  const size = frameSize(buffer);
  if (size === undefined) return { kind: 'incomplete' };
  const tkl = buffer[0]! & 0x0f;
  if (tkl > MAX_TOKEN) return { kind: 'error', error: `token length ${tkl} is reserved (RFC 8323 §3.2, RFC 7252 §3)`, size };
  if (buffer.length < size) return { kind: 'incomplete', size };
  const headerLength = 2 + extendedLengthBytes(buffer[0]! >> 4); // Len/TKL, extended length, Code
  const code = buffer[headerLength - 1]!;
  const token = Buffer.from(buffer.subarray(headerLength, headerLength + tkl));
  if (code === 0) {
    // §4.4: an Empty message (0.00) may be sent at any time and is ignored by the recipient.
    return { kind: 'frame', size, message: { type: 'CON', transport: 'tcp', code: '0.00', messageId: 0, token, options: [], payload: Buffer.alloc(0) } };
  }
  const datagram = Buffer.allocUnsafe(4 + size - headerLength);
  datagram[0] = 0x40 | tkl;
  datagram[1] = code;
  datagram.writeUInt16BE(0, 2);
  buffer.copy(datagram, 4, headerLength, size);
  const decoded = decodeMessage(datagram);
  if (decoded.error !== undefined) return { kind: 'error', error: decoded.error, size };
  const message: CoapMessage = { ...decoded.message, transport: 'tcp' };
  return { kind: 'frame', size, message: isSignal(message.code) ? nameSignalOptions(message) : message };
}

/** Bytes of Extended Length announced by the Len nibble (§3.2). */
function extendedLengthBytes(len: number): number {
  return len < EXT1 ? 0 : len === 13 ? 1 : len === 14 ? 2 : 4;
}

/**
 * Encodes `message` (its `type` and `messageId` are ignored) as one frame. Throws a clear error for a
 * bad code, option name, a token over 8 bytes, or a frame larger than `maxSize` (the peer's
 * Max-Message-Size, §5.3.1).
 */
export function encodeFrame(message: CoapMessage, maxSize = Number.MAX_SAFE_INTEGER): Buffer {
  if (message.token.length > MAX_TOKEN) throw new RangeError(`a token has 0 to 8 bytes (RFC 8323 §3.2), got ${message.token.length}`);
  const wire = isSignal(message.code) ? numberSignalOptions(message) : message;
  const datagram = serialize({ ...wire, type: 'CON', messageId: 0 }, Number.MAX_SAFE_INTEGER);
  const body = datagram.subarray(4 + message.token.length);
  const n = body.length;
  const extBytes = n < EXT1 ? 0 : n < EXT2 ? 1 : n < EXT4 ? 2 : 4;
  const size = 1 + extBytes + 1 + message.token.length + n;
  if (size > maxSize) throw new Error(`frame of ${size} bytes exceeds the peer's Max-Message-Size ${maxSize} (RFC 8323 §5.3.1)`);
  const frame = Buffer.allocUnsafe(size);
  const nibble = extBytes === 0 ? n : extBytes === 1 ? 13 : extBytes === 2 ? 14 : 15;
  frame[0] = (nibble << 4) | message.token.length;
  if (extBytes === 1) frame[1] = n - EXT1;
  else if (extBytes === 2) frame.writeUInt16BE(n - EXT2, 1);
  else if (extBytes === 4) frame.writeUInt32BE(n - EXT4, 1);
  frame[1 + extBytes] = datagram[1]!;
  message.token.copy(frame, 2 + extBytes);
  body.copy(frame, 2 + extBytes + message.token.length);
  return frame;
}
