/**
 * Transcript entries for HTTP exchanges: each HTTP request and response is recorded as the CoAP
 * message it stands for (so transcripts, reports and LwM2M-aware payload describers read the same
 * for every transport), with a note saying what went over the wire — method, URL, status — and
 * the HTTP message head and body as `raw` evidence (RFC 9112 §2.1 message format).
 */
import { STATUS_CODES, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import type { CoapMessage, PeerAddress, TranscriptEntry } from '../coap-udp/types';

type Headers = IncomingHttpHeaders | OutgoingHttpHeaders | Record<string, string>;

function headerLines(headers: Headers): string {
  return Object.entries(headers)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}\r\n`)
    .join('');
}

/** The request as HTTP/1.1 text: request line, headers, blank line, body. */
export function rawHttpRequest(method: string, target: string, headers: Headers, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${method} ${target} HTTP/1.1\r\n${headerLines(headers)}\r\n`, 'latin1'), body]);
}

/** The response as HTTP/1.1 text: status line, headers, blank line, body. */
export function rawHttpResponse(status: number, headers: Headers, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${headerLines(headers)}\r\n`, 'latin1'), body]);
}

/** `HTTP 201 Created`. */
export function statusText(status: number): string {
  return `HTTP ${status}${STATUS_CODES[status] === undefined ? '' : ` ${STATUS_CODES[status]}`}`;
}

export function httpEntry(
  direction: 'in' | 'out',
  peer: PeerAddress,
  raw: Buffer,
  note: string,
  detail: { message?: CoapMessage; error?: string } = {},
): TranscriptEntry {
  return { time: Date.now(), direction, peer, raw, note, ...(detail.message ? { message: detail.message } : {}), ...(detail.error ? { error: detail.error } : {}) };
}
