/**
 * `oscoreEndpoint(inner, contexts)`: a CoapEndpoint decorator that speaks OSCORE (RFC 8613) over any
 * transport endpoint (UDP, DTLS, TCP). LwM2M code above it does not know OSCORE is there.
 * - request(): the request is protected (§8.1) and sent as POST (FETCH with Observe); the response
 *   is verified (§8.4); a protected 4.01 with Echo is answered by repeating the request with that
 *   Echo once (RFC 9175 §2.4). Unprotected 4.xx/5.xx answers (the §8.2 errors are not protected) are
 *   returned as they are; any other unprotected or unverifiable response rejects the request.
 * - onRequest(): incoming requests are verified (§8.2) and handed to the handler decrypted; the
 *   response is protected (§8.3). Verification failures get the §8.2 error, unprotected, with
 *   Max-Age 0. Requests without OSCORE get 4.01 unless `unprotectedRequests: 'pass'`.
 * - Observe: notifications sent with sendMessage() are protected with the server's Partial IV;
 *   notifications received via onUnmatchedResponse() are verified and ordered (§4.1.3.5, §8.3, §8.4).
 * - Freshness after boot: the first request of each context is challenged with Echo
 *   (echo.ts; `echo: false` turns it off).
 */
import { randomBytes } from 'node:crypto';
import type { CoapEndpoint, CoapMessage, CoapRequestSpec, CoapResponse, PeerAddress, RequestHandler } from '../coap-udp/types';
import { requestMessage, toCoapResponse } from '../coap-udp/exchange-messages';
import { isRequestCode, isResponseCode, methodOf } from '../coap-udp/codes';
import type { SecurityContext } from './context';
import { OscoreContextStore } from './contexts';
import { EchoFreshness, echoChallengeOf } from './echo';
import { OscoreResponseError, OscoreVerificationError } from './errors';
import { ECHO, OBSERVE, OSCORE_OPTION, numberOf } from './option-classes';
import { Observations, peerTokenKey } from './observations';
import { oscoreFieldsOf, protectRequest, protectResponse, unprotectResponse, type RequestBinding } from './protect';
import { serveProtected } from './serve';

export interface OscoreEndpointOptions {
  /** Requests without the OSCORE option: 'reject' answers 4.01 Unauthorized (default); 'pass' hands them to the handler as they are. */
  unprotectedRequests?: 'reject' | 'pass';
  /** Challenge the first request of each context with Echo (RFC 9175, RFC 8613 App. B.1.2). Default true. */
  echo?: boolean;
  /** Send the ID Context as kid context in requests when the context has one (§6.1). Default true. */
  includeIdContext?: boolean;
}

export interface OscoreCoapEndpoint extends CoapEndpoint {
  /** The transport endpoint underneath: its transcript shows the protected messages as on the wire. */
  readonly inner: CoapEndpoint;
  readonly contexts: OscoreContextStore;
  onUnmatchedResponse(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void;
}

/** The token is not part of the protected plaintext (§5.3), so protecting before the inner endpoint picks it is sound. */
const NO_TOKEN = Buffer.alloc(0);
const hasOscore = (message: Pick<CoapMessage, 'options'>): boolean => message.options.some((o) => numberOf(o) === OSCORE_OPTION);
const observeOf = (message: Pick<CoapMessage, 'options'>): Buffer | undefined => message.options.find((o) => numberOf(o) === OBSERVE)?.value;

export function oscoreEndpoint(inner: CoapEndpoint, contexts: SecurityContext | readonly SecurityContext[] | OscoreContextStore, options: OscoreEndpointOptions = {}): OscoreCoapEndpoint {
  const store = contexts instanceof OscoreContextStore ? contexts : new OscoreContextStore(Array.isArray(contexts) ? contexts : [contexts as SecurityContext]);
  return new OscoreEndpoint(inner, store, options);
}

class OscoreEndpoint implements OscoreCoapEndpoint {
  private readonly freshness: EchoFreshness;
  /** Client side: registrations we sent, by token (notifications come back under it). */
  private readonly observing = new Observations();
  /** Server side: registrations we accepted, by peer + token (our notifications go out under it). */
  private readonly observed = new Observations();
  private readonly unmatched = new Set<(response: CoapResponse, peer: PeerAddress) => boolean | void>();

  constructor(
    readonly inner: CoapEndpoint,
    readonly contexts: OscoreContextStore,
    private readonly options: OscoreEndpointOptions,
  ) {
    this.freshness = new EchoFreshness(options.echo !== false);
    for (const context of contexts.all) this.freshness.boot(context);
    inner.onUnmatchedResponse?.((response, peer) => this.notification(response, peer));
  }

  get local(): PeerAddress {
    return this.inner.local;
  }

  async request(peer: PeerAddress, spec: CoapRequestSpec, options?: { timeoutMs?: number }): Promise<CoapResponse> {
    const first = await this.protectedExchange(peer, spec, options);
    const echo = first.oscore ? echoChallengeOf(first.message) : undefined; // an unprotected Echo is not trusted
    if (echo === undefined) return first;
    // RFC 9175 §2.4: repeat the request once with the server's Echo value inside (class E).
    return this.protectedExchange(peer, { ...spec, options: [...(spec.options ?? []).filter((o) => numberOf(o) !== ECHO), { name: String(ECHO), value: echo }] }, options);
  }

