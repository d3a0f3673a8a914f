/**
 * Decoded renderings of the structured formats for evidence transcripts: one line per value,
 * `/3/0/0 = "Open Mobile Alliance"` (plus `@ t` for SenML timestamps). Without a request path the
 * SenML and LwM2M CBOR payloads are read as composite (absolute names). A payload that does not decode
 * says why and shows its text or bytes. Called by describePayload, which never throws.
 */
import { formatPath } from '../model/path';
import { readCbor } from './cbor-reader';
import { cborToValue } from './cbor-values';
import { cborCodec } from './cbor';
import { isCompositeCodec } from './composite';
import { lwm2mCborCodec } from './lwm2m-cbor';
import { decodeOmaJsonAbsolute, omaJsonCodec } from './oma-json';
import { opaqueCodec } from './opaque';
import { plainTextCodec } from './plain-text';
import type { TimedRecord } from './senml-common';
import { senmlCborCodec } from './senml-cbor';
import { senmlJsonCodec } from './senml-json';
import { CodecError, type ContentCodec, type Lwm2mPath, type ModelLookup, type ResourceValue } from './types';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface DescribeContext {
  model: ModelLookup;
  formatValue(value: ResourceValue): string;
  hex(bytes: Uint8Array): string;
}

const BY_FORMAT: ReadonlyMap<number, { codec: ContentCodec; name: string; text: boolean; needsPath?: boolean }> = new Map([
  [0, { codec: plainTextCodec, name: 'plain text', text: true, needsPath: true }],
  [1541, { codec: plainTextCodec, name: 'plain text', text: true, needsPath: true }],
  [42, { codec: opaqueCodec, name: 'opaque', text: false, needsPath: true }],
  [60, { codec: cborCodec, name: 'CBOR', text: false }],
  [110, { codec: senmlJsonCodec, name: 'SenML JSON', text: true }],
  [112, { codec: senmlCborCodec, name: 'SenML CBOR', text: false }],
  [11543, { codec: omaJsonCodec, name: 'OMA-JSON', text: true }],
  [1543, { codec: omaJsonCodec, name: 'OMA-JSON', text: true }],
  [11544, { codec: lwm2mCborCodec, name: 'LwM2M CBOR', text: false }],
]);

function lines(records: readonly TimedRecord[], ctx: DescribeContext): string {
  if (records.length === 0) return '<no values>';
  return records
    .map((r) => `${formatPath(r.path)} = ${ctx.formatValue(r.value)}${r.time === undefined ? '' : ` @ ${r.time}`}`)
    .join('\n');
}

function decodeWithoutPath(cf: number, codec: ContentCodec, payload: Buffer, ctx: DescribeContext): string {
  if (isCompositeCodec(codec)) return lines(codec.decodeComposite(payload, ctx.model), ctx);
  if (codec === omaJsonCodec) return lines(decodeOmaJsonAbsolute(payload, ctx.model), ctx);
  // CF 60 alone: a bare value whose type only the CBOR item tells.
  return ctx.formatValue(cborToValue(undefined, readCbor(payload, cf), cf, 'value'));
}

/** The decoded rendering, or undefined when this module does not handle the format (or needs a path). */
export function describeRecords(cf: number | undefined, payload: Buffer, requestPath: Lwm2mPath | undefined, ctx: DescribeContext): string | undefined {
  const entry = cf === undefined ? undefined : BY_FORMAT.get(cf);
  if (!entry || (entry.needsPath && !requestPath)) return undefined;
  try {
    if (requestPath) return lines(entry.codec.decode(payload, requestPath, ctx.model), ctx);
    return decodeWithoutPath(cf!, entry.codec, payload, ctx);
  } catch (e) {
    const reason = e instanceof CodecError ? e.message : String(e);
    return `<undecodable ${entry.name}: ${reason}> ${shown(payload, entry.text, ctx)}`;
  }
}

/** Text formats show their text when it is valid UTF-8 without control characters, else hex. */
function shown(payload: Buffer, text: boolean, ctx: DescribeContext): string {
  if (text) {
    try {
      const s = utf8.decode(payload);
      if (!/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(s)) return s;
    } catch {
      // not UTF-8: fall through to hex
    }
  }
  return ctx.hex(payload);
}
