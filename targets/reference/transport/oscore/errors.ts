/**
 * OSCORE failures (RFC 8613 §8). Each verification failure carries the CoAP error the receiving
 * server answers with (§8.2: 4.02 Bad Option, 4.01 Unauthorized, 4.00 Bad Request) and the
 * diagnostic payload the RFC suggests; the error responses themselves are not protected (§8.2).
 */

/** A Security Context that cannot be built (unknown algorithm, missing Master Secret, ...). */
export class OscoreConfigurationError extends Error {
  override readonly name = 'OscoreConfigurationError';
}

/** A received message that fails OSCORE verification. */
export class OscoreVerificationError extends Error {
  override readonly name = 'OscoreVerificationError';
  constructor(
    /** The CoAP error code a server answers with (RFC 8613 §8.2). */
    readonly code: '4.00' | '4.01' | '4.02',
    /** The diagnostic payload (RFC 7252 §5.5.2), e.g. `Replay detected`. */
    readonly diagnostic: string,
    detail?: string,
  ) {
    super(detail ? `${diagnostic}: ${detail}` : diagnostic);
  }
}

/** §8.2 step 2: the OSCORE option or the COSE object cannot be decoded. */
export const badOption = (detail: string): OscoreVerificationError => new OscoreVerificationError('4.02', 'Bad Option', detail);
/** §8.2 step 2: no Security Context for the kid (and kid context). */
export const contextNotFound = (detail?: string): OscoreVerificationError => new OscoreVerificationError('4.01', 'Security context not found', detail);
/** §8.2 step 3 / §7.4: the Partial IV was already received. */
export const replayDetected = (detail?: string): OscoreVerificationError => new OscoreVerificationError('4.01', 'Replay detected', detail);
/** §8.2 step 6: the AEAD tag does not verify. */
export const decryptionFailed = (detail?: string): OscoreVerificationError => new OscoreVerificationError('4.00', 'Decryption failed', detail);

/** RFC 8613 §7.2.1: the Sender Sequence Number passed its maximum; the context must not send again. */
export class OscoreSequenceExhaustedError extends Error {
  override readonly name = 'OscoreSequenceExhaustedError';
}

/** A response to one of our OSCORE requests that could not be verified (RFC 8613 §8.4). */
export class OscoreResponseError extends Error {
  override readonly name = 'OscoreResponseError';
}
