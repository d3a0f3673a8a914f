/**
 * `coap+tcp` / `coaps+tcp` server endpoint (RFC 8323): accepts connections, exchanges CSMs, serves
 * requests, and sends requests to connected peers on their own connection (as an LwM2M server
 * does to a client that registered over TCP).
 */
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import type { PeerAddress } from '../coap-udp/types';
import { describePeer } from '../coap-udp/peer';
import { Connection } from './connection';
import { TcpEndpointBase, type TcpCoapEndpoint, type TcpEndpointCommonOptions } from './endpoint';
import { serverTlsOptions, type TlsServerOptions } from './tls-options';

export interface TcpServerEndpointOptions extends TcpEndpointCommonOptions {
  /** Default 127.0.0.1. */
  address?: string;
  /** Default 0: the OS picks a free port. */
  port?: number;
  /** coaps+tcp: certificates or PSK; plain coap+tcp when absent. */
  tls?: TlsServerOptions;
}

export async function createTcpServerEndpoint(options: TcpServerEndpointOptions = {}): Promise<TcpCoapEndpoint> {
  const endpoint = new TcpServerEndpoint(options);
  await endpoint.listen(options.address ?? '127.0.0.1', options.port ?? 0);
  return endpoint;
}

class TcpServerEndpoint extends TcpEndpointBase {
  local: PeerAddress = { address: '', port: 0 };
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();

  constructor(options: TcpServerEndpointOptions) {
    super(options);
    const accept = (socket: Socket): void => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      if (this.closing !== undefined) return void socket.destroy();
      this.adopt(new Connection(socket, this.connectionOptions));
    };
    if (options.tls === undefined) {
      this.server = createNetServer(accept);
    } else {
      this.server = createTlsServer(serverTlsOptions(options.tls), accept);
      this.server.on('tlsClientError', (error: Error, socket: Socket) => {
        const peer = { address: socket.remoteAddress ?? '?', port: socket.remotePort ?? 0 };
        this.transcript.emit({ time: Date.now(), direction: 'in', peer, raw: Buffer.alloc(0), error: `TLS handshake failed: ${error.message}` });
      });
    }
    this.server.on('error', () => {}); // listen errors are reported by listen(); nothing else is fatal
  }

  listen(address: string, port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error): void => reject(new Error(`cannot listen on ${address}:${port} (tcp): ${error.message}`, { cause: error }));
      this.server.once('error', onError);
      this.server.listen(port, address, () => {
        this.server.off('error', onError);
        const bound = this.server.address();
        if (bound !== null && typeof bound === 'object') this.local = { address: bound.address, port: bound.port };
        resolve();
      });
    });
  }

  protected async connectionTo(peer: PeerAddress) {
    const connection = this.existing(peer);
    if (connection === undefined) throw new Error(`no connection from ${describePeer(peer)}: a CoAP-over-TCP server can only reach connected peers`);
    await connection.ready;
    return connection;
  }

  protected closeListener(): Promise<void> {
    for (const socket of this.sockets) socket.destroy(); // e.g. half-done TLS handshakes
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
