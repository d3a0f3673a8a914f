/**
 * CoAP options (RFC 7252 §3.1, §3.2, §5.10): registered names, uint encoding and accessors.
 */
import type { CoapMessage, CoapOption } from './types';

/**
 * RFC 7252 §5.10 / §12.2 option numbers by registered name (the same names coap-packet uses),
 * plus RFC 7641 Observe, RFC 7959 Block1/Block2/Size2, RFC 8613 OSCORE, RFC 7967 No-Response.
 */
export const OPTION_NUMBERS: Readonly<Record<string, number>> = {
  'If-Match': 1,
  'Uri-Host': 3,
  ETag: 4,
  'If-None-Match': 5,
  Observe: 6,
  'Uri-Port': 7,
  'Location-Path': 8,
  OSCORE: 9,
  'Uri-Path': 11,
  'Content-Format': 12,
  'Max-Age': 14,
  'Uri-Query': 15,
  'Hop-Limit': 16,
  Accept: 17,
  'Q-Block1': 19,
  'Location-Query': 20,
  Block2: 23,
  Block1: 27,
  Size2: 28,
  'Q-Block2': 31,
  'Proxy-Uri': 35,
  'Proxy-Scheme': 39,
  Size1: 60,
  Echo: 252, // RFC 9175 §2
  'No-Response': 258,
  'Request-Tag': 292, // RFC 9175 §3
};

/** The option number for a registered name or a decimal number string; undefined if neither. */
export function optionNumber(name: string): number | undefined {
  if (Object.prototype.hasOwnProperty.call(OPTION_NUMBERS, name)) return OPTION_NUMBERS[name];
  if (/^\d+$/.test(name)) {
    const n = Number(name);
    if (n >= 1 && n <= 0xffff) return n;
  }
  return undefined;
}

/** RFC 7252 §3.2 `uint` option format: big-endian, minimal length, 0 is the empty value. */
export function encodeUint(value: number): Buffer {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`uint option value must be a non-negative integer, got ${value}`);
  const bytes: number[] = [];
  for (let v = value; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return Buffer.from(bytes);
}

/** Decodes an RFC 7252 §3.2 `uint` option value (leading zero bytes tolerated; at most 6 bytes). */
export function decodeUint(value: Buffer): number {
  if (value.length === 0) return 0;
  if (value.length > 6) throw new RangeError(`uint option value of ${value.length} bytes is too long`);
  return value.readUIntBE(0, value.length);
}

/** All values of the option `name`, in order. */
export function optionValues(message: Pick<CoapMessage, 'options'>, name: string): Buffer[] {
  return message.options.filter((o) => o.name === name).map((o) => o.value);
}

/** The first value of a `uint` option (Content-Format, Accept, Observe, ...), or undefined. */
export function uintOption(message: Pick<CoapMessage, 'options'>, name: string): number | undefined {
  const value = message.options.find((o) => o.name === name)?.value;
  return value === undefined ? undefined : decodeUint(value);
}

/** The values of a `string` option (RFC 7252 §3.2: UTF-8), in order. */
export function stringOptions(message: Pick<CoapMessage, 'options'>, name: string): string[] {
  return optionValues(message, name).map((v) => v.toString('utf8'));
}

/** The Uri-Path as `/` + segments joined with `/` (RFC 7252 §6.5); `/` when there are none. */
export function pathOf(message: Pick<CoapMessage, 'options'>): string {
  return '/' + stringOptions(message, 'Uri-Path').join('/');
}

/** The Uri-Query values in order (RFC 7252 §5.10.1), e.g. `['ep=node1', 'lt=20']`. */
export function queryOf(message: Pick<CoapMessage, 'options'>): string[] {
  return stringOptions(message, 'Uri-Query');
}

/** A `string` option (RFC 7252 §3.2). */
export function stringOption(name: string, value: string): CoapOption {
  return { name, value: Buffer.from(value, 'utf8') };
}

/** A `uint` option (RFC 7252 §3.2). */
export function uintOptionOf(name: string, value: number): CoapOption {
  return { name, value: encodeUint(value) };
}

/** Uri-Path options for `/a/b/c` (RFC 7252 §6.4 step 8: one option per non-empty segment). */
export function uriPathOptions(path: string): CoapOption[] {
  return path
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => stringOption('Uri-Path', segment));
}
