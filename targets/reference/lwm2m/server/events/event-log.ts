/**
 * Everything the server saw happen, in order, with a sequence number: the HTTP control API's
 * `GET /v1/events?since=N` reads it, so a test can wait for "the next Update of ep X" without
 * racing. Bounded: the oldest entries go first.
 */
export type ServerEventType =
  | 'registered'
  | 'updated'
  | 'deregistered'
  | 'expired'
  | 'replaced'
  | 'notification'
  | 'observation-ended'
  | 'send'
  | 'request-queued'
  | 'request-done'
  | 'request-failed'
  | 'refused';

export interface ServerEvent {
  seq: number;
  /** Wall-clock ms. */
  time: number;
  type: ServerEventType;
  endpoint?: string;
  /** Event-specific details, JSON-safe. */
  detail: Record<string, unknown>;
}

export const MAX_EVENTS_KEPT = 10_000;

/**
 * A ring of the last MAX_EVENTS_KEPT events: pushing is O(1), whatever the load (Register and
 * Update push one each, on the server's hot path).
 */
export class EventLog {
  private readonly ring: Array<ServerEvent | undefined>;
  /** Index of the oldest event in `ring`. */
  private head = 0;
  private count = 0;
  private seq = 0;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly capacity = MAX_EVENTS_KEPT) {
    this.ring = new Array<ServerEvent | undefined>(capacity);
  }

  push(type: ServerEventType, endpoint: string | undefined, detail: Record<string, unknown> = {}): ServerEvent {
    // One fixed shape for every event (an absent endpoint is undefined, which JSON leaves out).
    const event: ServerEvent = { seq: ++this.seq, time: Date.now(), type, endpoint, detail };
    if (this.count < this.capacity) {
      this.ring[(this.head + this.count++) % this.capacity] = event;
    } else {
      this.ring[this.head] = event;
      this.head = (this.head + 1) % this.capacity;
    }
    if (this.waiters.size > 0) for (const wake of [...this.waiters]) wake();
    return event;
  }

  /** Events with seq > `since`, oldest first. */
  since(since = 0): ServerEvent[] {
    const oldest = this.seq - this.count + 1;
    const skip = Math.max(0, since - oldest + 1);
    const events: ServerEvent[] = [];
    for (let i = skip; i < this.count; i++) events.push(this.ring[(this.head + i) % this.capacity]!);
    return events;
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** Events after `since`, waiting up to `timeoutMs` for at least one (long poll). */
  async wait(since: number, timeoutMs: number): Promise<ServerEvent[]> {
    const now = this.since(since);
    if (now.length > 0 || timeoutMs <= 0) return now;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
    return this.since(since);
  }

  close(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
