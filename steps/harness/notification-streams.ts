/**
 * The Server side of observations (RFC 7641; TS-Transport §6.4.5): each Observe the harness sends
 * opens a stream keyed by its token; notifications — responses that match no pending request — are
 * filed into their stream with their arrival time. A stream can be told to answer its next
 * notification with RST (passive cancel, RFC 7641 §3.6; ETS int-302): a CON one is left unaccepted so
 * the endpoint rejects it with RST (RFC 7252 §4.2), a NON one gets an explicit RST.
 */
import type { CoapResponse, CoapType, PeerAddress } from '../../targets/reference/transport/coap-udp/types';
import type { DmExchange } from './client-under-test';
import type { Lwm2mTestServer } from './lwm2m-test-server';

export interface ReceivedNotification {
  at: number;
  type: CoapType;
  messageId: number;
  code: string;
  observe?: number;
  contentFormat?: number;
  payload: Buffer;
}

export class ObservationStream {
  readonly notifications: ReceivedNotification[] = [];
  /** The Observe request and its first answer (the initial notification). */
  observe?: DmExchange;
  /** When the stream was cancelled: RST sent, or Observe=1 answered. */
  cancelledAt?: number;
  resetNext = false;
  private waiters: Array<() => void> = [];

  constructor(
    /** How steps name it: the observed path, or `the Observe-Composite`. */
    readonly label: string,
    readonly token: Buffer,
  ) {}

  /** Arrival times of the initial answer and every notification after it, ascending. */
  timeline(): number[] {
    const first = this.observe?.response ? [this.observe.answeredAt ?? this.observe.at] : [];
    return [...first, ...this.notifications.map((n) => n.at)];
  }

  /** Waits until there are more than `count` notifications, at most `timeoutMs`; true when there are. */
  async waitForMore(count: number, timeoutMs: number): Promise<boolean> {
    if (this.notifications.length > count) return true;
    return new Promise<boolean>((resolve) => {
      const done = () => {
        if (this.notifications.length <= count) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== done);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== done);
        resolve(this.notifications.length > count);
      }, timeoutMs);
      this.waiters.push(done);
    });
  }

  deliver(n: ReceivedNotification): void {
    this.notifications.push(n);
    for (const w of [...this.waiters]) w();
  }
}

export class ObservationStreams {
  private readonly byToken = new Map<string, ObservationStream>();
  private readonly byLabel = new Map<string, ObservationStream>();

  constructor(private readonly server: Lwm2mTestServer) {
    server.onNotification((response, peer) => this.receive(response, peer));
  }

  open(label: string, token: Buffer): ObservationStream {
    const stream = new ObservationStream(label, token);
    this.byToken.set(token.toString('hex'), stream);
    this.byLabel.set(label, stream);
    return stream;
  }

  /** The stream a step names; a missing one is a feature (step order) error. */
  get(label: string): ObservationStream {
    const stream = this.byLabel.get(label);
    if (!stream) throw new Error(`step order: the Server has not observed ${label}`);
    return stream;
  }

  private receive(response: CoapResponse, peer: PeerAddress): boolean {
    const stream = this.byToken.get(response.message.token.toString('hex'));
    if (!stream) return false; // not ours: a CON gets RST, as RFC 7641 §3.6 wants for unknown tokens
    const { message } = response;
    stream.deliver({ at: Date.now(), type: message.type, messageId: message.messageId, code: response.code, observe: response.observe, contentFormat: response.contentFormat, payload: response.payload });
    if (!stream.resetNext && stream.cancelledAt === undefined) return true;
    // Passive cancel (RFC 7641 §3.6): this notification and any later one get RST.
    stream.resetNext = false;
    stream.cancelledAt ??= Date.now();
    if (message.type === 'NON') void this.server.sendReset(peer, message.messageId).catch(() => undefined);
    return false;
  }
}
