/**
 * The server side of an OSCORE endpoint (RFC 8613 §8.2, §8.3): wraps a RequestHandler so that the
 * handler sees the decrypted request and its response goes out protected.
 * - no OSCORE option: 4.01 Unauthorized (or the handler, with `unprotectedRequests: 'pass'`);
 * - verification failures: the §8.2 error (4.02 / 4.01 / 4.00 with the diagnostic payload), not
 *   protected (there is no verified request to bind it to), with Outer Max-Age 0 (§8.2);
 * - first request after boot: a protected 4.01 with Echo (echo.ts), answered with our Partial IV
 *   because the request may be a replay and its nonce must not be reused (App. B.1.2);
 * - an Observe registration keeps its binding so notifications can be protected (§8.3).
 */
import type { CoapOption, CoapResponseSpec, IncomingRequest, RequestHandler } from '../coap-udp/types';
import { responseMessage, toIncomingRequest } from '../coap-udp/exchange-messages';
import { uintOptionOf } from '../coap-udp/options';
import type { OscoreContextStore } from './contexts';
import type { EchoFreshness } from './echo';
import { OscoreVerificationError } from './errors';
import { ECHO, OSCORE_OPTION, numberOf } from './option-classes';
import { peerTokenKey, type Observations } from './observations';
import { protectResponse, unprotectRequest, type RequestBinding } from './protect';

/** What the handler learns about the OSCORE protection of a request. */
export interface OscoreRequestInfo {
  /** The kid of the request: the peer's Sender ID (our Recipient ID). */
  kid: Buffer;
  idContext?: Buffer;
  sequenceNumber: number;
}

/** An IncomingRequest that arrived OSCORE-protected carries `oscore`. */
export interface OscoreIncomingRequest extends IncomingRequest {
  oscore?: OscoreRequestInfo;
}

export interface ServeOptions {
  contexts: OscoreContextStore;
  freshness: EchoFreshness;
  unprotectedRequests: 'reject' | 'pass';
  observed: Observations;
}

const unprotectedError = (code: string, diagnostic: string): CoapResponseSpec => ({
  code,
  options: [uintOptionOf('Max-Age', 0)],
  payload: Buffer.from(diagnostic, 'utf8'),
});

/** The protected outer response for `spec` answering the request of `binding`. */
function protect(binding: RequestBinding, request: IncomingRequest, spec: CoapResponseSpec, partialIv: boolean): CoapResponseSpec {
  const inner = responseMessage(spec, 'ACK', 0, request.message.token);
  const outer = protectResponse(binding, inner, { partialIv });
  return { code: outer.code, options: outer.options, payload: outer.payload };
}

export function serveProtected(handler: RequestHandler, options: ServeOptions): RequestHandler {
  return (request) => {
    if (!request.message.options.some((o) => numberOf(o) === OSCORE_OPTION)) {
      if (options.unprotectedRequests === 'pass') return handler(request);
      return unprotectedError('4.01', 'OSCORE required');
    }
    let opened;
    try {
      opened = unprotectRequest(options.contexts.lookup, request.message, { acceptIntoWindow: false });
    } catch (error) {
      if (error instanceof OscoreVerificationError) return unprotectedError(error.code, error.diagnostic);
      throw error;
    }
    const { binding, sequenceNumber } = opened;
    const context = binding.context;
    const admission = options.freshness.admit(context, opened.message, sequenceNumber);
    if (admission.kind === 'challenge') {
      const echo: CoapOption = { name: String(ECHO), value: admission.echo };
      return protect(binding, request, { code: '4.01', options: [echo] }, true);
    }
    options.contexts.learn(request.peer, context);
    const decrypted = toIncomingRequest(opened.message, request.peer);
    if (!decrypted) return protect(binding, request, { code: '4.05' }, false);
    const inner: OscoreIncomingRequest = {
      ...decrypted,
      peerIdentity: request.peerIdentity ?? { mode: 'oscore', kid: binding.requestKid.toString('hex'), idContext: context.idContext?.toString('hex') },
      oscore: { kid: binding.requestKid, idContext: context.idContext, sequenceNumber },
    };
    const respond = (response: CoapResponseSpec | undefined): CoapResponseSpec | undefined => {
      if (response === undefined) return undefined;
      const key = peerTokenKey(request.peer, request.message.token);
      if (inner.observe === 0 && response.observe !== undefined && response.code.startsWith('2.')) options.observed.set(key, binding);
      else if (inner.observe === 1) options.observed.delete(key);
      // §8.3 / §4.1.3.5.2: a response that is a notification carries the server's own Partial IV.
      return protect(binding, request, response, response.observe !== undefined);
    };
    const failed = (): CoapResponseSpec => protect(binding, request, { code: '5.00' }, false);
    let result: ReturnType<RequestHandler>;
    try {
      result = handler(inner);
    } catch {
      return failed();
    }
    // A synchronous handler stays synchronous: the inner endpoint then answers without a separate-response timer.
    if (result instanceof Promise) return result.then(respond, failed);
    return respond(result);
  };
}
