/**
 * A CoAP-over-UDP endpoint (RFC 7252 message and request/response layers) on node:dgram, with a
 * one-pass wire codec (wire.ts) pinned byte for byte to coap-packet by a differential property test.
 *
 * Why not node-coap's Agent/Server: an LwM2M client must serve requests on the same socket it
 * sent its Register from, and an LwM2M server must send its Device Management requests from the
 * socket the client registered to. node-coap's Agent answers every incoming request it did not
 * originate on a shared socket with RST (node_modules/coap/dist/lib/agent.js, `_handle`, ~line 147), and the
 * test harness needs message-level control: stay silent, send RST, record every datagram. So one
 * socket here plays both roles, and every datagram in and out goes to the transcript.
 *
 * Malformed datagrams (RFC 7252 §3 message format errors) are recorded with the reason and then
 * ignored: §4.2/§4.3 allow rejecting them with RST, but ignoring is always allowed and cannot
 * feed a reflection loop.
 */
import type { CoapEndpoint, CoapMessage, CoapResponse, PeerAddress, TransmissionParameters } from './types';
import { resolveTiming, type Timing } from './parameters';
import { classify } from './classify';
import { DuplicateCache } from './dedup';
import { CoapEndpointClosedError } from './errors';
import { toCoapResponse } from './exchange-messages';
import { DEFAULT_MAX_MESSAGE_SIZE, emptyMessage, parseDatagram, serialize } from './message';
import { MessageIdAllocator } from './message-id';
import { describePeer } from './peer';
import { Requester } from './requester';
import { Responder } from './responder';
import { ReliableSender } from './retransmit';
import { bindSocket } from './socket';
import { socketChannel, type DatagramChannel } from './channel';
import { Transcript } from './transcript';

export interface UdpEndpointOptions {
  /** Default `127.0.0.1` (`::1` for udp6). */
  address?: string;
  /** Default 0: the OS picks a free port. */
  port?: number;
  /** Default: udp6 if `address` contains `:`, else udp4. */
  type?: 'udp4' | 'udp6';
  transmission?: Partial<TransmissionParameters>;
  /** Multiplies ACK_TIMEOUT and MAX_LATENCY (and so every derived time); 1 = RFC 7252 values. */
  timeScale?: number;
  /**
   * Send an empty ACK when the handler takes longer than this (RFC 7252 §5.2.2); default
   * ACK_TIMEOUT/2; Infinity: never. A handler that then returns undefined has still ACKed: a peer
   * meant to stay fully silent should decide quickly or set Infinity.
   */
  separateResponseAfterMs?: number;
  /** Largest message we build (RFC 7252 §4.6); default 1280. */
  maxMessageSize?: number;
  /** First Message ID (default random, RFC 7252 §4.4); for tests. */
  initialMessageId?: number;
  /** Random source for the §4.2 initial timeout; for tests. */
  random?: () => number;
}

