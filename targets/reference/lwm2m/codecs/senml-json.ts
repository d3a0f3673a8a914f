/**
 * CF 110 `application/senml+json` (RFC 8428 §4–5; TS-Core 1.1/1.2 §7.4.4 "SenML JSON").
 *
 * A pack is a JSON array of record objects with the labels bn, bt, n, t, v, vs, vb, vd, vlo (RFC 8428
 * Table 1 plus LwM2M's `vlo`). `vd` is base64url without padding (RFC 8428 §5, RFC 4648 §5); padded or
 * standard-alphabet base64 is refused. Unknown labels are ignored unless they end in "_" (must-understand,
 * RFC 8428 §4.4), and the value-changing base fields `bv`, `bs`, `s` are refused rather than misread.
 * Integers beyond 2^53 are read and written exactly (json-numbers.ts). NaN and ±Infinity have no JSON
 * form, so encoding them is a CodecError; -0 is written as 0.
 * See senml-common.ts for name/value resolution and the composite and path-list forms.
 */
import { formatPath } from '../model/path';
import type { CompositeCodec } from './composite';
import { jsonNumber, jsonNumberText, parseJson, type ParsedJson } from './json-numbers';
import {
  buildRawRecords, checkPayload, pathListRaws, resolvePathList, resolveRecords, type RawRecord, type TimedRecord,
} from './senml-common';
import { decodeUtf8 } from './text-bytes';
import { CodecError, type Lwm2mPath, type ModelLookup } from './types';

const CF = 110;
const B64URL = /^[A-Za-z0-9_-]*$/;
const REFUSED = new Set(['bv', 'bs', 's']);

function decodeBase64Url(text: string, where: string): Buffer {
  if (!B64URL.test(text) || text.length % 4 === 1) throw new CodecError(CF, `${where}: "vd" is not unpadded base64url`);
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.toString('base64url') !== text) throw new CodecError(CF, `${where}: "vd" has non-canonical trailing bits`);
  return bytes;
}

function field<T>(ok: boolean, value: T, label: string, type: string, i: number): T {
  if (!ok) throw new CodecError(CF, `record ${i}: "${label}" must be ${type}`);
  return value;
}

/** One JSON record object → RawRecord, checking every label's JSON type. */
function rawRecord(obj: unknown, i: number, parsed: ParsedJson): RawRecord {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new CodecError(CF, `record ${i} is not a JSON object`);
  const raw: RawRecord = {};
  for (const label in obj) {
    const x = (obj as Record<string, unknown>)[label];
    switch (label) {
      case 'bn':
      case 'n':
      case 'vs':
      case 'vlo':
        raw[label] = field(typeof x === 'string', x as string, label, 'a string', i);
        break;
      case 'vb':
        raw.vb = field(typeof x === 'boolean', x as boolean, label, 'true or false', i);
        break;
      case 'vd':
        raw.vd = decodeBase64Url(field(typeof x === 'string', x as string, label, 'a string', i), `record ${i}`);
        break;
      case 'v': {
        const n = jsonNumber(x, parsed.marker);
        raw.v = field(n !== undefined, n!, label, 'a number', i);
        break;
      }
      case 'bt':
      case 't': {
        const n = jsonNumber(x, parsed.marker);
        raw[label] = Number(field(n !== undefined, n!, label, 'a number', i));
        break;
      }
      default:
        if (label.endsWith('_')) throw new CodecError(CF, `record ${i}: must-understand label "${label}" is not supported`);
        if (REFUSED.has(label)) throw new CodecError(CF, `record ${i}: label "${label}" (RFC 8428 base value/sum) is not supported by LwM2M`);
      // Other labels (ver, bver, u, bu, ut, extensions) do not change LwM2M values: ignored (RFC 8428 §4.4).
    }
  }
  return raw;
}

function readPack(payload: Buffer): RawRecord[] {
  checkPayload(payload, CF);
  const parsed = parseJson(decodeUtf8(payload, CF, 'SenML JSON payload'), CF);
  if (!Array.isArray(parsed.value)) throw new CodecError(CF, 'SenML JSON payload is not a JSON array (RFC 8428 §5)');
  return parsed.value.map((obj, i) => rawRecord(obj, i, parsed));
}

function writeRecord(raw: RawRecord, where: () => string): string {
  const parts: string[] = [];
  if (raw.bn !== undefined) parts.push(`"bn":${JSON.stringify(raw.bn)}`);
  if (raw.n !== undefined) parts.push(`"n":${JSON.stringify(raw.n)}`);
  if (raw.v !== undefined) parts.push(`"v":${jsonNumberText(raw.v, CF, where)}`);
  if (raw.vs !== undefined) parts.push(`"vs":${JSON.stringify(raw.vs)}`);
  if (raw.vb !== undefined) parts.push(`"vb":${raw.vb}`);
  if (raw.vd !== undefined) parts.push(`"vd":"${raw.vd.toString('base64url')}"`);
  if (raw.vlo !== undefined) parts.push(`"vlo":${JSON.stringify(raw.vlo)}`);
  if (raw.t !== undefined) parts.push(`"t":${jsonNumberText(raw.t, CF, where)}`);
  return `{${parts.join(',')}}`;
}

function writePack(raws: readonly RawRecord[], records?: readonly { path: Lwm2mPath }[]): Buffer {
  const text = raws.map((raw, i) => writeRecord(raw, () => (records ? formatPath(records[i]!.path) : `record ${i}`)));
  return Buffer.from(`[${text.join(',')}]`, 'utf8');
}

export const senmlJsonCodec: CompositeCodec = {
  contentFormat: CF,
  mediaType: 'application/senml+json',

  encode(records: readonly TimedRecord[], requestPath, model) {
    return writePack(buildRawRecords(records, { cf: CF, model, base: requestPath, naming: 'senml' }), records);
  },

  decode(payload, requestPath, model) {
    return resolveRecords(readPack(payload), { cf: CF, model, base: requestPath });
  },

  encodeComposite(records: readonly TimedRecord[], model?: ModelLookup) {
    return writePack(buildRawRecords(records, { cf: CF, model, naming: 'absolute' }), records);
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
