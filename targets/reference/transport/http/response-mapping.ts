/**
 * An LwM2M response as CoAP spells it (CoapResponseSpec / CoapResponse) ⇄ an HTTP response:
 * the code ⇄ status per status-codes.ts (TS-Transport 1.2 §7.3, RFC 8075 §7), Content-Format ⇄
 * Content-Type (media-types.ts), Location-Path ⇄ Location (TS-Transport §7.1.3: the Register
 * response carries the registration's location, under /rd; RFC 9110 §10.2.2).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { CoapMethod, CoapResponse, CoapResponseSpec } from '../coap-udp/types';
import { responseMessage } from '../coap-udp/exchange-messages';
import { HttpBindingError } from './errors';
import { contentFormatOf, mediaTypeOf } from './media-types';
import { coapCodeOf, httpStatusOf } from './status-codes';

/** An HTTP response as the binding builds it. */
export interface HttpResponseParts {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** What was lost in the mapping (for the transcript note), if anything. */
  warning?: string;
}

/** CoapResponseSpec → HTTP response. A code without HTTP form becomes 500 with the reason as body. */
export function toHttpResponse(spec: CoapResponseSpec): HttpResponseParts {
  const body = spec.payload ?? Buffer.alloc(0);
  const status = httpStatusOf(spec.code, body.length > 0);
  if (status === undefined) {
    const reason = `CoAP response code ${spec.code} has no HTTP status in the LwM2M HTTP binding (TS-Transport 1.2 §7.3, RFC 8075 §7)`;
    return { status: 500, headers: { 'content-type': mediaTypeOf(0) }, body: Buffer.from(reason, 'utf8'), warning: reason };
  }
  const headers: Record<string, string> = {};
  if (spec.contentFormat !== undefined && body.length > 0) headers['content-type'] = mediaTypeOf(spec.contentFormat);
  if (spec.locationPath !== undefined && spec.locationPath.length > 0) headers.location = '/' + spec.locationPath.map(encodeURIComponent).join('/');
  const dropped = [...(spec.observe !== undefined ? ['Observe'] : []), ...(spec.options ?? []).map((o) => o.name)];
  return { status, headers, body, warning: dropped.length > 0 ? `not carried over HTTP: ${dropped.join(', ')}` : undefined };
}

/** The Location-Path segments of a Location header (an absolute URI or an absolute path). */
export function locationSegments(location: string): string[] {
  let path: string;
  try {
    path = new URL(location, 'http://location.invalid').pathname;
  } catch {
    throw new HttpBindingError(`Location "${location}" is not a URI reference (RFC 9110 §10.2.2)`);
  }
  try {
    return path.split('/').filter((s) => s !== '').map(decodeURIComponent);
  } catch {
    throw new HttpBindingError(`Location "${location}" has a malformed percent-encoding (RFC 3986 §2.1)`);
  }
}

/** The HTTP response to `method path` → CoapResponse; throws HttpBindingError when it cannot be mapped. */
export function fromHttpResponse(
  request: { method: CoapMethod; path: string; token: Buffer },
  status: number,
  headers: IncomingHttpHeaders,
  body: Buffer,
): CoapResponse {
  const code = coapCodeOf(status, request.method, request.path);
  if (code === undefined) throw new HttpBindingError(`${request.method} ${request.path}: HTTP status ${status} has no CoAP response code (TS-Transport 1.2 §7.3 lists 2xx, 4xx and 5xx only)`);
  let contentFormat: number | undefined;
  const contentType = headers['content-type'];
  if (contentType !== undefined && body.length > 0) {
    const result = contentFormatOf(contentType);
    if ('error' in result) throw new HttpBindingError(`${request.method} ${request.path}: response Content-Type ${result.error}`);
    contentFormat = result.contentFormat;
  }
  const locationPath = headers.location === undefined ? [] : locationSegments(headers.location);
  const message = responseMessage({ code, contentFormat, locationPath, payload: body }, 'CON', 0, request.token);
  return { code, contentFormat, locationPath, observe: undefined, payload: body, message };
}