/** The endpoint with its optional extras always present. */
export interface UdpCoapEndpoint extends CoapEndpoint {
  readonly timing: Timing;
  onUnmatchedResponse(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void;
  sendRaw(peer: PeerAddress, datagram: Buffer): Promise<void>;
}

/** The largest UDP payload; the limit for `sendMessage`, which sends what it is given. */
const MAX_UDP_PAYLOAD = 65507;

/** Binds a socket and returns a CoAP endpoint on it. */
export async function createUdpEndpoint(options: UdpEndpointOptions = {}): Promise<UdpCoapEndpoint> {
  const type = options.type ?? (options.address?.includes(':') ? 'udp6' : 'udp4');
  const address = options.address ?? (type === 'udp6' ? '::1' : '127.0.0.1');
  const timing = resolveTiming(options.transmission, options.timeScale ?? 1);
  const socket = await bindSocket(type, address, options.port ?? 0);
  return new UdpEndpoint(socketChannel(socket, type), timing, options);
}

/** Options that concern the message layer only (the channel is already bound). */
export type ChannelEndpointOptions = Omit<UdpEndpointOptions, 'address' | 'port' | 'type'>;

/** A CoAP endpoint over any datagram channel (e.g. DTLS, RFC 7252 §9.1). */
export function createChannelEndpoint(channel: DatagramChannel, options: ChannelEndpointOptions = {}): UdpCoapEndpoint {
  return new UdpEndpoint(channel, resolveTiming(options.transmission, options.timeScale ?? 1), options);
}

class UdpEndpoint implements UdpCoapEndpoint {
  readonly local: PeerAddress;
  private readonly transcript = new Transcript();
  private readonly unmatched = new Set<(response: CoapResponse, peer: PeerAddress) => boolean | void>();
  private readonly dedup = new DuplicateCache();
  private readonly messageIds: MessageIdAllocator;
  private readonly sender: ReliableSender;
  private readonly requester: Requester;
  private readonly responder: Responder;
  private readonly maxMessageSize: number;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly channel: DatagramChannel,
    readonly timing: Timing,
    options: UdpEndpointOptions,
  ) {
    const type = channel.type;
    this.local = channel.local;
    this.maxMessageSize = options.maxMessageSize ?? DEFAULT_MAX_MESSAGE_SIZE;
    this.messageIds = new MessageIdAllocator(options.initialMessageId);
    const transmit = (peer: PeerAddress, message: CoapMessage, note?: string, raw?: Buffer): Promise<void> => {
      try {
        return this.transmit(peer, message, this.maxMessageSize, note, raw);
      } catch (error) {
        return Promise.reject(error as Error);
      }
    };
    this.sender = new ReliableSender(transmit, timing, options.random);
    const shared = { timing, maxMessageSize: this.maxMessageSize, messageIds: this.messageIds, sender: this.sender, transmit };
    this.requester = new Requester({ ...shared, type });
    const separateResponseAfterMs = options.separateResponseAfterMs ?? timing.ackTimeoutMs / 2;
    const identify = channel.peerIdentity?.bind(channel);
    this.responder = new Responder({ ...shared, dedup: this.dedup, separateResponseAfterMs, identify, transmit: (p, m, n, r) => this.transmitQuietly(p, m, n, r) });
    channel.onDatagram((raw, peer) => this.receive(raw, peer));
  }

  request: CoapEndpoint['request'] = (peer, spec, options) => this.requester.request(peer, spec, options);

  onRequest: CoapEndpoint['onRequest'] = (handler) => this.responder.setHandler(handler);

  onTranscript: CoapEndpoint['onTranscript'] = (listener) => this.transcript.subscribe(listener);

