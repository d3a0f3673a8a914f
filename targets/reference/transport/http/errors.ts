/**
 * Errors of the LwM2M HTTP binding (TS-Transport 1.2 §7): an operation the binding cannot carry,
 * and an HTTP message that cannot be read as the CoAP-shaped exchange the LwM2M layer expects.
 * A peer that does not answer in time is the transport-neutral CoapTimeoutError (../coap-udp/errors.ts).
 */

/**
 * The request has no HTTP form in TS-Transport §7: Observe / Cancel Observation (§7.1.5: the
 * Information Reporting interface offers Send only), Read-/Write-/Observe-Composite (FETCH, iPATCH;
 * §7.1.4 note), or a method HTTP does not have.
 */
export class HttpBindingUnsupportedError extends Error {
  override readonly name = 'HttpBindingUnsupportedError';
}

/** An HTTP message the binding cannot map (status, Content-Type, Location, body), or a broken exchange. */
export class HttpBindingError extends Error {
  override readonly name = 'HttpBindingError';
}
