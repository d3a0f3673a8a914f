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

export class EventLog {
  private readonly events: ServerEvent[] = [];
  private seq = 0;
  private readonly waiters = new Set<() => void>();

  push(type: ServerEventType, endpoint: string | undefined, detail: Record<string, unknown> = {}): ServerEvent {
    const event: ServerEvent = { seq: ++this.seq, time: Date.now(), type, ...(endpoint !== undefined ? { endpoint } : {}), detail };
    this.events.push(event);
    if (this.events.length > MAX_EVENTS_KEPT) this.events.splice(0, this.events.length - MAX_EVENTS_KEPT);
    for (const wake of [...this.waiters]) wake();
    return event;
  }

  /** Events with seq > `since`. */
  since(since = 0): ServerEvent[] {
    const first = this.events.findIndex((e) => e.seq > since);
    return first < 0 ? [] : this.events.slice(first);
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
