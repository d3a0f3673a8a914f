/**
 * Connections to one implementation, reused across scenarios: a scenario's role instance is a session
 * on a connection (docs/psa-bridge-protocol.md §4.2), and a connection holds at most the hello's
 * `maxSessions` at once. Starting a stdio implementation costs a process start, so an idle
 * connection is kept for the next scenario; a dead one is dropped and the next session starts afresh.
 */
import type { BridgeConnection } from './connection';

export class ConnectionPool {
  private connections: BridgeConnection[] = [];

  constructor(private readonly connect: () => Promise<BridgeConnection>) {}

  /** A connection with a free session slot (counted as taken until `release`). */
  async acquire(): Promise<BridgeConnection> {
    this.connections = this.connections.filter((c) => !c.closed);
    const free = this.connections.find((c) => c.openSessions < (c.hello?.maxSessions ?? 1));
    if (free) {
      free.openSessions++;
      return free;
    }
    const fresh = await this.connect();
    fresh.openSessions++;
    this.connections.push(fresh);
    return fresh;
  }

  release(connection: BridgeConnection): void {
    connection.openSessions = Math.max(0, connection.openSessions - 1);
  }

  closeAll(): void {
    for (const c of this.connections) c.close();
    this.connections = [];
  }
}
