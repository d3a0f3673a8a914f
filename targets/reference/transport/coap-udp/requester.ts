/**
 * The client side of the request/response layer (RFC 7252 §5.2, §5.3): sends a request as CON
 * (with §4.2 retransmission) or NON and matches its response — piggy-backed in the ACK
 * (Message ID + token), or separate (token + peer, RFC 7252 §5.2.2, §5.3.2).
 */
import { randomFillSync } from 'node:crypto';
import type { CoapMessage, CoapRequestSpec, CoapResponse, PeerAddress } from './types';
import type { Timing } from './parameters';
import type { MessageIdAllocator } from './message-id';
import type { ConfirmableOutcome, ReliableSender, Transmit } from './retransmit';
import { CoapEndpointClosedError, CoapResetError, CoapTimeoutError, type ExchangeDescription } from './errors';
import { requestMessage, toCoapResponse } from './exchange-messages';
import { serialize } from './message';
import { describePeer, peerKey, resolvePeer } from './peer';

export interface RequesterContext {
  timing: Timing;
  type: 'udp4' | 'udp6';
  maxMessageSize: number;
  messageIds: MessageIdAllocator;
  sender: ReliableSender;
  transmit: Transmit;
}

/** A request waiting for its response. */
interface Pending {
  exchange: ExchangeDescription;
  respond(message: CoapMessage): void;
  reset(): void;
  fail(error: Error): void;
}

export class Requester {
  /** Pending requests by peer + token: separate and NON responses. */
  private readonly byToken = new Map<string, Pending>();
  /** Pending NON requests by peer + Message ID: a RST rejects them (RFC 7252 §4.3). */
  private readonly nonByMessageId = new Map<string, Pending>();
  private closed = false;
  private readonly tokens = new TokenPool();

  constructor(private readonly ctx: RequesterContext) {}

  /** Sends `spec` to `peer` and resolves with its response; see CoapEndpoint.request. */
  async request(peer: PeerAddress, spec: CoapRequestSpec, options: { timeoutMs?: number } = {}): Promise<CoapResponse> {
    if (this.closed) throw new CoapEndpointClosedError(`cannot send ${spec.method} ${spec.path}`);
    const target = await resolvePeer(peer, this.ctx.type);
    if (this.closed) throw new CoapEndpointClosedError(`cannot send ${spec.method} ${spec.path}`);
    const token = spec.token ?? this.tokens.next();
    const tokenKey = `${peerKey(target)}#${token.toString('hex')}`;
    if (this.byToken.has(tokenKey)) throw new Error(`token ${token.toString('hex')} is already in use for a pending request to ${describePeer(target)}`);
    const message = requestMessage(spec, this.ctx.messageIds.next(), token);
    serialize(message, this.ctx.maxMessageSize); // throws now, not inside a timer, if the spec cannot be encoded
    const exchange: ExchangeDescription = { peer: target, method: spec.method, path: spec.path };
    return this.exchange(target, message, exchange, tokenKey, options.timeoutMs ?? this.ctx.timing.exchangeLifetimeMs);
  }

