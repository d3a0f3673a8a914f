/**
 * CF 11543 `application/vnd.oma.lwm2m+json` (TS-Core 1.0 §6.4.4 "JSON"; kept in 1.1 for servers, which
 * must still accept it, while 1.1 clients must not send it).
 *
 *   {"bn":"/3/0/","bt":…,"e":[{"n":"0","sv":"Open Mobile Alliance"},{"n":"6/0","v":1},
 *                             {"n":"…","bv":true},{"n":"…","ov":"3:0"},{"n":"…","v":1.5,"t":-5}]}
 *
 * Names resolve as in SenML: `bn` + `n` (senml-common.ts). A name that still does not start with "/"
 * (no `bn`, relative `n`, as some 1.0 producers write) is taken relative to the request path. Values:
 * `v` numbers (Integer, Float, Time), `bv` Boolean, `ov` Objlnk "oid:iid", `sv` String — and Opaque as
 * padded base64 in `sv`, since 1.0 JSON has no byte type. Unknown entry labels are ignored. Encoding
 * always writes `n` (a lone value at the request path gets `bn` = its parent + "/").
 * Integers beyond 2^53 are exact both ways; NaN/±Infinity cannot be written in JSON (CodecError).
 */
import { formatPath } from '../model/path';
import { jsonNumber, jsonNumberText, parseJson, type ParsedJson } from './json-numbers';
import { buildRawRecords, checkPayload, resolveRecords, safeFormat, type RawRecord, type TimedRecord } from './senml-common';
import { decodeUtf8 } from './text-bytes';
import { CodecError, type ContentCodec, type ModelLookup } from './types';

const CF = 11543;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function check(ok: boolean, i: number, label: string, type: string): void {
  if (!ok) throw new CodecError(CF, `entry ${i}: "${label}" must be ${type}`);
}

function entry(obj: unknown, i: number, parsed: ParsedJson): RawRecord {
  if (!isObject(obj)) throw new CodecError(CF, `entry ${i} of "e" is not a JSON object`);
  const raw: RawRecord = {};
  for (const label in obj) {
    const x = obj[label];
    if (label === 'n' || label === 'sv' || label === 'ov') {
      check(typeof x === 'string', i, label, 'a string');
      if (label === 'n') raw.n = x as string;
      else if (label === 'sv') raw.vs = x as string;
      else raw.vlo = x as string;
    } else if (label === 'bv') {
      check(typeof x === 'boolean', i, label, 'true or false');
      raw.vb = x as boolean;
    } else if (label === 'v' || label === 't') {
      const n = jsonNumber(x, parsed.marker);
      check(n !== undefined, i, label, 'a number');
      if (label === 'v') raw.v = n;
      else raw.t = Number(n);
    }
  }
  return raw;
}

function readDocument(payload: Buffer): RawRecord[] {
  checkPayload(payload, CF);
  const parsed = parseJson(decodeUtf8(payload, CF, 'OMA-JSON payload'), CF);
  const doc = parsed.value;
  if (!isObject(doc)) throw new CodecError(CF, 'OMA-JSON payload is not a JSON object');
  if (!Array.isArray(doc.e)) throw new CodecError(CF, 'OMA-JSON payload has no "e" array');
  if (doc.bn !== undefined && typeof doc.bn !== 'string') throw new CodecError(CF, '"bn" must be a string');
  const bt = doc.bt === undefined ? undefined : jsonNumber(doc.bt, parsed.marker);
  if (doc.bt !== undefined && bt === undefined) throw new CodecError(CF, '"bt" must be a number');
  const raws = doc.e.map((e, i) => entry(e, i, parsed));
  if (raws.length > 0) {
    if (doc.bn !== undefined) raws[0]!.bn = doc.bn as string;
    if (bt !== undefined) raws[0]!.bt = Number(bt);
  }
  return raws;
}

function writeEntry(raw: RawRecord, where: () => string): string {
  const parts: string[] = [`"n":${JSON.stringify(raw.n ?? '')}`];
  if (raw.v !== undefined) parts.push(`"v":${jsonNumberText(raw.v, CF, where)}`);
  if (raw.vs !== undefined) parts.push(`"sv":${JSON.stringify(raw.vs)}`);
  if (raw.vb !== undefined) parts.push(`"bv":${raw.vb}`);
  if (raw.vlo !== undefined) parts.push(`"ov":${JSON.stringify(raw.vlo)}`);
  if (raw.t !== undefined) parts.push(`"t":${jsonNumberText(raw.t, CF, where)}`);
  return `{${parts.join(',')}}`;
}

export const omaJsonCodec: ContentCodec = {
  contentFormat: CF,
  mediaType: 'application/vnd.oma.lwm2m+json',

  encode(records: readonly TimedRecord[], requestPath, model) {
    const raws = buildRawRecords(records, { cf: CF, model, base: requestPath, naming: 'oma', base64Strings: true });
    const bn = raws[0]?.bn ?? `${formatPath(requestPath)}/`;
    const entries = raws.map((raw, i) => writeEntry(raw, () => formatPath(records[i]!.path)));
    return Buffer.from(`{"bn":${JSON.stringify(bn)},"e":[${entries.join(',')}]}`, 'utf8');
  },

  decode(payload, requestPath, model) {
    const relativeTo = `${safeFormat(requestPath, CF)}/`;
    return resolveRecords(readDocument(payload), { cf: CF, model, base: requestPath, relativeTo, base64Strings: true });
  },
};

/** Decoding without a request path (evidence transcripts): names must resolve to absolute paths. */
export function decodeOmaJsonAbsolute(payload: Buffer, model: ModelLookup): TimedRecord[] {
  return resolveRecords(readDocument(payload), { cf: CF, model, base64Strings: true });
}