  /** Sends one protected request and returns the verified response (its `message` is the decrypted one; `oscore` false for an unprotected error). */
  private async protectedExchange(peer: PeerAddress, spec: CoapRequestSpec, options?: { timeoutMs?: number }): Promise<CoapResponse & { oscore: boolean }> {
    const context = this.contexts.forPeer(peer);
    if (!context) throw new OscoreResponseError(`no OSCORE Security Context for ${peer.address}:${peer.port}`);
    const observing = spec.observe === 0;
    // Only an observation needs to know its token now (notifications come back under it); otherwise the inner endpoint picks one.
    const token = spec.token ?? (observing ? randomBytes(4) : undefined);
    const { message, binding } = protectRequest(context, requestMessage(spec, 0, token ?? NO_TOKEN), { includeIdContext: this.options.includeIdContext });
    if (observing) this.observing.set(token!.toString('hex'), binding);
    else if (spec.observe === 1 && spec.token) this.observing.delete(spec.token.toString('hex')); // RFC 7641 §3.6 deregistration
    const outer: CoapRequestSpec = { method: methodOf(message.code)!, path: '', options: message.options, payload: message.payload, confirmable: spec.confirmable, token };
    let response: CoapResponse;
    try {
      response = await this.inner.request(peer, outer, options);
    } catch (error) {
      if (observing) this.observing.delete(token!.toString('hex'));
      throw error;
    }
    const verified = this.verifyResponse(binding, response.message, observing ? this.observing.get(token!.toString('hex')) : undefined);
    if (observing && (verified.observe === undefined || !verified.code.startsWith('2.'))) this.observing.delete(token!.toString('hex'));
    return verified;
  }

  private verifyResponse(binding: RequestBinding, message: CoapMessage, observation?: { highest: number }): CoapResponse & { oscore: boolean } {
    if (!hasOscore(message)) {
      // §8.2: a server's OSCORE errors are not protected; they are the only unprotected answers we take.
      if (isResponseCode(message.code) && !message.code.startsWith('2.')) return { ...toCoapResponse(message), oscore: false };
      throw new OscoreResponseError(`unprotected ${message.code} response to an OSCORE request (RFC 8613 §8.4)`);
    }
    let opened;
    try {
      opened = unprotectResponse(binding, message);
    } catch (error) {
      if (error instanceof OscoreVerificationError) throw new OscoreResponseError(`OSCORE response verification failed (RFC 8613 §8.4): ${error.message}`);
      throw error;
    }
    if (observation && opened.sequenceNumber !== undefined) {
      if (opened.sequenceNumber <= observation.highest) throw new OscoreResponseError(`notification Partial IV ${opened.sequenceNumber} not above ${observation.highest}: replay or reordering (RFC 8613 §7.4.1)`);
      observation.highest = opened.sequenceNumber;
    }
    return { ...toCoapResponse(opened.message), oscore: true };
  }

  /** A response that matched no pending request: a notification of one of our observations, verified before listeners see it. */
  private notification(response: CoapResponse, peer: PeerAddress): boolean {
    const key = response.message.token.toString('hex');
    const observation = this.observing.get(key);
    if (!observation || !hasOscore(response.message)) return false; // not ours, or unprotected: reject (RST)
    let verified: CoapResponse;
    try {
      verified = this.verifyResponse(observation.binding, response.message, observation);
    } catch {
      return false; // §8.4: discard what does not verify
    }
    if (verified.observe === undefined || !verified.code.startsWith('2.')) this.observing.delete(key); // RFC 7641 §3.2: the observation ended
    let accepted = false;
    for (const listener of [...this.unmatched]) {
      try {
        if (listener(verified, peer) === true) accepted = true;
      } catch {
        // a listener's bug is the listener's
      }
    }
    return accepted;
  }

  onUnmatchedResponse(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void {
    this.unmatched.add(listener);
    return () => {
      this.unmatched.delete(listener);
    };
  }

  onRequest(handler: RequestHandler): void {
    this.inner.onRequest(
      serveProtected(handler, {
        contexts: this.contexts,
        freshness: this.freshness,
        unprotectedRequests: this.options.unprotectedRequests ?? 'reject',
        observed: this.observed,
      }),
    );
  }

  onTranscript: CoapEndpoint['onTranscript'] = (listener) => this.inner.onTranscript(listener);

  /**
   * Sends a prepared message. A notification (a response under the token of an observation we
   * accepted) is protected with our Partial IV (§8.3); a request to a peer we have a context for is
   * protected (§8.1); anything already carrying OSCORE (a retransmission), Empty messages and
   * everything else go out as they are.
   */
  async sendMessage(peer: PeerAddress, message: Omit<CoapMessage, 'messageId'> & { messageId?: number }): Promise<CoapMessage> {
    if (hasOscore(message) || message.code === '0.00') return this.inner.sendMessage(peer, message);
    const full = { messageId: 0, ...message } as CoapMessage;
    if (isResponseCode(message.code)) {
      const key = peerTokenKey(peer, message.token);
      const observation = this.observed.get(key);
      if (!observation) return this.inner.sendMessage(peer, message);
      if (observeOf(message) === undefined || !message.code.startsWith('2.')) this.observed.delete(key);
      return this.inner.sendMessage(peer, { ...protectResponse(observation.binding, full, { partialIv: true }), messageId: message.messageId });
    }
    const context = isRequestCode(message.code) ? this.contexts.forPeer(peer) : undefined;
    if (!context) return this.inner.sendMessage(peer, message);
    return this.inner.sendMessage(peer, { ...protectRequest(context, full, { includeIdContext: this.options.includeIdContext }).message, messageId: message.messageId });
  }

  sendRaw(peer: PeerAddress, datagram: Buffer): Promise<void> {
    if (!this.inner.sendRaw) return Promise.reject(new Error('the inner endpoint cannot send raw datagrams'));
    return this.inner.sendRaw(peer, datagram);
  }

  close(): Promise<void> {
    this.observing.clear();
    this.observed.clear();
    this.unmatched.clear();
    return this.inner.close();
  }
}

