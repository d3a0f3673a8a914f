/**
 * The OSCORE plaintext (RFC 8613 §5.3): the Inner Code byte, the Inner (class E) options in the
 * CoAP option encoding, and, if there is a payload, the 0xFF marker and the payload. It is exactly a
 * CoAP message minus the 4-byte header and the token, so the coap-udp wire codec writes and reads it.
 */
import type { CoapMessage, CoapOption } from '../coap-udp/types';
import { parseDatagram, serialize } from '../coap-udp/message';
import { badOption } from './errors';

const EMPTY = Buffer.alloc(0);

export function encodePlaintext(code: string, options: readonly CoapOption[], payload: Buffer): Buffer {
  const wire = serialize({ type: 'CON', code, messageId: 0, token: EMPTY, options: [...options], payload }, Number.MAX_SAFE_INTEGER);
  return Buffer.concat([wire.subarray(1, 2), wire.subarray(4)]);
}

/** The Inner code, options and payload; a malformed plaintext is a §8.2 step 7 / §8.4 step 5 error (4.02). */
export function decodePlaintext(plaintext: Buffer): Pick<CoapMessage, 'code' | 'options' | 'payload'> {
  if (plaintext.length === 0) throw badOption('empty OSCORE plaintext');
  if (plaintext[0] === 0) throw badOption('Inner Code 0.00 in the OSCORE plaintext');
  const parsed = parseDatagram(Buffer.concat([Buffer.of(0x40, plaintext[0]!, 0, 0), plaintext.subarray(1)]));
  if (parsed.error !== undefined) throw badOption(`malformed OSCORE plaintext: ${parsed.error}`);
  return { code: parsed.message.code, options: parsed.message.options, payload: parsed.message.payload };
}
