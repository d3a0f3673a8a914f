/**
 * What the client's runtime needs of the endpoint it talks to one server over: the transport-neutral
 * CoapEndpoint (../../../transport/coap-udp/types.ts) plus the waiting bounds the LwM2M layer derives
 * from RFC 7252 §4.8.2 (bootstrap watchdog = EXCHANGE_LIFETIME, queue-mode window = MAX_TRANSMIT_WAIT,
 * TS-Transport §6.5) and the unmatched-response hook Observe needs. Which transport is underneath
 * (coap, coaps, coap+tcp, coaps+tcp, http, mqtt) is the account's URI scheme (schemes.ts).
 */
import type { Timing } from '../../../transport/coap-udp/parameters';
import type { CoapEndpoint, CoapResponse, PeerAddress } from '../../../transport/coap-udp/types';

/** The transport names of the suite (`--transport` values; the URI scheme without `:`). */
export type TransportName = 'coap' | 'coaps' | 'coap+tcp' | 'coaps+tcp' | 'http' | 'mqtt';

/** The Register `b=` letter of a transport (TS-Core 1.2 §6.2.1.2: U UDP, T TCP, H HTTP, M MQTT). */
export type BindingLetter = 'U' | 'T' | 'H' | 'M';

export interface LinkEndpoint extends CoapEndpoint {
  readonly timing: Timing;
  onUnmatchedResponse(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void;
}

/**
 * A new secure association (or TCP connection) was made after an earlier one ended; the first one
 * is not reported. The link sends a Registration Update then (client-runtime.ts explains why).
 */
export interface RenewableEndpoint extends LinkEndpoint {
  onRenewed(listener: () => void): () => void;
}

export function isRenewable(endpoint: LinkEndpoint): endpoint is RenewableEndpoint {
  return typeof (endpoint as Partial<RenewableEndpoint>).onRenewed === 'function';
}

/** Thrown for an account the client cannot use (RPK, EST, missing credentials): logged, account skipped. */
export class UnusableAccountError extends Error {
  override readonly name = 'UnusableAccountError';
}
