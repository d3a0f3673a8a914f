/**
 * One CoAP-over-TCP/TLS connection (RFC 8323): framing, the CSM exchange, Ping/Pong, Release and
 * Abort. Requests and responses go up to the endpoint; reliability is TCP's, so there is no ACK,
 * RST, retransmission or deduplication (§2, §3).
 *
 * - §5.3: our CSM is the first frame we send; the peer's CSM must be the first frame we receive,
 *   and it must arrive within `csmTimeoutMs`. A missing or invalid CSM aborts the connection.
 * - §5.6: a malformed frame, an oversized frame or an unknown critical signaling option gets an
 *   Abort with a diagnostic payload, and the connection is closed. Nothing here throws to Node.
 */
import type { Socket } from 'node:net';
import type { CoapMessage, PeerAddress, TranscriptEntry } from '../coap-udp/types';
import { decodeUint } from '../coap-udp/options';
import { encodeFrame } from './frame';
import { FrameReader } from './frame-reader';
import { BASE_MAX_MESSAGE_SIZE, SIGNAL, abort, csm, isSignal, pong, unknownCriticalSignalOption } from './signaling';

export interface ConnectionOptions {
  /** Largest frame we accept and announce in our CSM (§5.3.1). */
  maxMessageSize: number;
  /** Announce Block-Wise-Transfer in our CSM (§5.3.2). */
  blockWise: boolean;
  csmTimeoutMs: number;
  emit(entry: TranscriptEntry): void;
  /** A request or response (not signaling, not Empty) from the peer, after its CSM. */
  onMessage(connection: Connection, message: CoapMessage): void;
  onClose(connection: Connection, reason: string): void;
}

/** What the peer announced in its CSM. */
export interface PeerCapabilities {
  maxMessageSize: number;
  blockWise: boolean;
}

export class Connection {
  /** Resolves when the peer's CSM arrived; rejects when the connection ends first. */
  readonly ready: Promise<PeerCapabilities>;
  readonly peer: PeerAddress;
  private readonly reader: FrameReader;
  private capabilities: PeerCapabilities | undefined;
  private readonly pongs = new Map<string, () => void>();
  private settleReady!: { resolve(c: PeerCapabilities): void; reject(e: Error): void };
  private csmTimer: NodeJS.Timeout | undefined;
  private closedReason: string | undefined;

  constructor(
    readonly socket: Socket,
    private readonly options: ConnectionOptions,
  ) {
    this.peer = { address: socket.remoteAddress ?? '?', port: socket.remotePort ?? 0 };
    this.reader = new FrameReader(options.maxMessageSize);
    this.ready = new Promise((resolve, reject) => (this.settleReady = { resolve, reject }));
    this.ready.catch(() => {}); // observed by whoever awaits it; never an unhandled rejection
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', (error) => this.finish(`socket error: ${error.message}`));
    socket.on('close', () => this.finish('connection closed by the peer'));
  }

  /** Sends our CSM and starts the CSM timer; call once the connection (and TLS) is up. */
  start(): void {
    this.send(csm(this.options.maxMessageSize, this.options.blockWise), 'our CSM (RFC 8323 §5.3)');
    this.csmTimer = setTimeout(() => this.abort(`no CSM from the peer within ${this.options.csmTimeoutMs} ms (RFC 8323 §5.3)`), this.options.csmTimeoutMs);
    this.csmTimer.unref();
  }

  get open(): boolean {
    return this.closedReason === undefined;
  }

  /** The peer's Max-Message-Size: the §5.3.1 base value until its CSM arrives. */
  get peerMaxMessageSize(): number {
    return this.capabilities?.maxMessageSize ?? BASE_MAX_MESSAGE_SIZE;
  }

  /** Encodes, records and writes one message; throws if it cannot be encoded or the connection is closed. */
  send(message: CoapMessage, note?: string): void {
    if (!this.open) throw new Error(`connection to ${this.peer.address}:${this.peer.port} is closed: ${this.closedReason}`);
    const raw = encodeFrame({ ...message, transport: 'tcp' }, isSignal(message.code) ? Number.MAX_SAFE_INTEGER : this.peerMaxMessageSize);
    this.writeRaw(raw, { ...message, transport: 'tcp' }, note);
  }

  /** Writes bytes as they are (malformed-frame tests); recorded in the transcript. */
  writeRaw(raw: Buffer, message?: CoapMessage, note?: string): void {
    if (!this.open) throw new Error(`connection to ${this.peer.address}:${this.peer.port} is closed: ${this.closedReason}`);
    this.options.emit({ time: Date.now(), direction: 'out', peer: this.peer, message, raw, note });
    this.socket.write(raw);
  }

