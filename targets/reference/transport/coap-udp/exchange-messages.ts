/**
 * Mapping between the typed request/response specs and wire messages (RFC 7252 §5.4, §5.10).
 */
import type { CoapMessage, CoapOption, CoapRequestSpec, CoapResponse, CoapResponseSpec, CoapType, IncomingRequest, PeerAddress } from './types';
import { METHOD_CODES, methodOf } from './codes';
import { decodeUint, stringOption, stringOptions, uintOptionOf, uriPathOptions } from './options';

/** The first value of a uint option, or undefined if absent or not a valid uint. */
function safeUint(message: CoapMessage, name: string): number | undefined {
  const value = message.options.find((o) => o.name === name)?.value;
  if (value === undefined) return undefined;
  try {
    return decodeUint(value);
  } catch {
    return undefined;
  }
}

/** Builds the request message for `spec` (Uri-Path, Uri-Query, Content-Format, Accept, Observe, extra options). */
export function requestMessage(spec: CoapRequestSpec, messageId: number, token: Buffer): CoapMessage {
  const code = METHOD_CODES[spec.method];
  if (code === undefined) throw new Error(`unknown CoAP method "${String(spec.method)}"`);
  if (token.length > 8) throw new RangeError(`a token has 0 to 8 bytes (RFC 7252 §5.3.1), got ${token.length}; use sendMessage for anything else`);
  const options: CoapOption[] = [];
  if (spec.observe !== undefined) options.push(uintOptionOf('Observe', spec.observe));
  options.push(...uriPathOptions(spec.path));
  if (spec.contentFormat !== undefined) options.push(uintOptionOf('Content-Format', spec.contentFormat));
  for (const query of spec.query ?? []) options.push(stringOption('Uri-Query', query));
  if (spec.accept !== undefined) options.push(uintOptionOf('Accept', spec.accept));
  options.push(...(spec.options ?? []));
  return {
    type: spec.confirmable === false ? 'NON' : 'CON',
    code,
    messageId,
    token,
    options,
    payload: spec.payload ?? Buffer.alloc(0),
  };
}

/** Builds a response message: piggy-backed in an ACK, or a separate CON/NON (RFC 7252 §5.2). */
export function responseMessage(spec: CoapResponseSpec, type: CoapType, messageId: number, token: Buffer): CoapMessage {
  const options: CoapOption[] = [];
  if (spec.observe !== undefined) options.push(uintOptionOf('Observe', spec.observe));
  if (spec.locationPath !== undefined) for (const segment of spec.locationPath) options.push(stringOption('Location-Path', segment));
  if (spec.contentFormat !== undefined) options.push(uintOptionOf('Content-Format', spec.contentFormat));
  if (spec.options !== undefined) for (const option of spec.options) options.push(option);
  return { type, code: spec.code, messageId, token, options, payload: spec.payload ?? EMPTY };
}

const EMPTY: Buffer = Buffer.alloc(0);

/** The typed view of a response we received. */
export function toCoapResponse(message: CoapMessage): CoapResponse {
  return {
    code: message.code,
    contentFormat: safeUint(message, 'Content-Format'),
    locationPath: stringOptions(message, 'Location-Path'),
    observe: safeUint(message, 'Observe'),
    payload: message.payload,
    message,
  };
}

/** The typed view of a request we received; undefined when the method code is unknown (→ 4.05). One pass over the options. */
export function toIncomingRequest(message: CoapMessage, peer: PeerAddress): IncomingRequest | undefined {
  const method = methodOf(message.code);
  if (method === undefined) return undefined;
  const pathSegments: string[] = [];
  const query: string[] = [];
  let contentFormat: number | undefined;
  let accept: number | undefined;
  let observe: number | undefined;
  let seen = 0; // bit 1: Content-Format, 2: Accept, 4: Observe — the first occurrence counts
  for (const option of message.options) {
    switch (option.name) {
      case 'Uri-Path':
        pathSegments.push(option.value.toString('utf8'));
        break;
      case 'Uri-Query':
        query.push(option.value.toString('utf8'));
        break;
      case 'Content-Format':
        if (!(seen & 1)) contentFormat = uintOrUndefined(option.value);
        seen |= 1;
        break;
      case 'Accept':
        if (!(seen & 2)) accept = uintOrUndefined(option.value);
        seen |= 2;
        break;
      case 'Observe':
        if (!(seen & 4)) observe = uintOrUndefined(option.value);
        seen |= 4;
        break;
    }
  }
  return { method, pathSegments, path: '/' + pathSegments.join('/'), query, contentFormat, accept, observe, payload: message.payload, message, peer };
}

/** A uint option value (RFC 7252 §3.2), or undefined when it is not one (longer than 6 bytes). */
function uintOrUndefined(value: Buffer): number | undefined {
  return value.length <= 6 ? decodeUint(value) : undefined;
}
