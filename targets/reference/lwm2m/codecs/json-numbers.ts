/**
 * JSON with exact 64-bit integers. JSON.parse turns 9223372036854775807 into 9223372036854775808, and
 * LwM2M Integer/Unsigned Integer resources are 64-bit (TS-Core App. C). Node 20 has no JSON.parse source
 * access, so when the text holds an integer literal of 16 or more digits (the only ones that can exceed
 * 2^53), those literals — outside strings — are rewritten into marker objects `{"#int64":"<nonce><digits>"}`
 * with a random per-parse nonce (so a payload cannot forge one), and `jsonNumber` turns a marker back into
 * a bigint. Payloads without long integers take the plain JSON.parse path.
 */
import { randomBytes } from 'node:crypto';
import { clip } from './text-bytes';
import { CodecError } from './types';

const LONG_DIGITS = /\d{16}/;
const MARKER_KEY = '#int64';
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export interface ParsedJson {
  value: unknown;
  /** The nonce of this parse's big-integer markers, when any were rewritten. */
  marker?: string;
}

export function parseJson(text: string, cf: number): ParsedJson {
  if (!LONG_DIGITS.test(text)) return { value: parse(text, cf) };
  const marker = randomBytes(8).toString('hex');
  return { value: parse(rewriteLongIntegers(text, marker), cf), marker };
}

function parse(text: string, cf: number): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    // SyntaxError, or RangeError for absurd nesting: both mean "not JSON we accept".
    throw new CodecError(cf, `not valid JSON: ${clip(String((e as Error).message), 120)}`);
  }
}

function rewriteLongIntegers(text: string, marker: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string literal: up to the next quote not escaped by a backslash.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
      continue;
    }
    if (c !== 0x2d && (c < 0x30 || c > 0x39)) continue;
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) continue; // a stray "-": JSON.parse will say so
    const literal = m[0];
    if (/^-?\d{16,}$/.test(literal)) {
      parts.push(text.slice(copied, i), `{"${MARKER_KEY}":"${marker}${literal}"}`);
      copied = i + literal.length;
    }
    i += literal.length - 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** A JSON number (or big-integer marker) as number | bigint; undefined when `x` is not a number. */
export function jsonNumber(x: unknown, marker: string | undefined): number | bigint | undefined {
  if (typeof x === 'number') return x;
  if (marker !== undefined && typeof x === 'object' && x !== null && !Array.isArray(x)) {
    const tagged = (x as Record<string, unknown>)[MARKER_KEY];
    if (typeof tagged === 'string' && tagged.startsWith(marker) && Object.keys(x).length === 1) return BigInt(tagged.slice(marker.length));
  }
  return undefined;
}

/** A JSON number text for a finite number or a bigint (JSON.stringify cannot write bigint). */
export function jsonNumberText(v: number | bigint, cf: number, where: () => string): string {
  if (typeof v === 'bigint') return v.toString();
  if (!Number.isFinite(v)) throw new CodecError(cf, `${where()}: ${v} has no JSON representation`);
  return JSON.stringify(v);
}
