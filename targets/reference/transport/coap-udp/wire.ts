/**
 * The RFC 7252 §3 wire format, one pass each way, on the hot path of every datagram.
 *
 * Decoding checks what coap-packet 1.1.1's parser let through — a token or option value running
 * past the end of the datagram, token lengths 9–15 (RFC 8974's extended lengths 13/14 are reserved
 * in RFC 7252), a payload marker followed by nothing, an Empty message with bytes after the Message
 * ID — and reports each as a message format error with the reason. Token, option values and
 * payload are views into the datagram (node:dgram hands every message its own Buffer).
 *
 * Encoding writes straight into one Buffer of the exact size: options in ascending number order
 * (stable for repeated options, RFC 7252 §3.1), delta and length nibbles with their extended bytes.
 * It keeps coap-packet's framing, which the interop tests pin against node-coap.
 */
import type { CoapMessage, CoapOption, CoapType } from './types';
import { OPTION_NUMBERS } from './options';

/** Names coap-packet gives option numbers (its table adds the two OCF options to ours). */
const NAME_BY_NUMBER = new Map<number, string>([
  ...Object.entries(OPTION_NUMBERS).map(([name, n]) => [n, name] as [number, string]),
  [2049, 'OCF-Accept-Content-Format-Version'],
  [2053, 'OCF-Content-Format-Version'],
]);

const TYPES: readonly CoapType[] = ['CON', 'NON', 'ACK', 'RST'];
const TYPE_BITS: Readonly<Record<CoapType, number>> = { CON: 0x00, NON: 0x10, ACK: 0x20, RST: 0x30 };

/** `c.dd` for every code byte, and back. */
const CODE_TEXT: readonly string[] = Array.from({ length: 256 }, (_, b) => `${b >> 5}.${String(b & 0x1f).padStart(2, '0')}`);
const CODE_BYTE = new Map<string, number>(CODE_TEXT.map((text, b) => [text, b]));

const EMPTY: Buffer = Buffer.alloc(0);

export type DecodeResult = { message: CoapMessage; error?: undefined } | { message?: undefined; error: string };

/** Parses one datagram; never throws. */
export function decodeMessage(raw: Buffer): DecodeResult {
  if (raw.length < 4) return { error: `truncated header: ${raw.length} bytes, a CoAP header is 4 bytes (RFC 7252 §3)` };
  const first = raw[0]!;
  const version = first >> 6;
  if (version !== 1) return { error: `unsupported version ${version} (RFC 7252 §3: must be 1; silently ignored)` };
  const tokenLength = first & 0x0f;
  if (tokenLength > 8) return { error: `token length ${tokenLength} is reserved (RFC 7252 §3: 9-15 are a message format error)` };
  if (raw.length < 4 + tokenLength) return { error: `truncated token: length ${tokenLength} but ${raw.length - 4} bytes follow the header` };
  const codeByte = raw[1]!;
  if (codeByte === 0 && raw.length !== 4) return { error: `empty message (code 0.00) with ${raw.length - 4} bytes after the Message ID (RFC 7252 §4.1: must have none)` };
  const options: CoapOption[] = [];
  let payload: Buffer = EMPTY; // shared: empty payloads (most responses) allocate nothing
  let index = 4 + tokenLength;
  let number = 0;
  while (index < raw.length) {
    const byte = raw[index]!;
    if (byte === 0xff) {
      if (index + 1 === raw.length) return { error: 'payload marker followed by a zero-length payload (RFC 7252 §3)' };
      payload = raw.subarray(index + 1);
      break;
    }
    index += 1;
    let delta = byte >> 4;
    if (delta >= 13) {
      if (delta === 15) return { error: 'option delta nibble 15 is reserved (RFC 7252 §3.1: message format error)' };
      const bytes = delta === 13 ? 1 : 2;
      if (index + bytes > raw.length) return { error: 'truncated extended option delta' };
      delta = delta === 13 ? raw[index]! + 13 : raw.readUInt16BE(index) + 269;
      index += bytes;
    }
    let length = byte & 0x0f;
    if (length >= 13) {
      if (length === 15) return { error: 'option length nibble 15 is reserved (RFC 7252 §3.1: message format error)' };
      const bytes = length === 13 ? 1 : 2;
      if (index + bytes > raw.length) return { error: 'truncated extended option length' };
      length = length === 13 ? raw[index]! + 13 : raw.readUInt16BE(index) + 269;
      index += bytes;
    }
    number += delta;
    if (index + length > raw.length) return { error: `truncated option ${number}: length ${length} but ${raw.length - index} bytes remain` };
    options.push({ name: NAME_BY_NUMBER.get(number) ?? String(number), value: raw.subarray(index, index + length) });
    index += length;
  }
  return {
    message: {
      type: TYPES[(first >> 4) & 0x03]!,
      code: CODE_TEXT[codeByte]!,
      messageId: raw.readUInt16BE(2),
      token: tokenLength === 0 ? EMPTY : raw.subarray(4, 4 + tokenLength),
      options,
      payload,
    },
  };
}

