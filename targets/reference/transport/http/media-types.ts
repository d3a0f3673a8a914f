/**
 * CoAP Content-Format ⇄ HTTP media type (RFC 8075 §6.2; CoAP Content-Formats registry, RFC 7252
 * §12.3; the LwM2M formats of TS-Core 1.2 §7.5 Table 7.5-1). TS-Transport 1.2 §7.1 asks for the
 * "Content-Format" and "Accept" of every request; over HTTP they travel as the Content-Type and
 * Accept headers carrying the registered media type of the format. A Content-Format without a
 * registered media type travels as `application/coap-payload; cf=<n>` (RFC 8075 §6.2).
 */
import { MEDIA_TYPES } from '../coap-udp/content-formats';

/** Content-Format number → media type (with its registered parameters, as the registry spells it). */
export { MEDIA_TYPES };

/** RFC 8075 §6.2: the media type of a CoAP payload whose Content-Format has no media type of its own. */
export const COAP_PAYLOAD = 'application/coap-payload';

/** A parsed media type: lower-cased `type/subtype` and its parameters (RFC 9110 §8.3.1). */
export interface MediaType {
  essence: string;
  parameters: Record<string, string>;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Parses `type/subtype *(; name=value)`; undefined when the header is not a media type. */
export function parseMediaType(header: string): MediaType | undefined {
  const [head, ...rest] = header.split(';');
  const essence = head!.trim().toLowerCase();
  const slash = essence.indexOf('/');
  if (slash <= 0 || !TOKEN.test(essence.slice(0, slash)) || !TOKEN.test(essence.slice(slash + 1))) return undefined;
  const parameters: Record<string, string> = {};
  for (const item of rest) {
    if (item.trim() === '') continue; // RFC 9110 §5.6.6 allows empty list elements
    const eq = item.indexOf('=');
    if (eq <= 0) return undefined;
    const name = item.slice(0, eq).trim().toLowerCase();
    let value = item.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1).replace(/\\(.)/g, '$1');
    if (!TOKEN.test(name) || value === '') return undefined;
    parameters[name] = value;
  }
  return { essence, parameters };
}

/** The Content-Type / Accept value for a Content-Format number. */
export function mediaTypeOf(contentFormat: number): string {
  return MEDIA_TYPES[contentFormat] ?? `${COAP_PAYLOAD};cf=${contentFormat}`;
}

/** The result of reading a Content-Type or Accept header. */
export type ContentFormatResult = { contentFormat: number } | { error: string };

/**
 * The Content-Format of a Content-Type (or single-valued Accept) header. `text/plain` means
 * Content-Format 0 only with UTF-8 (RFC 7252 §12.3 registers `text/plain;charset=utf-8`; an HTTP
 * `text/plain` without charset is US-ASCII, a subset, so it is accepted too).
 */
export function contentFormatOf(header: string): ContentFormatResult {
  const media = parseMediaType(header);
  if (media === undefined) return { error: `"${header}" is not a media type (RFC 9110 §8.3.1)` };
  if (media.essence === COAP_PAYLOAD) {
    const cf = media.parameters.cf;
    if (cf === undefined || !/^\d{1,5}$/.test(cf) || Number(cf) > 65535) return { error: `"${header}": ${COAP_PAYLOAD} needs cf=<0..65535> (RFC 8075 §6.2)` };
    return { contentFormat: Number(cf) };
  }
  if (media.essence === 'text/plain') {
    const charset = media.parameters.charset?.toLowerCase();
    if (charset === undefined || charset === 'utf-8' || charset === 'us-ascii') return { contentFormat: 0 };
    return { error: `"${header}": Content-Format 0 is text/plain in UTF-8 (RFC 7252 §12.3), not ${charset}` };
  }
  for (const [cf, type] of Object.entries(MEDIA_TYPES)) {
    if (type === media.essence) return { contentFormat: Number(cf) };
  }
  return { error: `"${header}" has no CoAP Content-Format (RFC 7252 §12.3 registry; RFC 8075 §6.2)` };
}
