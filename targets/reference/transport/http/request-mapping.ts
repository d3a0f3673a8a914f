/**
 * An LwM2M request as CoAP spells it (CoapRequestSpec / IncomingRequest) ⇄ an HTTP request, per the
 * TS-Transport 1.2 §7.1 tables (Tbl 7.1.2-1 Bootstrap, 7.1.3-1 Registration, 7.1.4-1 Device
 * Management, §7.1.5 Send): the same method (GET, POST, PUT, DELETE) and path (`/rd`, `/3/0/1`),
 * the Uri-Query options as the query (`?ep=node1&lt=20`), Content-Format and Accept as the
 * Content-Type and Accept headers (media-types.ts). Uri-Path and Uri-Query ⇄ URI follow RFC 7252
 * §6.4 / §6.5 (percent-encoding per segment and per query argument, RFC 3986 §2.1).
 *
 * Not carried, because §7 gives them no HTTP form: Observe (§7.1.5: Information Reporting over
 * HTTP is Send only), FETCH / iPATCH (Read-, Write-, Observe-Composite: §7.1.4 note), and other
 * CoAP options (Block1/Block2: an HTTP body travels whole). The token has no HTTP equivalent: each
 * HTTP response answers its own request on its connection (RFC 9112 §9.3).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { CoapMethod, CoapRequestSpec, IncomingRequest, PeerAddress } from '../coap-udp/types';
import { requestMessage } from '../coap-udp/exchange-messages';
import { HttpBindingUnsupportedError } from './errors';
import { contentFormatOf, mediaTypeOf } from './media-types';

/** The HTTP methods of TS-Transport §7.1 (each is the CoAP method of the same name). */
export const HTTP_METHODS: readonly CoapMethod[] = ['GET', 'POST', 'PUT', 'DELETE'];

/** An HTTP request as the binding builds or reads it. */
export interface HttpRequestParts {
  method: string;
  /** origin-form request target: path and query (RFC 9112 §3.2.1). */
  target: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** A request the binding answers itself, before the LwM2M layer sees it. */
export interface Refusal {
  status: number;
  reason: string;
  headers?: Record<string, string>;
}

/** RFC 7252 §6.5 step 7/8 in reverse: one Uri-Query value `name=value` as a query argument. */
function encodeQueryArgument(argument: string): string {
  const eq = argument.indexOf('=');
  if (eq < 0) return encodeURIComponent(argument);
  return `${encodeURIComponent(argument.slice(0, eq))}=${encodeURIComponent(argument.slice(eq + 1))}`;
}

/** The origin-form target of a path and Uri-Query list. */
export function requestTarget(path: string, query: readonly string[] = []): string {
  const segments = path.split('/').filter((s) => s !== '');
  const target = '/' + segments.map(encodeURIComponent).join('/');
  return query.length === 0 ? target : `${target}?${query.map(encodeQueryArgument).join('&')}`;
}

/** CoapRequestSpec → HTTP request; throws HttpBindingUnsupportedError for what §7 cannot carry. */
export function toHttpRequest(spec: CoapRequestSpec): HttpRequestParts {
  if (spec.observe !== undefined) {
    throw new HttpBindingUnsupportedError(
      `${spec.method} ${spec.path} with Observe=${spec.observe}: the LwM2M HTTP binding has no Observe or Cancel Observation ` +
        '(TS-Transport 1.2 §7.1.5: Information Reporting over HTTP is the Send operation only)',
    );
  }
  if (!HTTP_METHODS.includes(spec.method)) {
    throw new HttpBindingUnsupportedError(
      `${spec.method} ${spec.path}: the LwM2M HTTP binding has only GET, POST, PUT and DELETE (TS-Transport 1.2 §7.1.4; Read-/Write-/Observe-Composite are not supported over HTTP)`,
    );
  }
  const extra = (spec.options ?? []).map((o) => o.name);
  if (extra.length > 0) throw new HttpBindingUnsupportedError(`${spec.method} ${spec.path}: CoAP option(s) ${extra.join(', ')} have no form in the LwM2M HTTP binding (TS-Transport 1.2 §7.1)`);
  const headers: Record<string, string> = {};
  if (spec.contentFormat !== undefined) headers['content-type'] = mediaTypeOf(spec.contentFormat);
  if (spec.accept !== undefined) headers.accept = mediaTypeOf(spec.accept);
  return { method: spec.method, target: requestTarget(spec.path, spec.query), headers, body: spec.payload ?? Buffer.alloc(0) };
}

/** RFC 7252 §6.4 steps 8-9: the path segments and query arguments of an origin-form target. */
export function splitTarget(target: string): { segments: string[]; query: string[] } | { error: string } {
  if (!target.startsWith('/')) return { error: `request target "${target}" is not origin-form (RFC 9112 §3.2.1)` };
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  const rawQuery = q < 0 ? '' : target.slice(q + 1);
  try {
    const segments = path === '/' ? [] : path.slice(1).split('/').map(decodeURIComponent);
    const query = rawQuery === '' ? [] : rawQuery.split('&').map(decodeURIComponent);
    return { segments, query };
  } catch {
    return { error: `request target "${target}" has a malformed percent-encoding (RFC 3986 §2.1)` };
  }
}

/** The first Content-Format an Accept header asks for; `*\/*` or no header = none (RFC 9110 §12.5.1). */
function acceptOf(header: string | undefined): { accept?: number } | { error: string } {
  if (header === undefined || header.trim() === '') return {};
  const ranges = header.split(',').map((r) => r.split(';')[0]!.trim().toLowerCase());
  if (ranges.includes('*/*')) return {};
  for (const range of header.split(',')) {
    const result = contentFormatOf(range.replace(/;\s*q=[0-9.]+/i, ''));
    if ('contentFormat' in result) return { accept: result.contentFormat };
  }
  return { error: `Accept "${header}" names no CoAP Content-Format (RFC 8075 §6.2)` };
}

/** HTTP request → IncomingRequest, or the refusal the binding sends itself. */
export function fromHttpRequest(
  parts: { method: string; target: string; headers: IncomingHttpHeaders; body: Buffer },
  peer: PeerAddress,
): { request: IncomingRequest } | { refusal: Refusal } {
  const method = parts.method as CoapMethod;
  if (!HTTP_METHODS.includes(method)) {
    return { refusal: { status: 405, reason: `method ${parts.method} is not part of the LwM2M HTTP binding (TS-Transport 1.2 §7.1)`, headers: { allow: HTTP_METHODS.join(', ') } } };
  }
  const split = splitTarget(parts.target);
  if ('error' in split) return { refusal: { status: 400, reason: split.error } };
  let contentFormat: number | undefined;
  const contentType = parts.headers['content-type'];
  if (contentType !== undefined) {
    const result = contentFormatOf(contentType);
    if ('error' in result) return { refusal: { status: 415, reason: `Content-Type ${result.error}` } };
    contentFormat = result.contentFormat;
  }
  const accept = acceptOf(parts.headers.accept);
  if ('error' in accept) return { refusal: { status: 406, reason: accept.error } };
  const path = '/' + split.segments.join('/');
  const spec: CoapRequestSpec = { method, path, query: split.query, contentFormat, accept: accept.accept, payload: parts.body };
  const message = requestMessage(spec, 0, Buffer.alloc(0));
  return {
    request: { method, pathSegments: split.segments, path, query: split.query, contentFormat, accept: accept.accept, payload: parts.body, message, peer },
  };
}
