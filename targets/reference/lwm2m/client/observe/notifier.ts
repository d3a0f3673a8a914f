/**
 * Sends Observe notifications to one LwM2M Server (RFC 7641 §4.2, §4.5; TS-Transport §6.4.5): a 2.05
 * response carrying the observation's token and a fresh Observe sequence number, as NON (the LwM2M
 * default, TS-Transport §6.8.1 lets Notify be NON) or, when the `con` attribute asks, as CON with the
 * RFC 7252 §4.2 retransmission schedule.
 *
 * The server cancels passively by answering a notification with RST (RFC 7641 §3.6, ETS int-302).
 * The endpoint's message layer does not hand unmatched RST/ACK messages to anyone, so the notifier
 * reads them from the endpoint's datagram stream (onTranscript), matching them by Message ID.
 */
import { uintOptionOf } from '../../../transport/coap-udp/options';
import { resolveTiming, type Timing } from '../../../transport/coap-udp/parameters';
import { backoffSchedule } from '../../../transport/coap-udp/retransmit';
import type { CoapEndpoint, CoapOption, PeerAddress, TranscriptEntry } from '../../../transport/coap-udp/types';
import { samePeer } from '../server-peer';

export interface Notification {
  token: Buffer;
  observe: number;
  /** 2.05, or an error code that ends the observation (RFC 7641 §4.2: e.g. 4.04 once the target is gone). */
  code: string;
  contentFormat?: number;
  payload: Buffer;
  confirmable: boolean;
}

export interface NotifierEvents {
  /** The server answered a notification with RST: it is no longer interested (RFC 7641 §3.6). */
  reset(token: Buffer): void;
  /** A CON notification was never acknowledged: RFC 7641 §4.5, the observer is removed. */
  gaveUp(token: Buffer): void;
}

/** How many recent notifications are remembered for matching an RST or ACK. */
const REMEMBERED = 256;

interface Sent {
  token: Buffer;
  timer?: NodeJS.Timeout;
}

export class Notifier {
  private readonly sent = new Map<number, Sent>();
  private readonly timing: Timing;
  /** Listening to the datagram stream starts with the first notification (it costs every datagram a copy). */
  private unsubscribe?: () => void;
  private closed = false;

  constructor(
    private readonly coap: CoapEndpoint,
    private readonly server: PeerAddress,
    timeScale: number,
    private readonly events: NotifierEvents,
  ) {
    this.timing = resolveTiming({}, timeScale);
  }

  send(n: Notification): void {
    if (this.closed) return;
    this.unsubscribe ??= this.coap.onTranscript((entry) => this.seen(entry));
    const options: CoapOption[] = [];
    if (n.code === '2.05') options.push(uintOptionOf('Observe', n.observe));
    if (n.contentFormat !== undefined) options.push(uintOptionOf('Content-Format', n.contentFormat));
    const message = { type: n.confirmable ? ('CON' as const) : ('NON' as const), code: n.code, token: n.token, options, payload: n.payload };
    void this.coap.sendMessage(this.server, message).then(
      // Over TCP/TLS (RFC 8323 §2) the transport is reliable: no ACK comes and nothing is retransmitted.
      (sent) => sent.transport !== 'tcp' && this.remember(sent.messageId, { token: n.token }, n.confirmable ? () => this.coap.sendMessage(this.server, sent) : undefined),
      () => undefined, // the endpoint closed under us: nothing left to notify
    );
  }

  close(): void {
    this.closed = true;
    this.unsubscribe?.();
    for (const s of this.sent.values()) clearTimeout(s.timer);
    this.sent.clear();
  }

  private remember(messageId: number, entry: Sent, retransmit?: () => Promise<unknown>): void {
    this.sent.set(messageId, entry);
    if (this.sent.size > REMEMBERED) {
      const [oldest, old] = this.sent.entries().next().value as [number, Sent];
      clearTimeout(old.timer);
      this.sent.delete(oldest);
    }
    if (!retransmit) return;
    const waits = backoffSchedule(this.timing);
    const step = (i: number) => {
      entry.timer = setTimeout(() => {
        if (this.closed || !this.sent.has(messageId)) return;
        if (i === waits.length - 1) {
          this.sent.delete(messageId);
          this.events.gaveUp(entry.token);
          return;
        }
        void retransmit().catch(() => undefined);
        step(i + 1);
      }, waits[i]);
    };
    step(0);
  }

  /** An ACK settles a CON notification; an RST (to CON or NON) cancels the observation. */
  private seen(entry: TranscriptEntry): void {
    const m = entry.message;
    if (entry.direction !== 'in' || !m || m.code !== '0.00' || (m.type !== 'ACK' && m.type !== 'RST')) return;
    if (!samePeer(entry.peer, this.server)) return;
    const sent = this.sent.get(m.messageId);
    if (!sent) return;
    clearTimeout(sent.timer);
    this.sent.delete(m.messageId);
    if (m.type === 'RST') this.events.reset(sent.token);
  }
}
