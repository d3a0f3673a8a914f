/**
 * The CoAP requests of the Device Management and Information Reporting interfaces as the server sends
 * them (TS-Transport §6.4.4 Table 6.4.4-1, §6.4.5 Table 6.4.5-1):
 *
 *   Read GET (Accept)              Discover GET Accept 40 (?depth in 1.2)
 *   Write PUT replace / POST partial  Write-Attributes PUT ?attrs, no payload
 *   Execute POST /o/i/r (args)     Create POST /o        Delete DELETE /o/i
 *   Read-Composite FETCH           Write-Composite iPATCH
 *   Observe GET/FETCH Observe=0    Cancel Observation GET/FETCH Observe=1, same token and options
 *
 * Builders only: nothing here touches a socket. A payload that cannot be encoded throws CodecError.
 */
import { codecFor } from '../../codecs/registry';
import { isCompositeCodec, type CompositeCodec } from '../../codecs/composite';
import { CodecError, type Lwm2mPath, type Lwm2mRecord, type ModelLookup, type ResourceValue } from '../../codecs/types';
import { pathDepth } from '../../model/path';
import type { CoapRequestSpec } from '../../../transport/coap-udp/types';
import { attributeQuery, type AttributeValue } from './attributes';
import { lwm2mPath, pathText, type PathLike } from './paths';

const LINK_FORMAT = 40;
const TLV = 11542;
const TEXT = 0;
const SENML_JSON = 110;

export function readRequest(path: PathLike, accept?: number): CoapRequestSpec {
  return { method: 'GET', path: pathText(path), ...(accept !== undefined ? { accept } : {}) };
}

export interface WriteOptions {
  /** Default: plain text (0) for one resource value, TLV (11542) otherwise. */
  contentFormat?: number;
  /** POST Partial Update instead of PUT Replace (Object Instance only, TS-Core §6.3.3). */
  partialUpdate?: boolean;
}

function encoder(contentFormat: number) {
  const codec = codecFor(contentFormat);
  if (!codec) throw new CodecError(contentFormat, `the reference server cannot encode Content-Format ${contentFormat}`);
  return codec;
}

/** A Write of one value to /o/i/r(/ri), or of records to any writable path. */
export function writeRequest(path: PathLike, content: ResourceValue | Lwm2mRecord[], model: ModelLookup, options: WriteOptions = {}): CoapRequestSpec {
  const target = lwm2mPath(path);
  const records: Lwm2mRecord[] = Array.isArray(content) ? content : [{ path: target, value: content }];
  const single = !Array.isArray(content) && pathDepth(target) >= 3;
  const contentFormat = options.contentFormat ?? (single ? TEXT : TLV);
  return {
    method: options.partialUpdate ? 'POST' : 'PUT',
    path: pathText(path),
    contentFormat,
    payload: encoder(contentFormat).encode(records, target, model),
  };
}

/** Execute (TS-Core §6.3.5): arguments, if any, are plain text `0='a',1` (TS-Core §5.4.2). */
export function executeRequest(path: PathLike, args?: string): CoapRequestSpec {
  return { method: 'POST', path: pathText(path), ...(args !== undefined ? { payload: Buffer.from(args, 'utf8'), contentFormat: TEXT } : {}) };
}

/**
 * Create (TS-Core §6.3.6): POST on the Object with the new instance's resources; the records name
 * the instance id the server chooses (a TLV Object Instance wrapper / SenML names carry it).
 */
export function createRequest(objectPath: PathLike, records: Lwm2mRecord[], model: ModelLookup, contentFormat = TLV): CoapRequestSpec {
  const target = lwm2mPath(objectPath);
  if (pathDepth(target) !== 1) throw new CodecError(contentFormat, `Create addresses an Object, not ${pathText(objectPath)}`);
  return { method: 'POST', path: pathText(objectPath), contentFormat, payload: encoder(contentFormat).encode(records, target, model) };
}

export function deleteRequest(path: PathLike): CoapRequestSpec {
  return { method: 'DELETE', path: pathText(path) };
}

/** Discover (TS-Core §6.3.4): GET with Accept 40; 1.2 adds `?depth=0..3`. */
export function discoverRequest(path: PathLike, depth?: number): CoapRequestSpec {
  return { method: 'GET', path: pathText(path), accept: LINK_FORMAT, ...(depth !== undefined ? { query: [`depth=${depth}`] } : {}) };
}

/** Write-Attributes: PUT with the attributes as Uri-Query and no payload (TS-Transport Table 6.4.4-1). */
export function writeAttributesRequest(path: PathLike, attributes: Readonly<Record<string, AttributeValue>>): CoapRequestSpec {
  return { method: 'PUT', path: pathText(path), query: attributeQuery(attributes) };
}

function compositeCodec(contentFormat: number): CompositeCodec {
  const codec = codecFor(contentFormat);
  if (!isCompositeCodec(codec)) throw new CodecError(contentFormat, `Content-Format ${contentFormat} cannot carry composite content (SenML JSON 110, SenML CBOR 112 or LwM2M CBOR 11544 can)`);
  return codec;
}

/** Read-Composite (TS-Core §6.3.8): FETCH / with the path list as payload. */
export function readCompositeRequest(paths: readonly Lwm2mPath[], contentFormat = SENML_JSON, accept?: number): CoapRequestSpec {
  return { method: 'FETCH', path: '/', contentFormat, accept: accept ?? contentFormat, payload: compositeCodec(contentFormat).encodePathList(paths) };
}

/** Write-Composite (TS-Core §6.3.9): iPATCH / with absolutely named values. */
export function writeCompositeRequest(records: readonly Lwm2mRecord[], model: ModelLookup, contentFormat = SENML_JSON): CoapRequestSpec {
  return { method: 'iPATCH', path: '/', contentFormat, payload: compositeCodec(contentFormat).encodeComposite(records, model) };
}

/** Observe (RFC 7641 §3.1, TS-Core §6.4.1): a Read with Observe 0 and the token the notifications will echo. */
export function observeRequest(path: PathLike, token: Buffer, accept?: number): CoapRequestSpec {
  return { ...readRequest(path, accept), observe: 0, token };
}

/** Observe-Composite (TS-Core §6.4.2): a Read-Composite with Observe 0. */
export function observeCompositeRequest(paths: readonly Lwm2mPath[], token: Buffer, contentFormat = SENML_JSON, accept?: number): CoapRequestSpec {
  return { ...readCompositeRequest(paths, contentFormat, accept), observe: 0, token };
}

/**
 * Active cancel (RFC 7641 §3.6, TS-Core §6.4.3): the observe request again with Observe 1 — same
 * token, same path and options (for a composite, the same path list).
 */
export function cancelObserveRequest(original: CoapRequestSpec): CoapRequestSpec {
  return { ...original, observe: 1 };
}
