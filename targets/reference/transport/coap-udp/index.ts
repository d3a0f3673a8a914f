/**
 * CoAP over UDP (RFC 7252): the public surface of the transport.
 */
export type * from './types';
export { createChannelEndpoint, createUdpEndpoint, type ChannelEndpointOptions, type UdpCoapEndpoint, type UdpEndpointOptions } from './endpoint';
export { socketChannel, type DatagramChannel } from './channel';
export { CoapEndpointClosedError, CoapResetError, CoapTimeoutError, type ExchangeDescription } from './errors';
export { CODE_NAMES, formatCoapMessage, type PayloadDescriber } from './format';
export { METHOD_CODES } from './codes';
export { decodeUint, encodeUint, pathOf, queryOf, parseDatagram, serialize } from './message';
export {
  ACK_RANDOM_FACTOR,
  ACK_TIMEOUT,
  EXCHANGE_LIFETIME,
  MAX_RETRANSMIT,
  MAX_TRANSMIT_SPAN,
  MAX_TRANSMIT_WAIT,
  NON_LIFETIME,
  resolveTiming,
  type Timing,
} from './parameters';
