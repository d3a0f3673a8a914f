/**
 * CoapMessage ⇄ datagram (RFC 7252 §3), with the §3 format checks (wire.ts). The option helpers
 * live in options.ts and are re-exported.
 */
import type { CoapMessage } from './types';
import { optionNumber } from './options';
import { codeByte, decodeMessage, encodeMessage } from './wire';

export { decodeUint, encodeUint, pathOf, queryOf } from './options';

/** RFC 7252 §4.6: messages SHOULD fit a 1280-byte IPv6 MTU. */
export const DEFAULT_MAX_MESSAGE_SIZE = 1280;

/** The result of parsing one datagram: the message, or why it is not valid CoAP. */
export type ParseResult = { message: CoapMessage; error?: undefined } | { message?: undefined; error: string };

/** Parses one datagram; never throws. Token, option values and payload are views into `raw`. */
export function parseDatagram(raw: Buffer): ParseResult {
  return decodeMessage(raw);
}

/** Serializes a message; throws a clear error for a bad code, option name, mid or size. */
export function serialize(message: CoapMessage, maxLength = DEFAULT_MAX_MESSAGE_SIZE): Buffer {
  const code = codeByte(message.code);
  if (code === undefined) throw new Error(`invalid CoAP code "${message.code}" (expected c.dd, RFC 7252 §3)`);
  if (!Number.isInteger(message.messageId) || message.messageId < 0 || message.messageId > 0xffff) {
    throw new RangeError(`invalid Message ID ${message.messageId} (RFC 7252 §3: 16-bit)`);
  }
  const numbers = new Array<number>(message.options.length);
  for (let i = 0; i < message.options.length; i++) {
    const n = optionNumber(message.options[i]!.name);
    if (n === undefined) throw new Error(`unknown CoAP option name "${message.options[i]!.name}"`);
    numbers[i] = n;
  }
  return encodeMessage(message, code, numbers, maxLength);
}

/** An Empty message (RFC 7252 §4.1): ACK or RST echoing `messageId`, no token, options or payload. */
export function emptyMessage(type: 'ACK' | 'RST' | 'CON', messageId: number): CoapMessage {
  return { type, code: '0.00', messageId, token: EMPTY, options: [], payload: EMPTY };
}

const EMPTY = Buffer.alloc(0);
