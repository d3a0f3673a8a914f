/**
 * The server side of the request/response layer (RFC 7252 §5.2): hands each new request to the
 * handler once (§4.5 deduplication), answers piggy-backed in the ACK for CON, with a NON for NON,
 * or — when the handler is slow — with an empty ACK and then a separate CON response (§5.2.2).
 */
import type { CoapMessage, CoapResponseSpec, PeerAddress, PeerIdentity, RequestHandler } from './types';
import type { Timing } from './parameters';
import type { MessageIdAllocator } from './message-id';
import type { ReliableSender } from './retransmit';
import type { DedupEntry, DuplicateCache } from './dedup';
import { responseMessage, toIncomingRequest } from './exchange-messages';
import { emptyMessage, parseDatagram, serialize } from './message';
import { peerKey } from './peer';

export interface ResponderContext {
  timing: Timing;
  maxMessageSize: number;
  /** Wait this long for the handler before sending an empty ACK (RFC 7252 §5.2.2); Infinity: never. */
  separateResponseAfterMs: number;
  messageIds: MessageIdAllocator;
  sender: ReliableSender;
  dedup: DuplicateCache;
  /** Sends and records one datagram (`raw`: its bytes, when already serialized); failures go to the transcript. */
  transmit: (peer: PeerAddress, message: CoapMessage, note?: string, raw?: Buffer) => void;
  /** Who the peer authenticated as, on secured channels (DTLS); copied onto each IncomingRequest. */
  identify?: (peer: PeerAddress) => PeerIdentity | undefined;
}

/** Diagnostic payload (RFC 7252 §5.5.2): UTF-8 text, no Content-Format. */
function diagnostic(code: string, text: string): CoapResponseSpec {
  return { code, payload: Buffer.from(text, 'utf8') };
}

/** A handler that threw gets 5.00 with the reason (RFC 7252 §5.9.3). */
function handlerFailed(error: unknown): CoapResponseSpec {
  return diagnostic('5.00', `request handler failed: ${error instanceof Error ? error.message : String(error)}`);
}

const isPromiseLike = (x: unknown): x is PromiseLike<CoapResponseSpec | undefined> => typeof (x as PromiseLike<unknown> | null)?.then === 'function';

export class Responder {
  private handler: RequestHandler | undefined;
  private readonly slowTimers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly ctx: ResponderContext) {}

  setHandler(handler: RequestHandler): void {
    this.handler = handler;
  }

  /** Handles a CON/NON request message from `peer`. */
  handle(peer: PeerAddress, request: CoapMessage): void {
    const key = peerKey(peer);
    const seen = this.ctx.dedup.lookup(peer, request.messageId, key);
    if (seen !== undefined) {
      // RFC 7252 §4.5: acknowledge each duplicate CON with the same ACK; process the request once.
      if (seen.reply) this.ctx.transmit(peer, parseDatagram(seen.reply).message!, 'reply to duplicate', seen.reply);
      return;
    }
    const lifetime = request.type === 'CON' ? this.ctx.timing.exchangeLifetimeMs : this.ctx.timing.nonLifetimeMs;
    const entry = this.ctx.dedup.remember(peer, request.messageId, lifetime, key);
    this.process(peer, request, entry);
  }

  /**
   * Runs the handler. A handler that answers synchronously (the LwM2M registration interface does)
   * is answered in the same turn, with no timer; a pending one gets the §5.2.2 separate-response
   * timer and is awaited.
   */
  private process(peer: PeerAddress, request: CoapMessage, entry: DedupEntry): void {
    let outcome: ReturnType<RequestHandler> | CoapResponseSpec | undefined;
    try {
      outcome = this.callHandler(peer, request);
    } catch (error) {
      outcome = handlerFailed(error);
    }
    if (isPromiseLike(outcome)) {
      void this.processLater(peer, request, entry, outcome);
      return;
    }
    this.respond(peer, request, entry, outcome, false);
  }

  private async processLater(peer: PeerAddress, request: CoapMessage, entry: DedupEntry, pending: PromiseLike<CoapResponseSpec | undefined>): Promise<void> {
    let separate = false;
    const slowTimer = request.type === 'CON' && Number.isFinite(this.ctx.separateResponseAfterMs)
      ? setTimeout(() => {
          separate = true;
          const ack = emptyMessage('ACK', request.messageId);
          entry.reply = serialize(ack);
          this.ctx.transmit(peer, ack, 'empty ACK: separate response follows', entry.reply);
        }, this.ctx.separateResponseAfterMs)
      : undefined;
    if (slowTimer !== undefined) {
      slowTimer.unref();
      this.slowTimers.add(slowTimer);
    }
    let spec: CoapResponseSpec | undefined;
    try {
      spec = await pending;
    } catch (error) {
      spec = handlerFailed(error);
    }
    if (slowTimer !== undefined) {
      clearTimeout(slowTimer);
      this.slowTimers.delete(slowTimer);
    }
    this.respond(peer, request, entry, spec, separate);
  }

  private respond(peer: PeerAddress, request: CoapMessage, entry: DedupEntry, spec: CoapResponseSpec | undefined, separate: boolean): void {
    if (this.closed || spec === undefined) return; // undefined: a silent peer sends nothing at all
    const { message, raw } = this.build(spec, request, separate);
    if (request.type === 'CON' && !separate) entry.reply = raw;
    if (message.type === 'CON') void this.ctx.sender.send(peer, message).outcome;
    else this.ctx.transmit(peer, message, undefined, raw);
  }

  /** The handler's answer (maybe pending); an unknown method gets 4.05 (RFC 7252 §5.8). */
  private callHandler(peer: PeerAddress, request: CoapMessage): ReturnType<RequestHandler> {
    const incoming = toIncomingRequest(request, peer);
    if (incoming === undefined) return diagnostic('4.05', `method code ${request.code} is not supported`);
    const identity = this.ctx.identify?.(peer);
    if (identity !== undefined) incoming.peerIdentity = identity;
    if (this.handler === undefined) return diagnostic('4.04', 'no request handler is installed on this endpoint');
    return this.handler(incoming);
  }

  /** The response message and its bytes; a spec that cannot be encoded becomes a 5.00 with the reason. */
  private build(spec: CoapResponseSpec, request: CoapMessage, separate: boolean): { message: CoapMessage; raw: Buffer } {
    try {
      const message = this.responseTo(spec, request, separate);
      return { message, raw: serialize(message, this.ctx.maxMessageSize) };
    } catch (error) {
      const message = this.responseTo(diagnostic('5.00', `invalid response from the request handler: ${(error as Error).message}`), request, separate);
      return { message, raw: serialize(message, this.ctx.maxMessageSize) };
    }
  }

  /** Piggy-backed in the ACK, a separate CON, or a NON for a NON request (RFC 7252 §5.2). */
  private responseTo(spec: CoapResponseSpec, request: CoapMessage, separate: boolean): CoapMessage {
    if (request.type === 'NON') return responseMessage(spec, 'NON', this.ctx.messageIds.next(), request.token);
    if (separate) return responseMessage(spec, 'CON', this.ctx.messageIds.next(), request.token);
    return responseMessage(spec, 'ACK', request.messageId, request.token);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.slowTimers) clearTimeout(timer);
    this.slowTimers.clear();
  }
}
