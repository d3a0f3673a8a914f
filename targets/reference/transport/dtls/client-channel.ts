/**
 * The client side of CoAP over DTLS (RFC 7252 §9.1): one socket, one server. The association is
 * made by connect() and made again on the next send after it ended (a new association means the
 * LwM2M client must register again, TS-Transport §6.4.3 — the caller's business).
 */
import type { Socket } from 'node:dgram';
import type { DatagramChannel } from '../coap-udp/channel';
import type { PeerAddress, PeerIdentity } from '../coap-udp/types';
import { normalizeAddress } from '../coap-udp/peer';
import { closeSocket } from '../coap-udp/socket';
import { Outbox } from './outbox';
import { DtlsClosedError } from './errors';
import { DtlsEvents } from './events';
import { loadAddon, type NativeContext, type NativeSessionInfo, type NativeSessionOptions } from './native';
import { DtlsSession } from './session';

export interface DtlsClientChannelOptions {
  peer: PeerAddress;
  session: Omit<NativeSessionOptions, 'cookie' | 'pskLookup' | 'mtu'>;
  handshakeTimeoutMs: number;
  mtu: number;
}

export class DtlsClientChannel implements DatagramChannel {
  readonly local: PeerAddress;
  readonly events = new DtlsEvents();
  private readonly outbox: Outbox;
  private session: DtlsSession | undefined;
  private receiver: (datagram: Buffer, peer: PeerAddress) => void = () => {};
  private closed = false;

  constructor(
    private readonly socket: Socket,
    readonly type: 'udp4' | 'udp6',
    private readonly context: NativeContext,
    private readonly options: DtlsClientChannelOptions,
  ) {
    this.outbox = new Outbox(socket);
    const bound = socket.address();
    this.local = { address: bound.address, port: bound.port };
    socket.on('error', () => {});
    socket.on('message', (raw, rinfo) => {
      // RFC 7252 §9.1.1: only datagrams from the server we associated with
      if (rinfo.port === options.peer.port && normalizeAddress(rinfo.address) === normalizeAddress(options.peer.address)) this.session?.feed(raw);
    });
  }

  /** The association's cipher suite and identities once established. */
  get info(): NativeSessionInfo | undefined {
    return this.session?.state === 'connected' ? this.session.info : undefined;
  }

  /** Makes (or waits for) the association; rejects with DtlsHandshakeError / DtlsHandshakeTimeoutError. */
  connect(): Promise<NativeSessionInfo> {
    if (this.closed) return Promise.reject(new DtlsClosedError(this.options.peer, 'channel closed'));
    if (this.session !== undefined && this.session.state !== 'closed') return this.session.connected();
    const addon = loadAddon();
    const peer = this.options.peer;
    const native = addon.createSession(this.context, { ...this.options.session, mtu: this.options.mtu });
    const session: DtlsSession = new DtlsSession(addon, native, peer, this.options.mtu, {
      send: (datagram) => this.outbox.send(peer, datagram),
      data: (plaintext) => this.receiver(plaintext, peer),
      connected: (info) => this.events.emit({ type: 'connected', peer, info }),
      closed: (error) => {
        if (error !== undefined && session.info.cipher === undefined) this.events.emit({ type: 'failed', peer, error });
        else this.events.emit({ type: 'closed', peer, reason: error?.reason ?? 'close_notify' });
      },
    }, this.options.handshakeTimeoutMs);
    this.session = session;
    this.events.emit({ type: 'handshake-start', peer });
    session.start();
    return session.connected();
  }

  onDatagram(receiver: (datagram: Buffer, peer: PeerAddress) => void): void {
    this.receiver = receiver;
  }

  peerIdentity(): PeerIdentity | undefined {
    return this.session?.peerIdentity();
  }

  async send(peer: PeerAddress, datagram: Buffer): Promise<void> {
    this.checkPeer(peer);
    if (this.session?.state !== 'connected') await this.connect();
    this.session!.write(datagram);
  }

  sendQuietly(peer: PeerAddress, datagram: Buffer, onError?: (error: Error) => void): void {
    this.send(peer, datagram).catch((error: Error) => onError?.(error));
  }

  /** Ends the association with close_notify; the next send makes a new one. */
  disconnect(): void {
    this.session?.close('closed by the client');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.session?.close('client closing');
    await this.outbox.drain();
    await closeSocket(this.socket);
  }

  private checkPeer(peer: PeerAddress): void {
    const own = this.options.peer;
    if (peer.port !== own.port || normalizeAddress(peer.address) !== normalizeAddress(own.address))
      throw new DtlsClosedError(peer, `this DTLS client endpoint is associated with ${own.address}:${own.port} only`);
  }
}
