/**
 * The suite connects to an implementation that is already running and listening on TCP
 * (docs/psa-bridge-protocol.md §3.2), typically on loopback.
 */
import { connect, type Socket } from 'node:net';
import type { BridgeTransport } from './transport';

export class TcpTransport implements BridgeTransport {
  readonly label: string;
  private readonly socket: Socket;
  private ended = false;
  private readonly closeListeners: Array<(reason: string) => void> = [];
  private lastError = '';

  constructor(host: string, port: number) {
    this.label = `tcp: ${host}:${port}`;
    this.socket = connect({ host, port });
    this.socket.setNoDelay(true);
    this.socket.on('error', (e) => {
      this.lastError = e.message;
    });
    this.socket.once('close', () => this.end(this.lastError ? `connection failed: ${this.lastError}` : 'the implementation closed the connection'));
  }

  /** Resolves once connected; rejects with the socket error. */
  connected(): Promise<void> {
    if (!this.socket.connecting) return this.ended ? Promise.reject(new Error(this.lastError || 'closed')) : Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('close', () => reject(new Error(this.lastError || 'connection closed')));
    });
  }

  write(bytes: Buffer): void {
    if (!this.ended) this.socket.write(bytes);
  }

  onData(listener: (chunk: Buffer) => void): void {
    this.socket.on('data', listener);
  }

  onClose(listener: (reason: string) => void): void {
    this.closeListeners.push(listener);
  }

  close(): void {
    if (this.ended) return;
    this.socket.destroy();
    this.end('closed by the suite');
  }

  diagnostics(): string {
    return '';
  }

  setIdle(idle: boolean): void {
    if (idle) this.socket.unref();
    else this.socket.ref();
  }

  private end(reason: string): void {
    if (this.ended) return;
    this.ended = true;
    for (const l of this.closeListeners) l(reason);
  }
}