  onUnmatchedResponse(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void {
    this.unmatched.add(listener);
    return () => {
      this.unmatched.delete(listener);
    };
  }

  async sendMessage(peer: PeerAddress, message: Omit<CoapMessage, 'messageId'> & { messageId?: number }): Promise<CoapMessage> {
    const full: CoapMessage = { ...message, messageId: message.messageId ?? this.messageIds.next() };
    await this.transmit(peer, full, MAX_UDP_PAYLOAD);
    return full;
  }

  async sendRaw(peer: PeerAddress, datagram: Buffer): Promise<void> {
    this.assertOpen();
    const parsed = parseDatagram(datagram);
    this.transcript.emit({ time: Date.now(), direction: 'out', peer, message: parsed.message, raw: datagram, note: parsed.error && `raw datagram: ${parsed.error}` });
    await this.channel.send(peer, datagram);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.requester.close();
      this.responder.close();
      this.sender.cancelAll();
      this.dedup.clear();
      await this.channel.close();
      this.transcript.clear();
      this.unmatched.clear();
    })();
    return this.closing;
  }

  /** Serializes (unless `raw` is given), records and sends one message; rejects if it cannot be encoded or sent. */
  private transmit(peer: PeerAddress, message: CoapMessage, maxLength: number, note?: string, prebuilt?: Buffer): Promise<void> {
    this.assertOpen();
    const raw = prebuilt ?? serialize(message, maxLength);
    if (this.transcript.active) this.transcript.emit({ time: Date.now(), direction: 'out', peer, message, raw, note });
    return this.channel.send(peer, raw).catch((error: Error) => {
      const reason = `send to ${describePeer(peer)} failed: ${error.message}`;
      this.transcript.emit({ time: Date.now(), direction: 'out', peer, message, raw, error: reason, note });
      throw error;
    });
  }

  /** As `transmit`, for messages nobody awaits (replies): no promise; a failure only goes to the transcript. */
  private transmitQuietly(peer: PeerAddress, message: CoapMessage, note?: string, prebuilt?: Buffer): void {
    if (this.closing !== undefined) return;
    let raw: Buffer;
    try {
      raw = prebuilt ?? serialize(message, this.maxMessageSize);
    } catch (error) {
      this.transcript.emit({ time: Date.now(), direction: 'out', peer, message, raw: Buffer.alloc(0), error: `cannot encode: ${(error as Error).message}`, note });
      return;
    }
    if (!this.transcript.active) {
      // Nobody records: a failure would be reported to no one, so skip the completion callback (and its tick).
      this.channel.sendQuietly(peer, raw);
      return;
    }
    this.transcript.emit({ time: Date.now(), direction: 'out', peer, message, raw, note });
    this.channel.sendQuietly(peer, raw, (error) => {
      this.transcript.emit({ time: Date.now(), direction: 'out', peer, message, raw, error: `send to ${describePeer(peer)} failed: ${error.message}`, note });
    });
  }

  private assertOpen(): void {
    if (this.closing !== undefined) throw new CoapEndpointClosedError('cannot send');
  }

  /** The socket listener: parse, record, dispatch. Never throws. */
  private receive(raw: Buffer, peer: PeerAddress): void {
    if (this.closing !== undefined) return;
    const parsed = parseDatagram(raw);
    if (parsed.error !== undefined) {
      this.transcript.emit({ time: Date.now(), direction: 'in', peer, raw, error: parsed.error, note: 'ignored: message format error (RFC 7252 §4.2, §4.3)' });
      return;
    }
    const message = parsed.message;
    const disposition = classify(message);
    if (this.transcript.active) {
      const note = disposition.kind === 'reject' || disposition.kind === 'ignore' ? `${disposition.kind}ed: ${disposition.reason}` : undefined;
      this.transcript.emit({ time: Date.now(), direction: 'in', peer, message, raw, note });
    }
    try {
      this.dispatch(peer, message, disposition.kind);
    } catch (error) {
      this.transcript.emit({ time: Date.now(), direction: 'in', peer, message, raw, error: `internal error while handling: ${(error as Error).stack ?? String(error)}` });
    }
  }

  private dispatch(peer: PeerAddress, message: CoapMessage, kind: ReturnType<typeof classify>['kind']): void {
    switch (kind) {
      case 'settle':
        if (!this.sender.settle(peer, message) && message.type === 'RST') this.requester.handleReset(peer, message);
        return;
      case 'request':
        this.responder.handle(peer, message);
        return;
      case 'response':
        this.receiveResponse(peer, message);
        return;
      case 'reject':
        this.reply(peer, emptyMessage('RST', message.messageId), 'reject (RFC 7252 §4.2)');
        return;
      case 'ignore':
        return;
    }
  }

  /** A separate CON/NON response (RFC 7252 §5.2.2): match, ACK or reject; duplicates get the same reply (§4.5). */
  private receiveResponse(peer: PeerAddress, message: CoapMessage): void {
    const seen = this.dedup.lookup(peer, message.messageId);
    if (seen !== undefined) {
      if (seen.reply) this.transmitQuietly(peer, parseDatagram(seen.reply).message!, 'reply to duplicate', seen.reply);
      return;
    }
    const lifetime = message.type === 'CON' ? this.timing.exchangeLifetimeMs : this.timing.nonLifetimeMs;
    const entry = this.dedup.remember(peer, message.messageId, lifetime);
    const accepted = this.requester.handleResponse(peer, message) || this.offerUnmatched(peer, message);
    if (message.type !== 'CON') return;
    const reply = emptyMessage(accepted ? 'ACK' : 'RST', message.messageId);
    entry.reply = serialize(reply);
    this.transmitQuietly(peer, reply, accepted ? undefined : 'no matching exchange: rejected (RFC 7252 §4.2)', entry.reply);
  }

  private offerUnmatched(peer: PeerAddress, message: CoapMessage): boolean {
    let accepted = false;
    const response = toCoapResponse(message);
    for (const listener of [...this.unmatched]) {
      try {
        if (listener(response, peer) === true) accepted = true;
      } catch {
        // a listener's bug is the listener's; the message layer carries on
      }
    }
    return accepted;
  }

  private reply(peer: PeerAddress, message: CoapMessage, note?: string): void {
    this.transmitQuietly(peer, message, note);
  }
}
