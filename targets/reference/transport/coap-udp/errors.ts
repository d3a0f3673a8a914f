/**
 * Errors a request can end with (RFC 7252 §4.2 give-up, §4.2/§4.3 Reset, endpoint shutdown).
 */
import type { CoapMethod, PeerAddress } from './types';
import { describePeer } from './peer';

/** What an exchange was, for error messages. */
export interface ExchangeDescription {
  peer: PeerAddress;
  method: CoapMethod;
  path: string;
}

/**
 * The peer did not answer: RFC 7252 §4.2 gave up after MAX_RETRANSMIT retransmissions, or no
 * (separate) response arrived within the request's overall time limit.
 */
export class CoapTimeoutError extends Error {
  override readonly name = 'CoapTimeoutError';
  constructor(
    readonly exchange: ExchangeDescription,
    /** How many times the request datagram was sent (1 + retransmissions). */
    readonly transmissions: number,
    reason: string,
  ) {
    super(
      `CoAP ${exchange.method} ${exchange.path} to ${describePeer(exchange.peer)}: ${reason} ` +
        `after ${transmissions} transmission${transmissions === 1 ? '' : 's'}`,
    );
  }
}

/** The peer rejected our message with a Reset (RFC 7252 §4.2 for CON, §4.3 for NON). */
export class CoapResetError extends Error {
  override readonly name = 'CoapResetError';
  constructor(readonly exchange: ExchangeDescription) {
    super(`CoAP ${exchange.method} ${exchange.path} to ${describePeer(exchange.peer)}: the peer answered with RST`);
  }
}

/** The endpoint was closed while the exchange was pending. */
export class CoapEndpointClosedError extends Error {
  override readonly name = 'CoapEndpointClosedError';
  constructor(detail: string) {
    super(`CoAP endpoint closed: ${detail}`);
  }
}