  private exchange(peer: PeerAddress, message: CoapMessage, exchange: ExchangeDescription, tokenKey: string, timeoutMs: number): Promise<CoapResponse> {
    return new Promise<CoapResponse>((resolve, reject) => {
      const midKey = `${peerKey(peer)}#${message.messageId}`;
      let transmissions = (): number => 1;
      let cancelRetransmission = (): void => {};
      let done = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (settle: () => void): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.byToken.delete(tokenKey);
        this.nonByMessageId.delete(midKey);
        cancelRetransmission();
        settle();
      };
      const pending: Pending = {
        exchange,
        respond: (response) => finish(() => resolve(toCoapResponse(response))),
        reset: () => finish(() => reject(new CoapResetError(exchange))),
        fail: (error) => finish(() => reject(error)),
      };
      timer = setTimeout(() => pending.fail(new CoapTimeoutError(exchange, transmissions(), `no response within ${timeoutMs} ms`)), timeoutMs);
      timer.unref();
      this.byToken.set(tokenKey, pending);
      if (message.type === 'CON') {
        const con = this.ctx.sender.send(peer, message);
        transmissions = con.transmissions;
        cancelRetransmission = con.cancel;
        void con.outcome.then((outcome) => this.onConfirmableOutcome(outcome, message, exchange, pending));
      } else {
        this.nonByMessageId.set(midKey, pending);
        this.ctx.transmit(peer, message).catch((error: Error) => pending.fail(sendFailed(exchange, error)));
      }
    });
  }

  /** RFC 7252 §5.2.1 piggy-backed response, §5.2.2 empty ACK (wait for the separate response), §4.2 RST/give-up. */
  private onConfirmableOutcome(outcome: ConfirmableOutcome, request: CoapMessage, exchange: ExchangeDescription, pending: Pending): void {
    switch (outcome.kind) {
      case 'ack':
        if (outcome.message.code === '0.00') return; // separate response follows, matched by token
        if (outcome.message.token.equals(request.token)) pending.respond(outcome.message);
        else {
          const got = outcome.message.token.toString('hex') || '(empty)';
          pending.fail(new Error(`CoAP ${exchange.method} ${exchange.path} to ${describePeer(exchange.peer)}: piggy-backed response token ${got} does not match request token ${request.token.toString('hex') || '(empty)'} (RFC 7252 §5.3.2)`));
        }
        return;
      case 'reset':
        pending.reset();
        return;
      case 'timeout':
        pending.fail(new CoapTimeoutError(exchange, outcome.transmissions, 'no ACK or RST, gave up (RFC 7252 §4.2)'));
        return;
      case 'error':
        pending.fail(sendFailed(exchange, outcome.error));
        return;
      case 'cancelled':
        return;
    }
  }

  /** A separate (CON/NON) response: true if it completed a pending request (RFC 7252 §5.3.2). */
  handleResponse(peer: PeerAddress, message: CoapMessage): boolean {
    const pending = this.byToken.get(`${peerKey(peer)}#${message.token.toString('hex')}`);
    if (pending === undefined) return false;
    pending.respond(message);
    return true;
  }

  /** A RST that matched no CON in flight: it may reject one of our NON requests (RFC 7252 §4.3). */
  handleReset(peer: PeerAddress, message: CoapMessage): boolean {
    const pending = this.nonByMessageId.get(`${peerKey(peer)}#${message.messageId}`);
    if (pending === undefined) return false;
    pending.reset();
    return true;
  }

  /** Rejects every pending request (endpoint close). */
  close(): void {
    this.closed = true;
    for (const pending of [...this.byToken.values()]) {
      const { method, path, peer } = pending.exchange;
      pending.fail(new CoapEndpointClosedError(`${method} ${path} to ${describePeer(peer)} was still pending`));
    }
  }
}

function sendFailed(exchange: ExchangeDescription, error: Error): Error {
  return new Error(`CoAP ${exchange.method} ${exchange.path} to ${describePeer(exchange.peer)}: send failed: ${error.message}`, { cause: error });
}

/**
 * Fresh random 4-byte tokens (RFC 7252 §5.3.1: at least 32 bits of randomness for a client on the
 * open Internet), drawn from a 4 KiB pool refilled from the CSPRNG: one getrandom call per 1,024
 * requests instead of one per request.
 */
class TokenPool {
  private static readonly SIZE = 4096;
  private pool = Buffer.alloc(0);
  private offset = TokenPool.SIZE;

  next(): Buffer {
    if (this.offset + 4 > this.pool.length) {
      this.pool = randomFillSync(Buffer.allocUnsafe(TokenPool.SIZE));
      this.offset = 0;
    }
    const token = this.pool.subarray(this.offset, this.offset + 4);
    this.offset += 4;
    return token;
  }
}
