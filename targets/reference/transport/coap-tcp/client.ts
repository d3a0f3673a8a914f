/**
 * `coap+tcp` / `coaps+tcp` client endpoint (RFC 8323): opens the connection, sends its CSM first
 * and waits for the server's CSM (§5.3) before any request goes out. Requests from the server on
 * the same connection reach the handler (LwM2M Device Management over TCP).
 */
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { PeerAddress } from '../coap-udp/types';
import { peerKey } from '../coap-udp/peer';
import { Connection } from './connection';
import { TcpEndpointBase, type TcpCoapEndpoint, type TcpEndpointCommonOptions } from './endpoint';
import { clientTlsOptions, pinnedCertificateError, type TlsClientOptions } from './tls-options';

export interface TcpClientEndpointOptions extends TcpEndpointCommonOptions {
  /** The server; connected (and its CSM awaited) before the endpoint is returned. */
  peer: PeerAddress;
  /** coaps+tcp when present. */
  tls?: TlsClientOptions;
  /** Time limit for TCP connect + TLS handshake + CSM; default 5000 ms. */
  connectTimeoutMs?: number;
}

export async function createTcpClientEndpoint(options: TcpClientEndpointOptions): Promise<TcpCoapEndpoint> {
  const endpoint = new TcpClientEndpoint(options);
  const connection = await endpoint.open(options.peer);
  endpoint.local = { address: connection.socket.localAddress ?? '', port: connection.socket.localPort ?? 0 };
  return endpoint;
}

class TcpClientEndpoint extends TcpEndpointBase {
  local: PeerAddress = { address: '', port: 0 };
  private readonly opening = new Map<string, Promise<Connection>>();

  constructor(private readonly options: TcpClientEndpointOptions) {
    super(options);
  }

  /** Connects to `peer` (TLS if configured) and resolves once the peer's CSM arrived. */
  open(peer: PeerAddress): Promise<Connection> {
    const key = peerKey(peer);
    const pending = this.opening.get(key);
    if (pending !== undefined) return pending;
    const promise = this.connect(peer).finally(() => this.opening.delete(key));
    this.opening.set(key, promise);
    return promise;
  }

  protected async connectionTo(peer: PeerAddress): Promise<Connection> {
    const connection = this.existing(peer);
    if (connection !== undefined) {
      await connection.ready;
      return connection;
    }
    return this.open(peer);
  }

  protected async closeListener(): Promise<void> {}

  private async connect(peer: PeerAddress): Promise<Connection> {
    const timeoutMs = this.options.connectTimeoutMs ?? 5000;
    const socket = await new Promise<Socket>((resolve, reject) => {
      const tls = this.options.tls;
      const s: Socket = tls === undefined ? netConnect({ host: peer.address, port: peer.port }) : tlsConnect({ host: peer.address, port: peer.port, ...clientTlsOptions(tls) });
      const timer = setTimeout(() => fail(new Error(`connect to ${peer.address}:${peer.port} timed out after ${timeoutMs} ms`)), timeoutMs);
      const fail = (error: Error): void => {
        clearTimeout(timer);
        s.destroy();
        reject(new Error(`cannot connect to coap${tls ? 's' : ''}+tcp://${peer.address}:${peer.port}: ${error.message}`, { cause: error }));
      };
      s.once('error', fail);
      s.once(tls === undefined ? 'connect' : 'secureConnect', () => {
        const refused = tls === undefined ? undefined : pinnedCertificateError(tls, (s as TLSSocket).getPeerCertificate());
        if (refused !== undefined) return fail(refused);
        clearTimeout(timer);
        s.off('error', fail);
        resolve(s);
      });
    });
    const connection = this.adopt(new Connection(socket, this.connectionOptions));
    const timer = setTimeout(() => void connection.close('CSM timeout'), timeoutMs);
    try {
      await connection.ready;
    } finally {
      clearTimeout(timer);
    }
    return connection;
  }
}
