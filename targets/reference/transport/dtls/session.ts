/**
 * One DTLS association with one peer (RFC 6347) over the native session: drives the handshake,
 * the retransmission timer (§4.2.4, `DTLSv1_get_timeout` / `DTLSv1_handle_timeout` from a JS
 * timer), a bound on the whole handshake, and close_notify.
 */
import type { PeerAddress, PeerIdentity } from '../coap-udp/types';
import type { DtlsAddon, NativeOutcome, NativeSession, NativeSessionInfo } from './native';
import { packDatagrams } from './records';
import { DtlsClosedError, DtlsHandshakeError, DtlsHandshakeTimeoutError, type DtlsError } from './errors';

export interface DtlsSessionEvents {
  /** Datagrams to put on the wire, in order. */
  send(datagram: Buffer): void;
  /** Decrypted application data (one record's worth). */
  data(plaintext: Buffer): void;
  connected?(info: NativeSessionInfo): void;
  /** Once: the association ended; `error` unless it ended cleanly. */
  closed?(error: DtlsError | undefined): void;
}

export type DtlsSessionState = 'handshaking' | 'connected' | 'closed';

export class DtlsSession {
  state: DtlsSessionState = 'handshaking';
  info: NativeSessionInfo = {};
  /** Why it ended, if it did not end cleanly. */
  error: DtlsError | undefined;
  lastActivity = Date.now();
  private retransmitTimer: NodeJS.Timeout | undefined;
  private readonly handshakeTimer: NodeJS.Timeout;
  private readonly settled: Promise<NativeSessionInfo>;
  private settle!: { resolve: (info: NativeSessionInfo) => void; reject: (error: DtlsError) => void };

  constructor(
    private readonly addon: DtlsAddon,
    private readonly native: NativeSession,
    readonly peer: PeerAddress,
    private readonly mtu: number,
    private readonly events: DtlsSessionEvents,
    handshakeTimeoutMs: number,
  ) {
    this.settled = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    this.settled.catch(() => {}); // observed through connected() or events.closed
    this.handshakeTimer = setTimeout(() => this.fail(new DtlsHandshakeTimeoutError(peer, handshakeTimeoutMs, this.addon.state(this.native))), handshakeTimeoutMs);
    this.handshakeTimer.unref();
  }

  /** Resolves when the handshake completes; rejects with the reason it did not. */
  connected(): Promise<NativeSessionInfo> {
    return this.settled;
  }

  /** Client: send the ClientHello. */
  start(): void {
    this.apply(this.addon.handshake(this.native));
  }

  /** One datagram from the peer. */
  feed(datagram: Buffer): void {
    if (this.state === 'closed') return;
    this.lastActivity = Date.now();
    this.apply(this.addon.feed(this.native, datagram));
  }

  /** Protects and sends one datagram of application data. */
  write(plaintext: Buffer): void {
    if (this.state !== 'connected') throw this.error ?? new DtlsClosedError(this.peer, `cannot send: association is ${this.state}`);
    this.lastActivity = Date.now();
    this.apply(this.addon.write(this.native, plaintext));
  }

  /** The authenticated identity: PSK identity, else the certificate subject. */
  peerIdentity(): PeerIdentity | undefined {
    if (this.state !== 'connected') return undefined;
    if (this.info.peerSubject !== undefined) return { mode: 'certificate', subject: this.info.peerSubject, commonName: this.info.peerCommonName };
    if (this.info.pskIdentity !== undefined) return { mode: 'psk', identity: this.info.pskIdentity };
    return undefined;
  }

  /** Ends the association: close_notify if it was established (RFC 5246 §7.2.1), then frees it. */
  close(reason = 'closed locally', notify = true): void {
    if (this.state === 'closed') return;
    const wasConnected = this.state === 'connected';
    if (notify && wasConnected) this.emit(this.addon.shutdown(this.native).out);
    this.finish(wasConnected ? undefined : new DtlsClosedError(this.peer, reason));
  }

  private apply(outcome: NativeOutcome): void {
    this.emit(outcome.out);
    if (outcome.connected && this.state === 'handshaking' && !outcome.closed) {
      this.state = 'connected';
      clearTimeout(this.handshakeTimer);
      this.info = this.addon.info(this.native);
      this.settle.resolve(this.info);
      this.events.connected?.(this.info);
    }
    for (const plaintext of outcome.data) this.events.data(plaintext);
    if (outcome.closed) {
      const handshaking = this.state === 'handshaking';
      if (outcome.error !== null) this.fail(handshaking ? new DtlsHandshakeError(this.peer, outcome.error) : new DtlsClosedError(this.peer, outcome.error));
      else this.finish(handshaking ? new DtlsHandshakeError(this.peer, 'peer closed the association during the handshake') : undefined);
      return;
    }
    this.armRetransmission();
  }

  private emit(out: Buffer | null): void {
    if (out === null) return;
    for (const datagram of packDatagrams(out, this.mtu)) this.events.send(datagram);
  }

  /** RFC 6347 §4.2.4: OpenSSL keeps the timer; we wake it when it runs out. */
  private armRetransmission(): void {
    clearTimeout(this.retransmitTimer);
    this.retransmitTimer = undefined;
    const ms = this.addon.timeout(this.native);
    if (ms < 0) return;
    this.retransmitTimer = setTimeout(() => {
      this.retransmitTimer = undefined;
      if (this.state !== 'closed') this.apply(this.addon.handleTimeout(this.native));
    }, Math.ceil(ms));
    this.retransmitTimer.unref();
  }

  private fail(error: DtlsError): void {
    if (this.state === 'closed') return;
    this.finish(error);
  }

  private finish(error: DtlsError | undefined): void {
    this.state = 'closed';
    this.error = error;
    clearTimeout(this.handshakeTimer);
    clearTimeout(this.retransmitTimer);
    this.addon.free(this.native);
    this.settle.reject(error ?? new DtlsClosedError(this.peer, 'closed'));
    this.events.closed?.(error);
  }
}
