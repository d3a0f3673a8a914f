/**
 * CF 112 `application/senml+cbor` (RFC 8428 §6; TS-Core 1.1/1.2 §7.4.5 "SenML CBOR").
 *
 * The SenML JSON pack with integer labels (RFC 8428 Table 6): bn −2, bt −3, n 0, v 2, vs 3, vb 4, t 6,
 * vd 8; LwM2M's object link keeps the text label "vlo" (TS-Core §7.4.5; Wakaama and Anjay agree). Opaque
 * is a byte string. Unknown integer labels are ignored (ver −1, bu −4, u 1, ut 7); bv −5, bs −6 and s 5
 * would change values and are refused; text labels ending in "_" are must-understand and refused.
 * Indefinite-length arrays, maps and strings are accepted: neither RFC 8428 §6 nor TS-Core forbid them.
 * Decoding uses the strict reader in cbor-reader.ts (duplicate labels, bad UTF-8, trailing bytes are errors).
 */
import { CborTag, cborTypeName, readCbor, type CborItem } from './cbor-reader';
import { cborNumber, encodeCbor } from './cbor-values';
import type { CompositeCodec } from './composite';
import {
  buildRawRecords, checkPayload, pathListRaws, resolvePathList, resolveRecords, type RawRecord, type TimedRecord,
} from './senml-common';
import { CodecError, type ModelLookup } from './types';

const CF = 112;
const BN = -2;
const BT = -3;
const N = 0;
const V = 2;
const VS = 3;
const VB = 4;
const T = 6;
const VD = 8;
const VLO = 'vlo';
const REFUSED = new Set<CborItem>([-5, -6, 5]);

function bad(i: number, label: CborItem, want: string, got: CborItem): CodecError {
  return new CodecError(CF, `record ${i}: label ${String(label)} must be ${want}, got ${cborTypeName(got)}`);
}

function text(i: number, label: CborItem, x: CborItem): string {
  if (typeof x !== 'string') throw bad(i, label, 'a text string', x);
  return x;
}

function number(i: number, label: CborItem, x: CborItem): number | bigint {
  // Time tags are for CF 60; SenML numbers are plain CBOR numbers (or decimal fractions).
  const n = x instanceof CborTag && x.tag !== 4 ? undefined : cborNumber(x, false, CF, `record ${i}`);
  if (n === undefined) throw bad(i, label, 'a number', x);
  return n;
}

function rawRecord(item: CborItem, i: number): RawRecord {
  if (!(item instanceof Map)) throw new CodecError(CF, `record ${i} is a CBOR ${cborTypeName(item)}, not a map`);
  const raw: RawRecord = {};
  for (const [label, x] of item) {
    switch (label) {
      case BN:
        raw.bn = text(i, label, x);
        break;
      case N:
        raw.n = text(i, label, x);
        break;
      case VS:
        raw.vs = text(i, label, x);
        break;
      case VLO:
        raw.vlo = text(i, label, x);
        break;
      case V:
        raw.v = number(i, label, x);
        break;
      case BT:
        raw.bt = Number(number(i, label, x));
        break;
      case T:
        raw.t = Number(number(i, label, x));
        break;
      case VB:
        if (typeof x !== 'boolean') throw bad(i, label, 'a boolean', x);
        raw.vb = x;
        break;
      case VD:
        if (!Buffer.isBuffer(x)) throw bad(i, label, 'a byte string', x);
        raw.vd = x;
        break;
      default:
        if (typeof label === 'string' && label.endsWith('_')) throw new CodecError(CF, `record ${i}: must-understand label "${label}" is not supported`);
        if (REFUSED.has(label)) throw new CodecError(CF, `record ${i}: label ${String(label)} (RFC 8428 base value/sum) is not supported by LwM2M`);
      // Anything else (ver, units, extensions) does not change an LwM2M value: ignored (RFC 8428 §4.4).
    }
  }
  return raw;
}

function readPack(payload: Buffer): RawRecord[] {
  checkPayload(payload, CF);
  const pack = readCbor(payload, CF);
  if (!Array.isArray(pack)) throw new CodecError(CF, `SenML CBOR payload is a CBOR ${cborTypeName(pack)}, not an array (RFC 8428 §6)`);
  return pack.map(rawRecord);
}

function toMap(raw: RawRecord): Map<number | string, unknown> {
  const m = new Map<number | string, unknown>();
  if (raw.bn !== undefined) m.set(BN, raw.bn);
  if (raw.n !== undefined) m.set(N, raw.n);
  if (raw.v !== undefined) m.set(V, raw.v);
  if (raw.vs !== undefined) m.set(VS, raw.vs);
  if (raw.vb !== undefined) m.set(VB, raw.vb);
  if (raw.vd !== undefined) m.set(VD, raw.vd);
  if (raw.vlo !== undefined) m.set(VLO, raw.vlo);
  if (raw.t !== undefined) m.set(T, raw.t);
  return m;
}

function writePack(raws: readonly RawRecord[]): Buffer {
  return encodeCbor(raws.map(toMap));
}

export const senmlCborCodec: CompositeCodec = {
  contentFormat: CF,
  mediaType: 'application/senml+cbor',

  encode(records: readonly TimedRecord[], requestPath, model) {
    return writePack(buildRawRecords(records, { cf: CF, model, base: requestPath, naming: 'senml' }));
  },

  decode(payload, requestPath, model) {
    return resolveRecords(readPack(payload), { cf: CF, model, base: requestPath });
  },

  encodeComposite(records: readonly TimedRecord[], model?: ModelLookup) {
    return writePack(buildRawRecords(records, { cf: CF, model, naming: 'absolute' }));
  },

  decodeComposite(payload, model) {
    return resolveRecords(readPack(payload), { cf: CF, model });
  },

  encodePathList(paths) {
    return writePack(pathListRaws(paths, CF));
  },

  decodePathList(payload) {
    return resolvePathList(readPack(payload), CF);
  },
};
