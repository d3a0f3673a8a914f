/**
 * Request/response matching for CoAP over TCP/TLS: by token alone, per connection (RFC 8323 §3:
 * no Message ID; RFC 7252 §5.3.2 token matching). No retransmission: a request waits for its
 * response or its time limit, and fails at once when its connection ends.
 */
import type { CoapMessage, CoapRequestSpec, CoapResponse, PeerAddress } from '../coap-udp/types';
import { CoapTimeoutError } from '../coap-udp/errors';
import { toCoapResponse } from '../coap-udp/exchange-messages';
import type { Connection } from './connection';

interface Pending {
  resolve(response: CoapResponse): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export class Exchanges {
  private readonly pending = new Map<Connection, Map<string, Pending>>();

  /** A fresh token not in use on `connection` (4 random bytes). */
  freshToken(connection: Connection): Buffer {
    const open = this.pending.get(connection);
    for (;;) {
      const token = Buffer.from(Array.from({ length: 4 }, () => Math.floor(Math.random() * 256)));
      if (!open?.has(token.toString('hex'))) return token;
    }
  }

  /** Registers a request before it is sent; the promise settles with its response, a timeout or a close. */
  expect(connection: Connection, token: Buffer, spec: CoapRequestSpec, peer: PeerAddress, timeoutMs: number): Promise<CoapResponse> {
    const key = token.toString('hex');
    let byToken = this.pending.get(connection);
    if (byToken === undefined) this.pending.set(connection, (byToken = new Map()));
    if (byToken.has(key)) return Promise.reject(new Error(`token ${key} is already in use on this connection`));
    const table = byToken;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        table.delete(key);
        reject(new CoapTimeoutError({ peer, method: spec.method, path: spec.path }, 1, `no response within ${timeoutMs} ms`));
      }, timeoutMs);
      table.set(key, { resolve, reject, timer });
    });
  }

  /** Drops an exchange whose request could not be sent. */
  cancel(connection: Connection, token: Buffer, error: Error): void {
    const key = token.toString('hex');
    const entry = this.pending.get(connection)?.get(key);
    if (entry === undefined) return;
    clearTimeout(entry.timer);
    this.pending.get(connection)!.delete(key);
    entry.reject(error);
  }

  /** Delivers a response; false when no request on this connection has its token. */
  settle(connection: Connection, message: CoapMessage): boolean {
    const key = message.token.toString('hex');
    const entry = this.pending.get(connection)?.get(key);
    if (entry === undefined) return false;
    clearTimeout(entry.timer);
    this.pending.get(connection)!.delete(key);
    entry.resolve(toCoapResponse(message));
    return true;
  }

  /** Fails every request of a connection that ended. */
  closed(connection: Connection, error: Error): void {
    const table = this.pending.get(connection);
    this.pending.delete(connection);
    for (const entry of table?.values() ?? []) {
      clearTimeout(entry.timer);
      entry.reject(error);
    }
  }
}
