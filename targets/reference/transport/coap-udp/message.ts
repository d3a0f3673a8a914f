/**
 * Conversion between coap-packet's packet objects and our CoapMessage (RFC 7252 §3), with the
 * §3 format checks coap-packet skips. The option helpers live in options.ts and are re-exported.
 */
import { generate, parse, type Packet, type ParsedPacket } from 'coap-packet';
import type { CoapMessage, CoapType } from './types';
import { isValidCode } from './codes';
import { optionNumber } from './options';
import { formatErrorOf } from './validate';

export { decodeUint, encodeUint, pathOf, queryOf } from './options';

/** RFC 7252 §4.6: messages SHOULD fit a 1280-byte IPv6 MTU; coap-packet's default limit. */
export const DEFAULT_MAX_MESSAGE_SIZE = 1280;

/** The result of parsing one datagram: the message, or why it is not valid CoAP. */
export type ParseResult = { message: CoapMessage; error?: undefined } | { message?: undefined; error: string };

/** RFC 7252 §3 "T" field from coap-packet's flags. */
function typeOf(packet: ParsedPacket): CoapType {
  if (packet.confirmable) return 'CON';
  if (packet.ack) return 'ACK';
  if (packet.reset) return 'RST';
  return 'NON';
}

/** Converts a parsed coap-packet packet into a CoapMessage (option names kept as strings). */
export function fromPacket(packet: ParsedPacket): CoapMessage {
  return {
    type: typeOf(packet),
    code: packet.code,
    messageId: packet.messageId,
    token: Buffer.from(packet.token),
    options: packet.options.map((o) => ({ name: String(o.name), value: Buffer.from(o.value) })),
    payload: Buffer.from(packet.payload),
  };
}

/** Converts a CoapMessage to a coap-packet packet object (a fresh object: generate() mutates). */
export function toPacket(message: CoapMessage): Packet {
  return {
    code: message.code,
    messageId: message.messageId,
    token: message.token,
    options: message.options.map((o) => ({ name: o.name, value: o.value })),
    payload: message.payload,
    confirmable: message.type === 'CON',
    ack: message.type === 'ACK',
    reset: message.type === 'RST',
  };
}

/** Parses one datagram; never throws. */
export function parseDatagram(raw: Buffer): ParseResult {
  const formatError = formatErrorOf(raw);
  if (formatError !== undefined) return { error: formatError };
  try {
    return { message: fromPacket(parse(raw)) };
  } catch (error) {
    return { error: `coap-packet parse failed: ${(error as Error).message}` };
  }
}

/** Serializes a message; throws a clear error for a bad code, option name, mid or size. */
export function serialize(message: CoapMessage, maxLength = DEFAULT_MAX_MESSAGE_SIZE): Buffer {
  if (!isValidCode(message.code)) throw new Error(`invalid CoAP code "${message.code}" (expected c.dd, RFC 7252 §3)`);
  if (!Number.isInteger(message.messageId) || message.messageId < 0 || message.messageId > 0xffff) {
    throw new RangeError(`invalid Message ID ${message.messageId} (RFC 7252 §3: 16-bit)`);
  }
  for (const option of message.options) {
    if (optionNumber(option.name) === undefined) throw new Error(`unknown CoAP option name "${option.name}"`);
  }
  return generate(toPacket(message), maxLength);
}

/** An Empty message (RFC 7252 §4.1): ACK or RST echoing `messageId`, no token, options or payload. */
export function emptyMessage(type: 'ACK' | 'RST' | 'CON', messageId: number): CoapMessage {
  return { type, code: '0.00', messageId, token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0) };
}
