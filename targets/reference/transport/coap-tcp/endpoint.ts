/**
 * The CoapEndpoint (../coap-udp/types.ts) over TCP/TLS connections, shared by the server endpoint
 * (connections it accepted) and the client endpoint (connections it opened). Requests go out on
 * the connection to the peer; requests coming in on any connection go to the one handler, and the
 * response goes back on the same connection with the request's token (RFC 8323 §3, §4).
 */
import type { CoapEndpoint, CoapMessage, CoapResponse, PeerAddress, RequestHandler, TranscriptEntry } from '../coap-udp/types';
import { CoapEndpointClosedError } from '../coap-udp/errors';
import { requestMessage, responseMessage, toCoapResponse, toIncomingRequest } from '../coap-udp/exchange-messages';
import { isRequestCode, isResponseCode } from '../coap-udp/codes';
import { describePeer, peerKey } from '../coap-udp/peer';
import { Transcript } from '../coap-udp/transcript';
import { Connection, type ConnectionOptions } from './connection';
import { Exchanges } from './exchanges';
import { tlsPeerIdentity } from './peer-identity';

export interface TcpEndpointCommonOptions {
  /** Largest message we accept, announced in our CSM (RFC 8323 §5.3.1); default 8192. */
  maxMessageSize?: number;
  /** Announce Block-Wise-Transfer (RFC 8323 §5.3.2); default false. */
  blockWise?: boolean;
  /** How long to wait for the peer's CSM (RFC 8323 §5.3); default 5000 ms. */
  csmTimeoutMs?: number;
  /** Default time limit of a request (no retransmission over TCP); default 30000 ms. */
  requestTimeoutMs?: number;
}

/** The endpoint with its optional extras, plus RFC 8323 Ping. */
export interface TcpCoapEndpoint extends CoapEndpoint {
  onUnmatchedResponse(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void;
  sendRaw(peer: PeerAddress, bytes: Buffer): Promise<void>;
  /** RFC 8323 §5.4: Ping the peer; resolves on its Pong. */
  ping(peer: PeerAddress, options?: { timeoutMs?: number }): Promise<void>;
  /** The peers with an open connection. */
  peers(): PeerAddress[];
}

export abstract class TcpEndpointBase implements TcpCoapEndpoint {
  abstract readonly local: PeerAddress;
  protected readonly transcript = new Transcript();
  protected readonly connections = new Map<string, Connection>();
  protected closing: Promise<void> | undefined;
  private readonly exchanges = new Exchanges();
  private readonly unmatched = new Set<(response: CoapResponse, peer: PeerAddress) => boolean | void>();
  private handler: RequestHandler | undefined;
  protected readonly connectionOptions: ConnectionOptions;
  private readonly requestTimeoutMs: number;

  constructor(options: TcpEndpointCommonOptions) {
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.connectionOptions = {
      maxMessageSize: options.maxMessageSize ?? 8192,
      blockWise: options.blockWise ?? false,
      csmTimeoutMs: options.csmTimeoutMs ?? 5000,
      emit: (entry: TranscriptEntry) => this.transcript.emit(entry),
      onMessage: (connection, message) => this.dispatch(connection, message),
      onClose: (connection, reason) => this.forget(connection, reason),
    };
  }

  /** The connection to `peer`, ready (its CSM received); opened if the subclass can open one. */
  protected abstract connectionTo(peer: PeerAddress): Promise<Connection>;
  protected abstract closeListener(): Promise<void>;

  /** Tracks a new connection and starts its CSM exchange. */
  protected adopt(connection: Connection): Connection {
    this.connections.set(peerKey(connection.peer), connection);
    connection.start();
    return connection;
  }

  async request(peer: PeerAddress, spec: Parameters<CoapEndpoint['request']>[1], options?: { timeoutMs?: number }): Promise<CoapResponse> {
    this.assertOpen();
    const connection = await this.connectionTo(peer);
    const token = spec.token ?? this.exchanges.freshToken(connection);
    const message = requestMessage(spec, 0, token);
    const response = this.exchanges.expect(connection, token, spec, peer, options?.timeoutMs ?? this.requestTimeoutMs);
    try {
      connection.send(message);
    } catch (error) {
      this.exchanges.cancel(connection, token, error as Error);
    }
    return response;
  }

