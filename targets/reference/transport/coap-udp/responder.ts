/**
 * The server side of the request/response layer (RFC 7252 §5.2): hands each new request to the
 * handler once (§4.5 deduplication), answers piggy-backed in the ACK for CON, with a NON for NON,
 * or — when the handler is slow — with an empty ACK and then a separate CON response (§5.2.2).
 */
import type { CoapMessage, CoapResponseSpec, PeerAddress, RequestHandler } from './types';
import type { Timing } from './parameters';
import type { MessageIdAllocator } from './message-id';
import type { ReliableSender, Transmit } from './retransmit';
import type { DedupEntry, DuplicateCache } from './dedup';
import { responseMessage, toIncomingRequest } from './exchange-messages';
import { emptyMessage, serialize } from './message';

export interface ResponderContext {
  timing: Timing;
  maxMessageSize: number;
  /** Wait this long for the handler before sending an empty ACK (RFC 7252 §5.2.2); Infinity: never. */
  separateResponseAfterMs: number;
  messageIds: MessageIdAllocator;
  sender: ReliableSender;
  dedup: DuplicateCache;
  /** Sends and records one datagram; never rejects (failures go to the transcript). */
  transmit: Transmit;
}

/** Diagnostic payload (RFC 7252 §5.5.2): UTF-8 text, no Content-Format. */
function diagnostic(code: string, text: string): CoapResponseSpec {
  return { code, payload: Buffer.from(text, 'utf8') };
}

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
    const seen = this.ctx.dedup.lookup(peer, request.messageId);
    if (seen !== undefined) {
      // RFC 7252 §4.5: acknowledge each duplicate CON with the same ACK; process the request once.
      for (const reply of seen.replies) void this.ctx.transmit(peer, reply, 'reply to duplicate');
      return;
    }
    const lifetime = request.type === 'CON' ? this.ctx.timing.exchangeLifetimeMs : this.ctx.timing.nonLifetimeMs;
    const entry = this.ctx.dedup.remember(peer, request.messageId, lifetime);
    void this.process(peer, request, entry);
  }

  private async process(peer: PeerAddress, request: CoapMessage, entry: DedupEntry): Promise<void> {
    let separate = false;
    const slowTimer = request.type === 'CON' && Number.isFinite(this.ctx.separateResponseAfterMs)
      ? setTimeout(() => {
          separate = true;
          const ack = emptyMessage('ACK', request.messageId);
          entry.replies = [ack];
          void this.ctx.transmit(peer, ack, 'empty ACK: separate response follows');
        }, this.ctx.separateResponseAfterMs)
      : undefined;
    if (slowTimer !== undefined) {
      slowTimer.unref();
      this.slowTimers.add(slowTimer);
    }
    const spec = await this.callHandler(peer, request);
    if (slowTimer !== undefined) {
      clearTimeout(slowTimer);
      this.slowTimers.delete(slowTimer);
    }
    if (this.closed || spec === undefined) return; // undefined: a silent peer sends nothing at all
    const response = this.build(spec, request, separate);
    if (request.type === 'CON' && !separate) entry.replies = [response];
    if (response.type === 'CON') void this.ctx.sender.send(peer, response).outcome;
    else void this.ctx.transmit(peer, response);
  }

  /** Runs the handler; an unknown method gets 4.05 (RFC 7252 §5.8), a throw gets 5.00. */
  private async callHandler(peer: PeerAddress, request: CoapMessage): Promise<CoapResponseSpec | undefined> {
    const incoming = toIncomingRequest(request, peer);
    if (incoming === undefined) return diagnostic('4.05', `method code ${request.code} is not supported`);
    if (this.handler === undefined) return diagnostic('4.04', 'no request handler is installed on this endpoint');
    try {
      return await this.handler(incoming);
    } catch (error) {
      return diagnostic('5.00', `request handler failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The response message; a spec that cannot be encoded becomes a 5.00 with the reason. */
  private build(spec: CoapResponseSpec, request: CoapMessage, separate: boolean): CoapMessage {
    const make = (s: CoapResponseSpec): CoapMessage =>
      request.type === 'NON'
        ? responseMessage(s, 'NON', this.ctx.messageIds.next(), request.token)
        : separate
          ? responseMessage(s, 'CON', this.ctx.messageIds.next(), request.token)
          : responseMessage(s, 'ACK', request.messageId, request.token);
    try {
      const response = make(spec);
      serialize(response, this.ctx.maxMessageSize);
      return response;
    } catch (error) {
      return make(diagnostic('5.00', `invalid response from the request handler: ${(error as Error).message}`));
    }
  }

  close(): void {
    this.closed = true;
    for (const timer of this.slowTimers) clearTimeout(timer);
    this.slowTimers.clear();
  }
}
