/**
 * Device Management requests the server sends (TS-Core §6.3, TS-Transport §6.4.4): Read (GET, with
 * Accept), Write (PUT replace / POST partial update) and Execute (POST on a resource). Results are
 * values — the response code and decoded content — never exceptions for a refusal.
 */
import { codecFor } from '../codecs/registry';
import { CodecError, type Lwm2mPath, type Lwm2mRecord, type ModelLookup, type ResourceValue } from '../codecs/types';
import { parsePath, pathDepth } from '../model/path';
import type { CoapRequestSpec, CoapResponse } from '../../transport/coap-udp/types';

/** A path as text (`/3/0/1`) or a typed ref (`Obj.Device[0].Manufacturer`). */
export type PathLike = string | { path: string };

export const pathText = (p: PathLike): string => (typeof p === 'string' ? p : p.path);

export interface ReadResult {
  code: string;
  contentFormat?: number;
  payload: Buffer;
  /** Decoded content when the format is one the server understands. */
  records?: Lwm2mRecord[];
  /** Why the content could not be decoded. */
  decodeError?: string;
}

export function readRequest(path: PathLike, accept?: number): CoapRequestSpec {
  return { method: 'GET', path: pathText(path), ...(accept !== undefined ? { accept } : {}) };
}

export function readResult(response: CoapResponse, path: PathLike, model: ModelLookup): ReadResult {
  const result: ReadResult = { code: response.code, payload: response.payload };
  if (response.contentFormat !== undefined) result.contentFormat = response.contentFormat;
  const codec = response.contentFormat === undefined ? undefined : codecFor(response.contentFormat);
  if (response.code === '2.05' && codec) {
    try {
      result.records = codec.decode(response.payload, parsePath(pathText(path)), model);
    } catch (e) {
      if (!(e instanceof CodecError)) throw e;
      result.decodeError = e.message;
    }
  }
  return result;
}

export interface WriteOptions {
  /** Default: plain text (0) for one resource value, TLV (11542) otherwise. */
  contentFormat?: number;
  /** POST Partial Update instead of PUT Replace (Object Instance only). */
  partialUpdate?: boolean;
}

/** A Write of one value to /o/i/r, or of records to any writable path. */
export function writeRequest(path: PathLike, content: ResourceValue | Lwm2mRecord[], model: ModelLookup, options: WriteOptions = {}): CoapRequestSpec {
  const target: Lwm2mPath = parsePath(pathText(path));
  const records: Lwm2mRecord[] = Array.isArray(content) ? content : [{ path: target, value: content }];
  const single = !Array.isArray(content) && pathDepth(target) >= 3;
  const contentFormat = options.contentFormat ?? (single ? 0 : 11542);
  const codec = codecFor(contentFormat);
  if (!codec) throw new Error(`the reference server cannot encode Content-Format ${contentFormat}`);
  return {
    method: options.partialUpdate ? 'POST' : 'PUT',
    path: pathText(path),
    contentFormat,
    payload: codec.encode(records, target, model),
  };
}

export function executeRequest(path: PathLike, args?: string): CoapRequestSpec {
  return { method: 'POST', path: pathText(path), ...(args !== undefined ? { payload: Buffer.from(args, 'utf8'), contentFormat: 0 } : {}) };
}
