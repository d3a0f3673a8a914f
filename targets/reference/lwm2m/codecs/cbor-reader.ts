/**
 * A strict CBOR decoder (RFC 8949) for the LwM2M CBOR-based formats (CF 60, 112, 11544).
 *
 * Why not cbor-x's Decoder: a conformance suite must *see* malformed input, and cbor-x 1.6.9 silently
 * keeps the last of two equal map keys, replaces invalid UTF-8 with U+FFFD, turns tags into Set/Date/
 * typed arrays, and rejects indefinite-length strings, which RFC 8949 §3.2.3 allows and Anjay's LwM2M
 * CBOR tests use. Encoding still goes through cbor-x (cbor-values.ts).
 *
 * What this reader gives back:
 * - unsigned/negative integers as numbers, or bigint outside ±2^53 (RFC 8949 §3.1 major types 0, 1);
 * - tags 2/3 (bignums, §3.4.3) as bigint; every other tag as a CborTag for the codec to judge;
 * - byte strings as fresh Buffers, text as strings (invalid UTF-8 is an error, §3.1 major type 3);
 * - arrays, and maps as Map (a repeated number/text key is an error, §5.6 "duplicate keys");
 * - false/true/null/undefined and floats (half, single, double, §3.3); other simple values are errors.
 * Limits: nesting depth MAX_DEPTH; a declared length larger than the remaining bytes fails at once, so
 * no input allocates more than its own size; indefinite items need a break byte each, so no hangs.
 */
import { CodecError } from './types';

export type CborItem = number | bigint | string | boolean | null | undefined | Buffer | CborItem[] | CborMap | CborTag;
export type CborMap = Map<CborItem, CborItem>;

export class CborTag {
  constructor(
    readonly tag: number | bigint,
    readonly value: CborItem,
  ) {}
}

export const MAX_DEPTH = 16;
const BREAK = Symbol('break');
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

class Reader {
  pos = 0;
  constructor(
    private readonly buf: Buffer,
    private readonly cf: number,
  ) {}

  fail(why: string): never {
    throw new CodecError(this.cf, `CBOR at byte ${this.pos}: ${why}`);
  }

  need(n: number): void {
    if (n > this.buf.length - this.pos) this.fail(`needs ${n} more byte(s), ${this.buf.length - this.pos} left`);
  }

  /** The argument of an initial byte (§3): the value, or -1 for indefinite length (ai 31). */
  argument(ai: number): number | bigint {
    const b = this.buf;
    if (ai < 24) return ai;
    if (ai === 31) return -1;
    if (ai > 27) return this.fail(`reserved additional information ${ai}`);
    const size = 1 << (ai - 24);
    this.need(size);
    const at = this.pos;
    this.pos += size;
    if (size === 1) return b[at]!;
    if (size === 2) return b.readUInt16BE(at);
    if (size === 4) return b.readUInt32BE(at);
    const v = b.readBigUInt64BE(at);
    return v <= MAX_SAFE ? Number(v) : v;
  }

  /** A length that must fit in what is left: every element takes at least one byte. */
  length(ai: number, what: string): number {
    const n = this.argument(ai);
    if (typeof n === 'bigint' || n > this.buf.length - this.pos) this.fail(`${what} length ${n} runs past the end`);
    return n;
  }

