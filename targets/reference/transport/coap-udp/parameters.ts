/**
 * RFC 7252 §4.8 transmission parameters and the §4.8.2 derived time values.
 *
 * All values are in milliseconds. A `timeScale` below 1 shrinks every time value (ACK_TIMEOUT and
 * MAX_LATENCY, hence everything derived from them) so that the reference targets can run the
 * suite fast; 1 gives the RFC defaults.
 */
import type { TransmissionParameters } from './types';

/** RFC 7252 §4.8: ACK_TIMEOUT = 2 s, the initial retransmission timeout lower bound. */
export const ACK_TIMEOUT = 2000;
/** RFC 7252 §4.8: ACK_RANDOM_FACTOR = 1.5; initial timeout ∈ [ACK_TIMEOUT, ACK_TIMEOUT × ACK_RANDOM_FACTOR]. */
export const ACK_RANDOM_FACTOR = 1.5;
/** RFC 7252 §4.8: MAX_RETRANSMIT = 4 retransmissions after the first transmission. */
export const MAX_RETRANSMIT = 4;
/** RFC 7252 §4.8.2: MAX_LATENCY = 100 s, the assumed maximum datagram transit time. */
export const MAX_LATENCY = 100_000;
/** RFC 7252 §4.8.2: PROCESSING_DELAY = ACK_TIMEOUT. */
export const PROCESSING_DELAY = ACK_TIMEOUT;

/**
 * RFC 7252 §4.8.2: MAX_TRANSMIT_SPAN = ACK_TIMEOUT × (2^MAX_RETRANSMIT − 1) × ACK_RANDOM_FACTOR
 * (45 s): the longest time from the first to the last transmission of a CON.
 */
export const MAX_TRANSMIT_SPAN = ACK_TIMEOUT * (2 ** MAX_RETRANSMIT - 1) * ACK_RANDOM_FACTOR;

/**
 * RFC 7252 §4.8.2: MAX_TRANSMIT_WAIT = ACK_TIMEOUT × (2^(MAX_RETRANSMIT + 1) − 1) × ACK_RANDOM_FACTOR
 * (93 s): the longest time from the first transmission of a CON until the sender gives up.
 */
export const MAX_TRANSMIT_WAIT = ACK_TIMEOUT * (2 ** (MAX_RETRANSMIT + 1) - 1) * ACK_RANDOM_FACTOR;

/**
 * RFC 7252 §4.8.2: EXCHANGE_LIFETIME = MAX_TRANSMIT_SPAN + 2 × MAX_LATENCY + PROCESSING_DELAY
 * (247 s): how long a message ID must not be reused and a CON duplicate is remembered.
 */
export const EXCHANGE_LIFETIME = MAX_TRANSMIT_SPAN + 2 * MAX_LATENCY + PROCESSING_DELAY;

/** RFC 7252 §4.8.2: NON_LIFETIME = MAX_TRANSMIT_SPAN + MAX_LATENCY (145 s): NON duplicate window. */
export const NON_LIFETIME = MAX_TRANSMIT_SPAN + MAX_LATENCY;

/** The transmission parameters plus the §4.8.2 values derived from them, all in ms. */
export interface Timing extends TransmissionParameters {
  maxLatencyMs: number;
  processingDelayMs: number;
  maxTransmitSpanMs: number;
  maxTransmitWaitMs: number;
  exchangeLifetimeMs: number;
  nonLifetimeMs: number;
}

/**
 * Resolves the effective timing: RFC defaults, overridden by `transmission`, with ACK_TIMEOUT and
 * MAX_LATENCY multiplied by `timeScale`; the §4.8.2 formulas then give the derived values.
 */
export function resolveTiming(transmission: Partial<TransmissionParameters> = {}, timeScale = 1): Timing {
  if (!(timeScale > 0)) throw new RangeError(`timeScale must be > 0, got ${timeScale}`);
  const ackTimeoutMs = (transmission.ackTimeoutMs ?? ACK_TIMEOUT) * timeScale;
  const ackRandomFactor = transmission.ackRandomFactor ?? ACK_RANDOM_FACTOR;
  const maxRetransmit = transmission.maxRetransmit ?? MAX_RETRANSMIT;
  if (!(ackTimeoutMs > 0)) throw new RangeError(`ackTimeoutMs must be > 0, got ${ackTimeoutMs}`);
  if (!(ackRandomFactor >= 1)) throw new RangeError(`ackRandomFactor must be >= 1, got ${ackRandomFactor}`);
  if (!Number.isInteger(maxRetransmit) || maxRetransmit < 0) {
    throw new RangeError(`maxRetransmit must be a non-negative integer, got ${maxRetransmit}`);
  }
  const maxLatencyMs = MAX_LATENCY * timeScale;
  const processingDelayMs = ackTimeoutMs;
  const maxTransmitSpanMs = ackTimeoutMs * (2 ** maxRetransmit - 1) * ackRandomFactor;
  const maxTransmitWaitMs = ackTimeoutMs * (2 ** (maxRetransmit + 1) - 1) * ackRandomFactor;
  return {
    ackTimeoutMs,
    ackRandomFactor,
    maxRetransmit,
    maxLatencyMs,
    processingDelayMs,
    maxTransmitSpanMs,
    maxTransmitWaitMs,
    exchangeLifetimeMs: maxTransmitSpanMs + 2 * maxLatencyMs + processingDelayMs,
    nonLifetimeMs: maxTransmitSpanMs + maxLatencyMs,
  };
}
