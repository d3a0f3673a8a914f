/**
 * What OSCORE-protected messages look like on the wire (ETS int-405 criteria; RFC 8613 §4.1, §4.2):
 * every message carries the OSCORE option; the outer code of a request is POST (FETCH when it is an
 * Observe, §4.1.3.5) and of a response 2.04 Changed (2.05 Content for a notification); the payload is
 * the ciphertext — at least the 8-byte AEAD tag of AES-CCM-16-64-128 plus the encrypted code — and
 * no class E option (Uri-Path, Uri-Query, Content-Format, Accept, …) travels outside it. A message
 * not protected at all is only allowed as an error answer to a request that could not be verified
 * (§8.2: those errors are not protected) — the caller says whether it expects those.
 */
import type { CoapMessage, TranscriptEntry } from '../../targets/reference/transport/coap-udp/types';
import { optionNumber } from '../../targets/reference/transport/coap-udp/options';

const OSCORE = 9;
const OBSERVE = 6;
/** Class U: may travel outside (RFC 8613 §4.1.3): Uri-Host, Observe (also inner), Uri-Port, OSCORE, Max-Age (outer only on errors), Hop-Limit, Proxy-Uri, Proxy-Scheme. */
const OUTER_ALLOWED = new Set([3, 6, 7, 9, 14, 16, 35, 39]);
/** CCM tag (8) + at least the encrypted code byte (§5.3). */
const MIN_CIPHERTEXT = 9;

const isRequest = (m: CoapMessage): boolean => m.code.startsWith('0.') && m.code !== '0.00';
const numbers = (m: CoapMessage): number[] => m.options.map((o) => optionNumber(o.name) ?? -1);

/** What is wrong with one message on the wire, or undefined when it is a proper OSCORE message. */
export function oscoreProblem(message: CoapMessage): string | undefined {
  if (message.code === '0.00') return undefined; // empty ACK / RST of the message layer: nothing to protect
  const options = numbers(message);
  if (!options.includes(OSCORE)) return `${message.code} without the OSCORE option`;
  const observe = options.includes(OBSERVE);
  const expected = isRequest(message) ? (observe ? '0.05' : '0.02') : observe ? '2.05' : '2.04';
  if (message.code !== expected) return `outer code ${message.code}, expected ${expected} (${isRequest(message) ? 'request' : 'response'}${observe ? ' with Observe' : ''})`;
  const outside = options.filter((n) => !OUTER_ALLOWED.has(n));
  if (outside.length > 0) return `${message.code} with option ${outside.join(', ')} outside the encryption (class E, RFC 8613 §4.1.1)`;
  if (message.payload.length < MIN_CIPHERTEXT) return `${message.code} with a ${message.payload.length}-byte payload: too short for ciphertext and tag`;
  return undefined;
}

export interface WireVerdict {
  /** Messages on the wire (both directions). */
  count: number;
  requests: number;
  responses: number;
  problems: string[];
}

export function judgeOscoreWire(entries: readonly TranscriptEntry[]): WireVerdict {
  const messages = entries.filter((e) => e.message !== undefined);
  const problems: string[] = [];
  for (const e of messages) {
    const problem = oscoreProblem(e.message!);
    if (problem) problems.push(`${e.direction === 'in' ? 'from the Client' : 'to the Client'}: ${problem}`);
  }
  const real = messages.filter((e) => e.message!.code !== '0.00');
  return { count: real.length, requests: real.filter((e) => isRequest(e.message!)).length, responses: real.filter((e) => !isRequest(e.message!)).length, problems };
}
