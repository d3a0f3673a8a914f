/**
 * The server side of CoAP over DTLS (RFC 7252 §9.1): one UDP socket, one DTLS association per
 * peer address, created by an epoch-0 ClientHello, with cookie exchange (RFC 6347 §4.2.1), a
 * bound on half-open handshakes, idle cleanup and close_notify on close.
 */
import type { Socket } from 'node:dgram';
import type { DatagramChannel } from '../coap-udp/channel';
import type { PeerAddress, PeerIdentity } from '../coap-udp/types';
import { peerKey } from '../coap-udp/peer';
import { closeSocket } from '../coap-udp/socket';
import { Outbox } from './outbox';
import { CookieSecret } from './cookie';
import { DtlsClosedError } from './errors';
import { DtlsEvents } from './events';
import { loadAddon, type NativeContext } from './native';
import { isClientHello } from './records';
import { DtlsSession } from './session';

export interface DtlsServerChannelOptions {
  /** PSK identity → key (RFC 4279), e.g. from the LwM2M Security object; undefined: unknown identity. */
  psk?: (identity: string) => Buffer | undefined;
  /** Default true: HelloVerifyRequest before any state beyond one SSL object (RFC 6347 §4.2.1). */
  cookieExchange?: boolean;
  handshakeTimeoutMs: number;
  idleTimeoutMs: number;
  /** Concurrent associations (established or half-open); further ClientHellos are dropped. */
  maxSessions: number;
  mtu: number;
  initialTimeoutMs?: number;
}

export class DtlsServerChannel implements DatagramChannel {
  readonly local: PeerAddress;
  readonly events = new DtlsEvents();
  private readonly outbox: Outbox;
  private readonly sessions = new Map<string, DtlsSession>();
  private readonly cookies = new CookieSecret();
  private receiver: (datagram: Buffer, peer: PeerAddress) => void = () => {};
  private readonly sweeper: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly socket: Socket,
    readonly type: 'udp4' | 'udp6',
    private readonly context: NativeContext,
    private readonly options: DtlsServerChannelOptions,
  ) {
    this.outbox = new Outbox(socket);
    const bound = socket.address();
    this.local = { address: bound.address, port: bound.port };
    socket.on('error', () => {});
    socket.on('message', (raw, rinfo) => this.receive(raw, { address: rinfo.address, port: rinfo.port }));
    const every = Math.min(Math.max(options.idleTimeoutMs / 4, 10), 10_000);
    this.sweeper = setInterval(() => this.sweep(), every);
    this.sweeper.unref();
  }

  /** Associations by state, for tests and evidence. */
  sessionCount(): { handshaking: number; connected: number } {
    let handshaking = 0;
    for (const s of this.sessions.values()) if (s.state === 'handshaking') handshaking++;
    return { handshaking, connected: this.sessions.size - handshaking };
  }

  onDatagram(receiver: (datagram: Buffer, peer: PeerAddress) => void): void {
    this.receiver = receiver;
  }

  peerIdentity(peer: PeerAddress): PeerIdentity | undefined {
    return this.sessions.get(peerKey(peer))?.peerIdentity();
  }

  async send(peer: PeerAddress, datagram: Buffer): Promise<void> {
    this.established(peer).write(datagram);
  }

  sendQuietly(peer: PeerAddress, datagram: Buffer, onError?: (error: Error) => void): void {
    try {
      this.established(peer).write(datagram);
    } catch (error) {
      onError?.(error as Error);
    }
  }

  /** Closes one peer's association (close_notify). */
  closePeer(peer: PeerAddress, reason = 'closed by the server'): void {
    this.sessions.get(peerKey(peer))?.close(reason);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.sweeper);
    for (const session of [...this.sessions.values()]) session.close('server closing');
    this.sessions.clear();
    await this.outbox.drain();
    await closeSocket(this.socket);
  }

  private established(peer: PeerAddress): DtlsSession {
    const session = this.sessions.get(peerKey(peer));
    if (session === undefined || session.state !== 'connected') throw new DtlsClosedError(peer, 'no established DTLS association with this peer (a DTLS server cannot initiate one)');
    return session;
  }

  private receive(datagram: Buffer, peer: PeerAddress): void {
    if (this.closed) return;
    const key = peerKey(peer);
    let session = this.sessions.get(key);
    // RFC 6347 §4.2.8: a new epoch-0 ClientHello from a peer with an established association means it lost its state.
    if (session === undefined || (session.state === 'connected' && isClientHello(datagram))) {
      if (!isClientHello(datagram)) return; // not for any association we know: drop silently
      if (session === undefined && this.sessions.size >= this.options.maxSessions) return;
      session?.close('peer started a new handshake', false);
      session = this.open(key, peer);
    }
    session.feed(datagram);
  }

  private open(key: string, peer: PeerAddress): DtlsSession {
    const addon = loadAddon();
    const native = addon.createSession(this.context, {
      cookie: this.options.cookieExchange === false ? undefined : this.cookies.cookieFor(peer),
      pskLookup: this.options.psk,
      mtu: this.options.mtu,
      initialTimeoutMs: this.options.initialTimeoutMs,
    });
    const session: DtlsSession = new DtlsSession(addon, native, peer, this.options.mtu, {
      send: (datagram) => {
        if (session.state === 'handshaking') this.events.inspectOutgoing(peer, datagram);
        this.outbox.send(peer, datagram);
      },
      data: (plaintext) => this.receiver(plaintext, peer),
      connected: (info) => this.events.emit({ type: 'connected', peer, info }),
      closed: (error) => {
        if (this.sessions.get(key) === session) this.sessions.delete(key);
        if (error !== undefined && session.info.cipher === undefined) this.events.emit({ type: 'failed', peer, error });
        else this.events.emit({ type: 'closed', peer, reason: error?.reason ?? 'close_notify' });
      },
    }, this.options.handshakeTimeoutMs);
    this.sessions.set(key, session);
    this.events.emit({ type: 'handshake-start', peer });
    return session;
  }

  /** Idle associations end with close_notify; half-open ones end on their own handshake timer. */
  private sweep(): void {
    const now = Date.now();
    for (const session of [...this.sessions.values()])
      if (session.state === 'connected' && now - session.lastActivity > this.options.idleTimeoutMs) session.close(`idle for ${this.options.idleTimeoutMs} ms`);
  }
}

