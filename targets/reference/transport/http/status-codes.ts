/**
 * CoAP response code ⇄ HTTP status code for the LwM2M HTTP binding.
 *
 * CoAP → HTTP (a response we send): TS-Transport 1.2 §7.3 Tables 7.3-1..4 give the HTTP codes per
 * operation: Register 201; Read, Discover 200; Write, Delete, Execute, Update, De-register "200 or
 * 204"; errors 400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 5xx. Where §7.3 is silent, RFC 8075
 * §7 (Table 2) applies: 2.02/2.04 → 200 with a body, 204 without; 2.03 → 200 (no conditional
 * requests here); 4.02 → 400; 5.05 → 502; 2.31 and 4.08 (block-wise) have no HTTP form — the
 * binding carries bodies whole, so they only come from a handler bug and are reported as 500.
 * §7.3 lists 401 and 405 where RFC 8075 maps 4.01 → 403 and 4.05 → 400; the LwM2M table wins.
 *
 * HTTP → CoAP (a response we receive): the success code is the operation's (TS-Transport §7.3
 * read backwards, as RFC 8075 §7 cannot: it only maps CoAP → HTTP): 201 → 2.01; any other 2xx
 * → 2.05 for GET, 2.02 for DELETE, 2.04 for PUT and POST — except a POST to an Object (Create),
 * which §7.3 answers "200 or 204" without an instance carrier and which is 2.01 in CoAP
 * (TS-Transport §6.4.4). Errors xyy → x.yy when that is a CoAP code with the same meaning,
 * else x.00. 1xx and 3xx have no CoAP form.
 */
import { CODE_NAMES } from '../coap-udp/codes';
import type { CoapMethod } from '../coap-udp/types';

/** RFC 8075 §7 rows that differ from "x.yy → xyy" and that TS-Transport §7.3 does not override. */
const COAP_TO_HTTP_EXCEPTIONS: Readonly<Record<string, number>> = {
  '2.03': 200,
  '2.05': 200,
  '4.02': 400,
  '5.05': 502,
};

/** HTTP codes whose number matches a CoAP code of another meaning (RFC 9110 §15 vs RFC 7252 §12.1.2). */
const HTTP_TO_COAP_EXCEPTIONS: Readonly<Record<number, string>> = {
  402: '4.00', // Payment Required ≠ 4.02 Bad Option
  408: '4.00', // Request Timeout ≠ 4.08 Request Entity Incomplete
  505: '5.00', // HTTP Version Not Supported ≠ 5.05 Proxying Not Supported
};

/** The HTTP status of a CoAP response code; `hasBody` picks 200 or 204 for 2.02 / 2.04. */
export function httpStatusOf(code: string, hasBody: boolean): number | undefined {
  const match = /^([245])\.(\d\d)$/.exec(code);
  if (match === null) return undefined;
  if (code === '2.01') return 201;
  if (code === '2.02' || code === '2.04') return hasBody ? 200 : 204;
  const exception = COAP_TO_HTTP_EXCEPTIONS[code];
  if (exception !== undefined) return exception;
  if (match[1] === '2' || code === '4.08') return undefined; // 2.31 Continue, 4.08: block-wise only
  const detail = Number(match[2]);
  return detail <= 31 ? Number(match[1]) * 100 + detail : undefined;
}

/** The client-to-server interfaces (TS-Transport §7.1.2, §7.1.3, §7.1.5): their POSTs are never a Create. */
const UPLINK_ROOTS = new Set(['rd', 'bs', 'bspack', 'dp']);

/** The Uri-Path of a Create: an Object, one numeric segment after an optional alternate path (TS-Transport §6.4.1). */
function isObjectPath(path: string): boolean {
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.length === 0 || UPLINK_ROOTS.has(segments[0]!)) return false;
  return segments.filter((s) => /^\d+$/.test(s)).length === 1 && /^\d+$/.test(segments[segments.length - 1]!);
}

/** The CoAP code of an HTTP status answering `method path`; undefined for 1xx, 3xx and out-of-range codes. */
export function coapCodeOf(status: number, method: CoapMethod, path: string): string | undefined {
  if (status === 201) return '2.01';
  if (status >= 200 && status <= 299) {
    if (method === 'GET' || method === 'FETCH') return '2.05';
    if (method === 'DELETE') return '2.02';
    if (method === 'POST' && isObjectPath(path)) return '2.01';
    return '2.04';
  }
  if (status < 400 || status > 599) return undefined;
  const exception = HTTP_TO_COAP_EXCEPTIONS[status];
  if (exception !== undefined) return exception;
  const dotted = `${Math.floor(status / 100)}.${String(status % 100).padStart(2, '0')}`;
  return CODE_NAMES[dotted] !== undefined ? dotted : `${Math.floor(status / 100)}.00`;
}
