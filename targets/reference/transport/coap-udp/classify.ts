/**
 * What to do with a well-formed incoming message, by type and code (RFC 7252 §4.2, §4.3, §5.2).
 */
import type { CoapMessage } from './types';
import { isEmptyCode, isRequestCode, isReservedClass, isResponseCode } from './codes';

export type Disposition =
  /** An ACK or RST that may end one of our CON (or NON) transmissions. */
  | { kind: 'settle' }
  /** A CON/NON request for the handler. */
  | { kind: 'request' }
  /** A separate CON/NON response: match by token (RFC 7252 §5.3.2). */
  | { kind: 'response' }
  /** Reject: answer RST (only CON messages are rejected; RFC 7252 §4.2). */
  | { kind: 'reject'; reason: string }
  /** Silently ignore (RFC 7252 §4.2/§4.3). */
  | { kind: 'ignore'; reason: string };

/** Classifies an incoming message. */
/** Only CON messages are rejected (RST); anything else that is wrong is ignored (RFC 7252 §4.2, §4.3). */
function refuse(type: CoapMessage['type'], reason: string): Disposition {
  return type === 'CON' ? { kind: 'reject', reason } : { kind: 'ignore', reason };
}

const SETTLE: Disposition = { kind: 'settle' };
const REQUEST: Disposition = { kind: 'request' };
const RESPONSE: Disposition = { kind: 'response' };

/** Classifies an incoming message (runs for every datagram: no allocation on the common paths). */
export function classify(message: CoapMessage): Disposition {
  const { type, code } = message;
  if (isReservedClass(code)) return refuse(type, `code ${code} has a reserved class (RFC 7252 §3, §4.2)`);
  if (type === 'ACK') {
    if (isRequestCode(code)) return { kind: 'ignore', reason: 'an ACK must not carry a request (RFC 7252 §4.2)' };
    return SETTLE;
  }
  if (type === 'RST') {
    if (!isEmptyCode(code)) return { kind: 'ignore', reason: 'a RST must be empty (RFC 7252 §4.2)' };
    return SETTLE;
  }
  if (isEmptyCode(code)) {
    return type === 'CON'
      ? { kind: 'reject', reason: 'empty CON: CoAP ping (RFC 7252 §4.3)' }
      : { kind: 'ignore', reason: 'a NON must not be empty (RFC 7252 §4.3)' };
  }
  if (isRequestCode(code)) return REQUEST;
  if (isResponseCode(code)) return RESPONSE;
  return refuse(type, `code ${code} is neither a request nor a response (RFC 7252 §3)`);
}
