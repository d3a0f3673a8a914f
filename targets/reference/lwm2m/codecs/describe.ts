/**
 * One short, human-readable rendering of a payload for evidence transcripts. Never throws: evidence
 * must be written even for the malformed payloads a conformance run exists to catch.
 */
import { defaultModel } from '../model/object-model';
import { formatPath } from '../model/path';
import { describeRecords } from './describe-records';
import { readTlvs, type TlvEntry } from './tlv-frame';
import { tlvCodec } from './tlv';
import { CodecError, type Lwm2mPath, type ModelLookup, type ResourceValue } from './types';
import { isObjectLink } from './values';

/** Formats whose payload is text (UTF-8) and is shown as is. */
const TEXT_FORMATS = new Set([0, 40, 50, 110, 320, 1541, 1543, 11543]);
const TLV_FORMATS = new Set([11542, 1542]);
const MAX_HEX_BYTES = 256;

export function hex(bytes: Uint8Array, max = MAX_HEX_BYTES): string {
  const shown = Buffer.from(bytes.subarray(0, max)).toString('hex').replace(/(..)(?!$)/g, '$1 ');
  return bytes.length > max ? `${shown} … (${bytes.length} bytes)` : shown;
}

export function formatValue(value: ResourceValue): string {
  if (Buffer.isBuffer(value)) return value.length === 0 ? '0x (empty)' : `0x${hex(value, 64).replace(/ /g, '')}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return value.toString();
  if (isObjectLink(value)) return `${value.objectId}:${value.instanceId}`;
  return String(value);
}

function safeModel(): ModelLookup {
  try {
    return defaultModel();
  } catch {
    return { resource: () => undefined };
  }
}

/** TLV structure without a request path: ids and raw values, nested by indentation. */
function tlvOutline(entries: TlvEntry[], indent = ''): string[] {
  return entries.flatMap((e) => {
    const head = `${indent}${e.kind} ${e.id}`;
    if (e.kind === 'Object Instance' || e.kind === 'Multiple Resource') return [head, ...tlvOutline(readTlvs(e.value), `${indent}  `)];
    return [`${head} = ${formatValue(Buffer.from(e.value))}${textPreview(e.value)}`];
  });
}

/** Without a model the type is unknown; show printable bytes as text too, since most values are strings. */
function textPreview(bytes: Buffer): string {
  const text = bytes.length > 1 ? bytes.toString('latin1') : '';
  return /^[\x20-\x7e]+$/.test(text) ? ` (${JSON.stringify(text)})` : '';
}

function describeTlv(payload: Buffer, requestPath?: Lwm2mPath): string {
  try {
    if (!requestPath) return tlvOutline(readTlvs(payload)).join('\n');
    const records = tlvCodec.decode(payload, requestPath, safeModel());
    return records.map((r) => `${formatPath(r.path)} = ${formatValue(r.value)}`).join('\n');
  } catch (e) {
    const reason = e instanceof CodecError ? e.message : String(e);
    return `<undecodable TLV: ${reason}> ${hex(payload)}`;
  }
}

export function describePayload(contentFormat: number | undefined, payload: Buffer, requestPath?: Lwm2mPath): string {
  try {
    if (payload.length === 0) return '<empty>';
    const decoded = describeRecords(contentFormat, payload, requestPath, { model: safeModel(), formatValue, hex: (b) => hex(b) });
    if (decoded !== undefined) return decoded;
    if (contentFormat !== undefined && TLV_FORMATS.has(contentFormat)) return describeTlv(payload, requestPath);
    if (contentFormat !== undefined && TEXT_FORMATS.has(contentFormat)) {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(payload);
      } catch {
        return `<invalid UTF-8> ${hex(payload)}`;
      }
    }
    return hex(payload);
  } catch (e) {
    return `<undescribable payload: ${String(e)}>`;
  }
}
