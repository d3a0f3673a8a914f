/**
 * Downlink requests (server → client), one client at a time:
 *
 * - NSTART = 1 (RFC 7252 §4.7): at most one outstanding request per client; the others wait in
 *   order. A constrained client may have room for one exchange only.
 * - Queue mode (TS-Transport §6.5, TS-Core §6.2.1.1 `Q`; ETS int-108/109): a client in queue mode
 *   is reachable only for MAX_TRANSMIT_WAIT (93 s, scaled) after its last message. While it sleeps
 *   the server holds every request and sends nothing; the next Register, Update or Send from the
 *   client wakes the queue, which then goes out one request at a time.
 *
 * Each request gets an id and a state, so a caller that could not wait (the HTTP control API
 * answers 409 for a request held for a sleeping client) can fetch the result later.
 */
import type { CoapResponse } from '../../../transport/coap-udp/types';

export type RequestState = 'queued' | 'sending' | 'done' | 'failed';

export interface DownlinkRequest<T = unknown> {
  id: string;
  endpoint: string;
  /** e.g. `GET /3/0` (for listings). */
  description: string;
  state: RequestState;
  queuedAt: number;
  sentAt?: number;
  doneAt?: number;
  /** Settles with the decoded result or the failure. */
  readonly result: Promise<T>;
  value?: T;
  error?: Error;
}

/** What the queue needs to know about a client right now. */
export interface ClientPresence {
  queueMode: boolean;
  /** Wall-clock ms of the client's last uplink message. */
  lastUplinkAt: number;
}

interface Entry {
  request: DownlinkRequest;
  transmit: () => Promise<CoapResponse>;
  settle: (response: CoapResponse) => void;
  fail: (error: Error) => void;
}

interface Line {
  waiting: Entry[];
  busy: boolean;
}

/** Requests remembered after they finish, for late lookups by id (bounded). */
const MAX_FINISHED_KEPT = 500;

export class DownlinkQueue {
  private readonly lines = new Map<string, Line>();
  private readonly byId = new Map<string, DownlinkRequest>();
  private nextId = 1;

  constructor(
    private readonly presence: (endpoint: string) => ClientPresence | undefined,
    /** How long a queue-mode client stays reachable after its last message (MAX_TRANSMIT_WAIT, scaled). */
    private readonly awakeMs: number,
  ) {}

  /** Is the client reachable now? Clients not in queue mode always are. */
  isAwake(endpoint: string, now = Date.now()): boolean {
    const p = this.presence(endpoint);
    return p !== undefined && (!p.queueMode || now - p.lastUplinkAt < this.awakeMs);
  }

  /**
   * Queues one request; `transmit` runs when it is the client's turn and the client is awake, and
   * `decode` turns its response into the result.
   */
  submit<T>(endpoint: string, description: string, transmit: () => Promise<CoapResponse>, decode: (r: CoapResponse) => T): DownlinkRequest<T> {
    let resolve!: (v: T) => void;
    let reject!: (e: Error) => void;
    const result = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
    result.catch(() => {}); // the caller may never look; the failure is kept on the request
    const request: DownlinkRequest<T> = { id: (this.nextId++).toString(), endpoint, description, state: 'queued', queuedAt: Date.now(), result };
    const entry: Entry = {
      request,
      transmit,
      settle: (response) => {
        try {
          request.value = decode(response);
          request.state = 'done';
          resolve(request.value);
        } catch (e) {
          entry.fail(e as Error);
        }
      },
      fail: (error) => {
        request.state = 'failed';
        request.error = error;
        reject(error);
      },
    };
    this.remember(request);
    this.line(endpoint).waiting.push(entry);
    this.pump(endpoint);
    return request;
  }

  get(id: string): DownlinkRequest | undefined {
    return this.byId.get(id);
  }

  hasPending(endpoint: string): boolean {
    return (this.lines.get(endpoint)?.waiting.length ?? 0) > 0;
  }

  pending(endpoint: string): DownlinkRequest[] {
    return (this.lines.get(endpoint)?.waiting ?? []).map((e) => e.request);
  }

  /** The client sent something: if it is in queue mode and requests wait, they go out now. */
  wake(endpoint: string): void {
    this.pump(endpoint);
  }

  /** The client is gone (de-registered, expired): everything still waiting fails with `error`. */
  abandon(endpoint: string, error: Error): void {
    const line = this.lines.get(endpoint);
    if (!line) return;
    for (const entry of line.waiting.splice(0)) entry.fail(error);
    if (!line.busy) this.lines.delete(endpoint);
  }

  close(error: Error): void {
    for (const endpoint of [...this.lines.keys()]) this.abandon(endpoint, error);
  }

  private line(endpoint: string): Line {
    let line = this.lines.get(endpoint);
    if (!line) this.lines.set(endpoint, (line = { waiting: [], busy: false }));
    return line;
  }

  private pump(endpoint: string): void {
    const line = this.lines.get(endpoint);
    if (!line || line.busy || line.waiting.length === 0 || !this.isAwake(endpoint)) return;
    const entry = line.waiting.shift()!;
    line.busy = true;
    entry.request.state = 'sending';
    entry.request.sentAt = Date.now();
    const finish = (): void => {
      entry.request.doneAt = Date.now();
      line.busy = false;
      if (line.waiting.length === 0) this.lines.delete(endpoint);
      else this.pump(endpoint);
    };
    let transmission: Promise<CoapResponse>;
    try {
      transmission = entry.transmit();
    } catch (e) {
      transmission = Promise.reject(e as Error);
    }
    transmission.then(
      (response) => {
        entry.settle(response);
        finish();
      },
      (error: Error) => {
        entry.fail(error);
        finish();
      },
    );
  }

  private remember(request: DownlinkRequest): void {
    this.byId.set(request.id, request);
    if (this.byId.size <= MAX_FINISHED_KEPT) return;
    for (const [id, r] of this.byId) {
      if (this.byId.size <= MAX_FINISHED_KEPT) break;
      if (r.state === 'done' || r.state === 'failed') this.byId.delete(id);
    }
  }
}