  onRequest(handler: RequestHandler): void {
    this.handler = handler;
  }

  onTranscript(listener: (entry: TranscriptEntry) => void): () => void {
    return this.transcript.subscribe(listener);
  }

  onUnmatchedResponse(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void {
    this.unmatched.add(listener);
    return () => void this.unmatched.delete(listener);
  }

  async sendMessage(peer: PeerAddress, message: Omit<CoapMessage, 'messageId'> & { messageId?: number }): Promise<CoapMessage> {
    this.assertOpen();
    const full: CoapMessage = { ...message, messageId: 0, transport: 'tcp' };
    (await this.connectionTo(peer)).send(full);
    return full;
  }

  async sendRaw(peer: PeerAddress, bytes: Buffer): Promise<void> {
    this.assertOpen();
    (await this.connectionTo(peer)).writeRaw(bytes, undefined, 'raw bytes');
  }

  async ping(peer: PeerAddress, options?: { timeoutMs?: number }): Promise<void> {
    this.assertOpen();
    const connection = await this.connectionTo(peer);
    await connection.ping(this.exchanges.freshToken(connection), options?.timeoutMs ?? this.requestTimeoutMs);
  }

  peers(): PeerAddress[] {
    return [...this.connections.values()].map((c) => c.peer);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.connections.values()].map((c) => c.close('endpoint closed')));
      await this.closeListener();
      this.transcript.clear();
      this.unmatched.clear();
    })();
    return this.closing;
  }

  protected assertOpen(): void {
    if (this.closing !== undefined) throw new CoapEndpointClosedError('cannot send');
  }

  /** An existing ready connection to `peer`, if any. */
  protected existing(peer: PeerAddress): Connection | undefined {
    const connection = this.connections.get(peerKey(peer));
    return connection?.open ? connection : undefined;
  }

  private forget(connection: Connection, reason: string): void {
    const key = peerKey(connection.peer);
    if (this.connections.get(key) === connection) this.connections.delete(key);
    this.exchanges.closed(connection, new CoapEndpointClosedError(`connection to ${describePeer(connection.peer)} ended: ${reason}`));
  }

  private dispatch(connection: Connection, message: CoapMessage): void {
    if (isRequestCode(message.code)) return void this.answer(connection, message);
    if (!isResponseCode(message.code)) return; // reserved classes: nothing to do (no RST over TCP)
    if (this.exchanges.settle(connection, message)) return;
    const response = toCoapResponse(message);
    for (const listener of [...this.unmatched]) {
      try {
        listener(response, connection.peer);
      } catch {
        // a listener's bug is the listener's
      }
    }
  }

  /** Runs the handler and sends its response on the same connection with the request's token. */
  private async answer(connection: Connection, message: CoapMessage): Promise<void> {
    const request = toIncomingRequest(message, connection.peer);
    const identity = request === undefined ? undefined : tlsPeerIdentity(connection.socket);
    if (request !== undefined && identity !== undefined) request.peerIdentity = identity;
    let spec;
    if (request === undefined) spec = { code: '4.05' };
    else if (this.handler === undefined) spec = { code: '4.04' };
    else {
      try {
        spec = await this.handler(request);
      } catch (error) {
        spec = { code: '5.00', payload: Buffer.from(`handler failed: ${(error as Error).message}`, 'utf8') };
      }
    }
    if (spec === undefined || !connection.open) return;
    try {
      connection.send(responseMessage(spec, 'CON', 0, message.token));
    } catch (error) {
      this.transcript.emit({ time: Date.now(), direction: 'out', peer: connection.peer, raw: Buffer.alloc(0), error: `cannot send response: ${(error as Error).message}` });
    }
  }
}