  /** §5.4: sends a Ping and resolves on the matching Pong; rejects after `timeoutMs` or on close. */
  ping(token: Buffer, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const key = token.toString('hex');
      const timer = setTimeout(() => {
        this.pongs.delete(key);
        reject(new Error(`no Pong within ${timeoutMs} ms (RFC 8323 §5.4)`));
      }, timeoutMs);
      this.pongs.set(key, () => {
        clearTimeout(timer);
        resolve();
      });
      try {
        this.send({ type: 'CON', code: SIGNAL.Ping, messageId: 0, token, options: [], payload: Buffer.alloc(0) });
      } catch (error) {
        clearTimeout(timer);
        this.pongs.delete(key);
        reject(error as Error);
      }
    });
  }

  /** §5.6: sends Abort with `diagnostic`, then closes. */
  abort(diagnostic: string, badCsmOption?: number): void {
    if (!this.open) return;
    try {
      this.send(abort(diagnostic, badCsmOption), 'abort (RFC 8323 §5.6)');
    } catch {
      // the socket is going anyway
    }
    this.finish(`aborted: ${diagnostic}`);
    this.socket.end();
    setTimeout(() => this.socket.destroy(), 200).unref();
  }

  /** Graceful close: FIN, then a bounded wait for the peer's FIN. */
  close(reason = 'closed by us'): Promise<void> {
    this.finish(reason);
    if (this.socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.socket.destroy(), 500);
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.end();
    });
  }

  private receive(chunk: Buffer): void {
    if (!this.open) return;
    for (const item of this.reader.push(chunk)) {
      if (item.error !== undefined) {
        this.options.emit({ time: Date.now(), direction: 'in', peer: this.peer, raw: item.raw, error: item.error, note: 'message format error: abort (RFC 8323 §5.6)' });
        this.abort(item.error);
        return;
      }
      this.options.emit({ time: Date.now(), direction: 'in', peer: this.peer, message: item.message, raw: item.raw });
      try {
        this.handle(item.message);
      } catch (error) {
        this.options.emit({ time: Date.now(), direction: 'in', peer: this.peer, message: item.message, raw: item.raw, error: `internal error while handling: ${(error as Error).stack ?? String(error)}` });
      }
      if (!this.open) return;
    }
  }

  private handle(message: CoapMessage): void {
    if (this.capabilities === undefined) {
      if (message.code !== SIGNAL.CSM) return this.abort(`the first message must be a CSM (RFC 8323 §5.3), got ${message.code}`);
      return this.acceptCsm(message);
    }
    if (message.code === '0.00') return; // §4.4: Empty messages are ignored
    if (!isSignal(message.code)) return this.options.onMessage(this, message);
    const critical = unknownCriticalSignalOption(message);
    if (critical !== undefined) return this.abort(`unknown critical option ${critical} in ${message.code} (RFC 8323 §5.2)`, critical);
    switch (message.code) {
      case SIGNAL.CSM:
        return this.acceptCsm(message); // §5.3: later CSMs update the capabilities
      case SIGNAL.Ping:
        return this.send(pong(message.token), 'Pong (RFC 8323 §5.4)');
      case SIGNAL.Pong:
        return this.settlePong(message.token);
      case SIGNAL.Release:
        void this.close(`released by the peer (RFC 8323 §5.5): ${message.payload.toString('utf8')}`);
        return;
      case SIGNAL.Abort:
        this.finish(`aborted by the peer (RFC 8323 §5.6): ${message.payload.toString('utf8')}`);
        this.socket.destroy();
        return;
      default:
        return; // unknown signaling codes are ignored
    }
  }

  /**
   * §5.4: a Pong carries its Ping's token. libcoap 4.3.1 answers every Ping with an empty-token Pong
   * (seen in its -v 7 log), so an empty-token Pong settles the oldest outstanding Ping.
   */
  private settlePong(token: Buffer): void {
    const key = token.length > 0 || this.pongs.has('') ? token.toString('hex') : this.pongs.keys().next().value;
    if (key === undefined) return;
    this.pongs.get(key)?.();
    this.pongs.delete(key);
  }

  private acceptCsm(message: CoapMessage): void {
    const critical = unknownCriticalSignalOption(message);
    if (critical !== undefined) return this.abort(`unknown critical CSM option ${critical} (RFC 8323 §5.3)`, critical);
    const mms = message.options.find((o) => o.name === 'Max-Message-Size')?.value;
    let maxMessageSize = this.capabilities?.maxMessageSize ?? BASE_MAX_MESSAGE_SIZE;
    if (mms !== undefined) {
      if (mms.length > 4) return this.abort('Max-Message-Size longer than 4 bytes (RFC 8323 §5.3.1)', 2);
      maxMessageSize = decodeUint(mms);
    }
    const blockWise = (this.capabilities?.blockWise ?? false) || message.options.some((o) => o.name === 'Block-Wise-Transfer');
    const first = this.capabilities === undefined;
    this.capabilities = { maxMessageSize, blockWise };
    if (first) {
      clearTimeout(this.csmTimer);
      this.settleReady.resolve(this.capabilities);
    }
  }

  private finish(reason: string): void {
    if (this.closedReason !== undefined) return;
    this.closedReason = reason;
    clearTimeout(this.csmTimer);
    this.settleReady.reject(new Error(`connection to ${this.peer.address}:${this.peer.port} ended before its CSM: ${reason}`));
    this.pongs.clear();
    this.options.onClose(this, reason);
  }
}