  item(depth: number): CborItem | typeof BREAK {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH}`);
    this.need(1);
    const start = this.pos;
    const ib = this.buf[this.pos++]!;
    const major = ib >> 5;
    const ai = ib & 0x1f;
    switch (major) {
      case 0:
      case 1: {
        const n = this.argument(ai);
        if (n === -1) return this.fail('indefinite length on an integer');
        if (major === 0) return n;
        return typeof n === 'bigint' || n === Number.MAX_SAFE_INTEGER ? -1n - BigInt(n) : -1 - n;
      }
      case 2:
      case 3:
        return this.string(major, ai);
      case 4: {
        if (ai === 31) return this.indefinite(depth + 1);
        const n = this.length(ai, 'array');
        const out: CborItem[] = new Array(n);
        for (let i = 0; i < n; i++) out[i] = this.value(depth + 1);
        return out;
      }
      case 5:
        return this.map(ai, depth);
      case 6: {
        const tag = this.argument(ai);
        if (tag === -1) return this.fail('indefinite length on a tag');
        const inner = this.value(depth + 1);
        if (tag === 2 || tag === 3) {
          if (!Buffer.isBuffer(inner)) return this.fail(`tag ${tag} (bignum) needs a byte string`);
          const magnitude = inner.length === 0 ? 0n : BigInt(`0x${inner.toString('hex')}`);
          return tag === 2 ? magnitude : -1n - magnitude;
        }
        return new CborTag(tag, inner);
      }
      default:
        return this.simple(ai, start);
    }
  }

  value(depth: number): CborItem {
    const v = this.item(depth);
    if (v === BREAK) this.fail('unexpected break');
    return v;
  }

  indefinite(depth: number): CborItem[] {
    const out: CborItem[] = [];
    for (;;) {
      const v = this.item(depth);
      if (v === BREAK) return out;
      out.push(v);
    }
  }

  string(major: 2 | 3, ai: number): Buffer | string {
    if (ai === 31) {
      // §3.2.3: chunks are definite-length strings of the same major type.
      const chunks: Buffer[] = [];
      for (;;) {
        this.need(1);
        const ib = this.buf[this.pos]!;
        if (ib === 0xff) {
          this.pos++;
          break;
        }
        if (ib >> 5 !== major || (ib & 0x1f) === 31) this.fail('bad chunk in an indefinite-length string');
        this.pos++;
        const n = this.length(ib & 0x1f, 'string chunk');
        chunks.push(this.buf.subarray(this.pos, (this.pos += n)));
      }
      const all = Buffer.concat(chunks);
      return major === 2 ? all : this.text(all, 0, all.length);
    }
    const n = this.length(ai, major === 2 ? 'byte string' : 'text string');
    const s = this.pos;
    this.pos += n;
    return major === 2 ? Buffer.from(this.buf.subarray(s, s + n)) : this.text(this.buf, s, s + n);
  }

  text(b: Buffer, s: number, e: number): string {
    if (e - s <= 16) {
      // Short ASCII (names, most LwM2M strings): cheaper than a Buffer slice.
      let out = '';
      for (let i = s; i < e; i++) {
        const c = b[i]!;
        if (c >= 0x80) return this.utf8(b, s, e);
        out += String.fromCharCode(c);
      }
      return out;
    }
    for (let i = s; i < e; i++) {
      if (b[i]! >= 0x80) return this.utf8(b, s, e);
    }
    return b.toString('latin1', s, e);
  }

  utf8(b: Buffer, s: number, e: number): string {
    try {
      return utf8.decode(b.subarray(s, e));
    } catch {
      return this.fail('text string is not valid UTF-8');
    }
  }

  map(ai: number, depth: number): CborMap {
    const out: CborMap = new Map();
    const n = ai === 31 ? -1 : this.length(ai, 'map');
    for (let i = 0; n === -1 || i < n; i++) {
      const keyAt = this.pos;
      const k = n === -1 ? this.item(depth + 1) : this.value(depth + 1);
      if (k === BREAK) break;
      const v = this.value(depth + 1);
      if (out.has(k)) {
        this.pos = keyAt;
        this.fail(`duplicate map key ${typeof k === 'string' ? JSON.stringify(k) : String(k)}`);
      }
      out.set(k, v);
    }
    return out;
  }

  simple(ai: number, start: number): CborItem | typeof BREAK {
    const b = this.buf;
    switch (ai) {
      case 20:
        return false;
      case 21:
        return true;
      case 22:
        return null;
      case 23:
        return undefined;
      case 25:
        this.need(2);
        return halfFloat(b.readUInt16BE((this.pos += 2) - 2));
      case 26:
        this.need(4);
        return b.readFloatBE((this.pos += 4) - 4);
      case 27:
        this.need(8);
        return b.readDoubleBE((this.pos += 8) - 8);
      case 31:
        return BREAK;
      default:
        this.pos = start;
        return this.fail(`unsupported simple value (additional information ${ai})`);
    }
  }
}

/** IEEE 754 binary16 (RFC 8949 Appendix D). */
function halfFloat(h: number): number {
  const exp = (h >> 10) & 0x1f;
  const mant = h & 0x3ff;
  const sign = h & 0x8000 ? -1 : 1;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 31) return mant === 0 ? sign * Infinity : NaN;
  return sign * (1024 + mant) * 2 ** (exp - 25);
}

/** Decodes exactly one data item filling the whole payload; anything left over is an error. */
export function readCbor(payload: Buffer, cf: number): CborItem {
  if (!Buffer.isBuffer(payload)) throw new CodecError(cf, 'payload is not a Buffer');
  if (payload.length === 0) throw new CodecError(cf, 'empty CBOR payload');
  const r = new Reader(payload, cf);
  const v = r.value(0);
  if (r.pos !== payload.length) throw new CodecError(cf, `CBOR: ${payload.length - r.pos} trailing byte(s) after the data item`);
  return v;
}

/** A short description of an item's CBOR type, for error messages. */
export function cborTypeName(v: CborItem): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Buffer.isBuffer(v)) return 'byte string';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Map) return 'map';
  if (v instanceof CborTag) return `tag ${v.tag}`;
  if (typeof v === 'string') return 'text string';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'bigint') return 'integer';
  return Number.isInteger(v) ? 'integer' : 'float';
}
