/**
 * CoAP codes (RFC 7252 §3 and §12.1): the dotted `c.dd` form, method codes and code names.
 */
import type { CoapMethod } from './types';

/** RFC 7252 §12.1.1 method codes (plus RFC 8132 FETCH/PATCH/iPATCH). */
export const METHOD_CODES: Readonly<Record<CoapMethod, string>> = {
  GET: '0.01',
  POST: '0.02',
  PUT: '0.03',
  DELETE: '0.04',
  FETCH: '0.05',
  PATCH: '0.06',
  iPATCH: '0.07',
};

/** Code → name, for transcripts: RFC 7252 §12.1, RFC 7959 (2.31, 4.08), RFC 8132, RFC 8516, RFC 8768. */
export const CODE_NAMES: Readonly<Record<string, string>> = {
  '0.00': 'Empty',
  '0.01': 'GET',
  '0.02': 'POST',
  '0.03': 'PUT',
  '0.04': 'DELETE',
  '0.05': 'FETCH',
  '0.06': 'PATCH',
  '0.07': 'iPATCH',
  '2.01': 'Created',
  '2.02': 'Deleted',
  '2.03': 'Valid',
  '2.04': 'Changed',
  '2.05': 'Content',
  '2.31': 'Continue',
  '4.00': 'Bad Request',
  '4.01': 'Unauthorized',
  '4.02': 'Bad Option',
  '4.03': 'Forbidden',
  '4.04': 'Not Found',
  '4.05': 'Method Not Allowed',
  '4.06': 'Not Acceptable',
  '4.08': 'Request Entity Incomplete',
  '4.09': 'Conflict',
  '4.12': 'Precondition Failed',
  '4.13': 'Request Entity Too Large',
  '4.15': 'Unsupported Content-Format',
  '4.22': 'Unprocessable Entity',
  '4.29': 'Too Many Requests',
  '5.00': 'Internal Server Error',
  '5.01': 'Not Implemented',
  '5.02': 'Bad Gateway',
  '5.03': 'Service Unavailable',
  '5.04': 'Gateway Timeout',
  '5.05': 'Proxying Not Supported',
  '5.08': 'Hop Limit Reached',
  // RFC 8323 §11.1 signaling codes (CoAP over TCP/TLS)
  '7.01': 'CSM',
  '7.02': 'Ping',
  '7.03': 'Pong',
  '7.04': 'Release',
  '7.05': 'Abort',
};

const METHOD_BY_CODE = new Map<string, CoapMethod>(
  (Object.entries(METHOD_CODES) as [CoapMethod, string][]).map(([method, code]) => [code, method]),
);

/** The method of a request code (`0.01` → GET), or undefined for an unknown method code. */
export function methodOf(code: string): CoapMethod | undefined {
  return METHOD_BY_CODE.get(code);
}

/** True when `code` is a well-formed dotted code `c.dd` with c ∈ 0..7 and dd ∈ 00..31 (RFC 7252 §3). */
export function isValidCode(code: string): boolean {
  const match = /^([0-7])\.(\d\d)$/.exec(code);
  return match !== null && Number(match[2]) <= 31;
}

/** The class digit of a dotted code (RFC 7252 §3: 0 request, 2/4/5 response, others reserved). */
export function codeClass(code: string): number {
  return Number(code.charAt(0));
}

/** RFC 7252 §4.1: an Empty message has code 0.00. */
export function isEmptyCode(code: string): boolean {
  return code === '0.00';
}

/** RFC 7252 §5.8: a request code is class 0 and not 0.00. */
export function isRequestCode(code: string): boolean {
  return codeClass(code) === 0 && code !== '0.00';
}

/** RFC 7252 §3, §5.9: response codes are classes 2 (success), 4 (client error) and 5 (server error). */
export function isResponseCode(code: string): boolean {
  const c = codeClass(code);
  return c === 2 || c === 4 || c === 5;
}

/**
 * RFC 7252 §3: classes other than 0, 2, 4, 5 are reserved (§4.2 names 1, 6, 7); a message using
 * one is rejected.
 */
export function isReservedClass(code: string): boolean {
  return !isRequestCode(code) && code !== '0.00' && !isResponseCode(code);
}