/** The code byte of a dotted code, or undefined when it is not a valid `c.dd` (RFC 7252 §3). */
export function codeByte(code: string): number | undefined {
  return CODE_BYTE.get(code);
}

const nibble = (n: number): number => (n < 13 ? n : n < 269 ? 13 : 14);
const extraBytes = (n: number): number => (n < 13 ? 0 : n < 269 ? 1 : 2);

function writeExtended(buffer: Buffer, pos: number, n: number): number {
  if (n >= 269) {
    buffer.writeUInt16BE(n - 269, pos);
    return pos + 2;
  }
  if (n >= 13) buffer[pos++] = n - 13;
  return pos;
}

/**
 * Encodes `message` whose option names resolve to `numbers` (same order). Throws when the result
 * would exceed `maxLength` (RFC 7252 §4.6).
 */
export function encodeMessage(message: CoapMessage, code: number, numbers: readonly number[], maxLength: number): Buffer {
  const { token, options, payload } = message;
  let order: number[] | undefined;
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i]! < numbers[i - 1]!) {
      order = numbers.map((_, j) => j).sort((a, b) => numbers[a]! - numbers[b]! || a - b);
      break;
    }
  }
  const tokenExtra = token.length > 268 ? 2 : token.length > 12 ? 1 : 0;
  let length = 4 + tokenExtra + token.length;
  let previous = 0;
  for (let k = 0; k < options.length; k++) {
    const i = order ? order[k]! : k;
    const value = options[i]!.value;
    const delta = numbers[i]! - previous;
    previous = numbers[i]!;
    length += 1 + extraBytes(delta) + extraBytes(value.length) + value.length;
  }
  const withPayload = code !== 0 && payload.length > 0;
  if (withPayload) length += 1 + payload.length;
  if (length > maxLength) throw new Error(`Max packet size is ${maxLength}: current is ${length}`);

  const buffer = Buffer.allocUnsafe(length);
  const tokenNibble = token.length > 268 ? 14 : token.length > 12 ? 13 : token.length;
  buffer[0] = 0x40 | TYPE_BITS[message.type] | tokenNibble;
  buffer[1] = code;
  buffer.writeUInt16BE(message.messageId, 2);
  let pos = 4;
  if (tokenExtra === 2) {
    buffer.writeUInt16BE(token.length - 269, pos);
    pos += 2;
  } else if (tokenExtra === 1) buffer[pos++] = token.length - 13;
  pos += token.copy(buffer, pos);
  previous = 0;
  for (let k = 0; k < options.length; k++) {
    const i = order ? order[k]! : k;
    const value = options[i]!.value;
    const delta = numbers[i]! - previous;
    previous = numbers[i]!;
    buffer[pos++] = (nibble(delta) << 4) | nibble(value.length);
    pos = writeExtended(buffer, pos, delta);
    pos = writeExtended(buffer, pos, value.length);
    pos += value.copy(buffer, pos);
  }
  if (withPayload) {
    buffer[pos++] = 0xff;
    payload.copy(buffer, pos);
  }
  return buffer;
}
