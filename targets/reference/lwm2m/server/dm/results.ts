/**
 * What a DM request came back with, as values: the response code, the Content-Format the client
 * chose, the raw payload and — when the server understands the format — the decoded records or
 * links. A refusal (4.xx) or an undecodable payload is a result, never an exception: the caller
 * (the HTTP control API, a test) decides what it means. ETS int-237: the server must decode
 * whatever format the client chose, so decoding goes by the response's Content-Format, never by
 * what was asked for.
 */
import { codecFor } from '../../codecs/registry';
import { isCompositeCodec } from '../../codecs/composite';
import { parseLinkFormat, type Link } from '../../codecs/link-format';
import { CodecError, type Lwm2mPath, type Lwm2mRecord, type ModelLookup } from '../../codecs/types';
import type { CoapResponse } from '../../../transport/coap-udp/types';

const LINK_FORMAT = 40;

export interface DmResult {
  code: string;
  contentFormat?: number;
  payload: Buffer;
  /** Decoded content when the format is one the server understands. */
  records?: Lwm2mRecord[];
  /** Link-format content (Discover). */
  links?: Link[];
  /** Why the content could not be decoded. */
  decodeError?: string;
  /** Location-Path of a 2.01 Created (Create: the new instance). */
  locationPath?: string[];
}

/** Kept for callers of the first server version. */
export type ReadResult = DmResult;

function base(response: CoapResponse): DmResult {
  const result: DmResult = { code: response.code, payload: response.payload };
  if (response.contentFormat !== undefined) result.contentFormat = response.contentFormat;
  if (response.locationPath.length > 0) result.locationPath = response.locationPath;
  return result;
}

function decodeInto(result: DmResult, decode: () => Lwm2mRecord[] | Link[], links: boolean): DmResult {
  try {
    const content = decode();
    if (links) result.links = content as Link[];
    else result.records = content as Lwm2mRecord[];
  } catch (e) {
    if (!(e instanceof CodecError)) throw e;
    result.decodeError = e.message;
  }
  return result;
}

const hasContent = (response: CoapResponse): boolean => response.code === '2.05' && response.payload.length > 0;

function unsupported(result: DmResult, contentFormat: number | undefined): DmResult {
  result.decodeError = contentFormat === undefined ? 'the response has no Content-Format' : `the reference server has no decoder for Content-Format ${contentFormat}`;
  return result;
}

/** A Read / Observe answer addressed to `path`. */
export function readResult(response: CoapResponse, path: Lwm2mPath, model: ModelLookup): DmResult {
  const result = base(response);
  if (!hasContent(response)) return result;
  if (response.contentFormat === LINK_FORMAT) return decodeInto(result, () => parseLinkFormat(response.payload.toString('utf8')), true);
  const codec = response.contentFormat === undefined ? undefined : codecFor(response.contentFormat);
  if (!codec) return unsupported(result, response.contentFormat);
  return decodeInto(result, () => codec.decode(response.payload, path, model), false);
}

/** A Read-Composite / Observe-Composite answer: absolutely named values. */
export function compositeResult(response: CoapResponse, model: ModelLookup): DmResult {
  const result = base(response);
  if (!hasContent(response)) return result;
  const codec = response.contentFormat === undefined ? undefined : codecFor(response.contentFormat);
  if (!isCompositeCodec(codec)) return unsupported(result, response.contentFormat);
  return decodeInto(result, () => codec.decodeComposite(response.payload, model), false);
}

/** A Discover answer: CoRE link format (RFC 6690). */
export function discoverResult(response: CoapResponse): DmResult {
  const result = base(response);
  if (!hasContent(response)) return result;
  if (response.contentFormat !== undefined && response.contentFormat !== LINK_FORMAT) {
    result.decodeError = `Discover answered with Content-Format ${response.contentFormat}, not 40 (TS-Core §6.3.4)`;
    return result;
  }
  return decodeInto(result, () => parseLinkFormat(response.payload.toString('utf8')), true);
}

/** Write, Execute, Delete, Write-Attributes, Create: the code (and a Create's location) is the result. */
export function plainResult(response: CoapResponse): DmResult {
  return base(response);
}
