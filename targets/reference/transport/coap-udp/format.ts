/**
 * One-line rendering of a CoAP message for transcripts and failure messages, e.g.
 * `CON 0.02 POST mid=1234 token=a1b2c3d4 Uri-Path=rd Uri-Query=ep=node1&lt=20 Content-Format=40 | </1/0>,</3/0>`.
 */
import type { CoapMessage } from './types';
import { CODE_NAMES } from './codes';
import { decodeUint, stringOptions } from './options';

export { CODE_NAMES } from './codes';

/** Renders a payload given its Content-Format; the caller may plug in LwM2M-aware decoders. */
export type PayloadDescriber = (contentFormat: number | undefined, payload: Buffer) => string;

/** Options rendered by joining all their values (RFC 7252 §5.10 repeatable string options). */
const JOINED: Readonly<Record<string, string>> = {
  'Uri-Path': '/',
  'Location-Path': '/',
  'Uri-Query': '&',
  'Location-Query': '&',
};

/** RFC 7252 §3.2 uint options, rendered as decimal. */
const UINT = new Set(['Content-Format', 'Accept', 'Observe', 'Max-Age', 'Uri-Port', 'Size1', 'Size2', 'Hop-Limit', 'No-Response', 'Max-Message-Size', 'Hold-Off', 'Bad-CSM-Option']);
/** RFC 7252 §3.2 string options, rendered as text. */
const STRING = new Set(['Uri-Host', 'Proxy-Uri', 'Proxy-Scheme']);
/** RFC 7959 §2.2 Block options: NUM/M/size. */
const BLOCK = new Set(['Block1', 'Block2', 'Q-Block1', 'Q-Block2']);

/** The longest payload text kept in a line before it is cut. */
const MAX_PAYLOAD_CHARS = 400;

/** Formats a message on one line: type, code, name, mid, token, options, `|` payload. */
export function formatCoapMessage(message: CoapMessage, describePayload?: PayloadDescriber): string {
  const name = CODE_NAMES[message.code];
  const code = name === undefined ? message.code : `${message.code} ${name}`;
  // RFC 8323 §3.2: CoAP over TCP has neither Type nor Message ID.
  const parts = message.transport === 'tcp' ? [code] : [message.type, code, `mid=${message.messageId}`];
  if (message.token.length > 0) parts.push(`token=${message.token.toString('hex')}`);
  parts.push(...formatOptions(message));
  let line = parts.join(' ');
  if (message.payload.length > 0) {
    const contentFormat = safeUint(message.options.find((o) => o.name === 'Content-Format')?.value);
    const describe = describePayload ?? defaultPayload;
    line += ` | ${describe(contentFormat, message.payload)}`;
  }
  return line;
}

/** Renders the options in order, joining repeatable path/query options into one item. */
function formatOptions(message: CoapMessage): string[] {
  const items: string[] = [];
  const seen = new Set<string>();
  for (const option of message.options) {
    const separator = JOINED[option.name];
    if (separator !== undefined) {
      if (!seen.has(option.name)) items.push(`${option.name}=${stringOptions(message, option.name).join(separator)}`);
      seen.add(option.name);
    } else {
      items.push(`${option.name}=${formatValue(option.name, option.value)}`);
    }
  }
  return items;
}

/** Renders one option value by its RFC 7252 §3.2 format. */
function formatValue(name: string, value: Buffer): string {
  if (UINT.has(name)) return String(safeUint(value) ?? `0x${value.toString('hex')}`);
  if (STRING.has(name)) return value.toString('utf8');
  if (BLOCK.has(name)) {
    const n = safeUint(value);
    if (n === undefined) return `0x${value.toString('hex')}`;
    return `${Math.floor(n / 16)}/${(n >> 3) & 1}/${2 ** ((n & 7) + 4)}`;
  }
  return value.length === 0 ? '' : `0x${value.toString('hex')}`;
}

function safeUint(value: Buffer | undefined): number | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeUint(value);
  } catch {
    return undefined;
  }
}

/** Printable UTF-8 as text, anything else as hex; long payloads are cut with their size noted. */
function defaultPayload(_contentFormat: number | undefined, payload: Buffer): string {
  const text = payload.toString('utf8');
  // eslint-disable-next-line no-control-regex
  const printable = !text.includes('\uFFFD') && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
  const shown = printable ? text.replace(/\r?\n/g, '\\n') : `0x${payload.toString('hex')}`;
  return shown.length > MAX_PAYLOAD_CHARS ? `${shown.slice(0, MAX_PAYLOAD_CHARS)}… (${payload.length} bytes)` : shown;
}
