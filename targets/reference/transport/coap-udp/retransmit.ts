/**
 * Reliable transmission of Confirmable messages (RFC 7252 §4.2): retransmit with exponential
 * back-off until an ACK or RST with the same Message ID arrives from the peer, or give up.
 */
import type { CoapMessage, PeerAddress } from './types';
import type { Timing } from './parameters';
import { peerKey } from './peer';

/** How a Confirmable transmission ended. */
export type ConfirmableOutcome =
  | { kind: 'ack' | 'reset'; message: CoapMessage; transmissions: number }
  | { kind: 'timeout' | 'cancelled'; transmissions: number }
  | { kind: 'error'; error: Error; transmissions: number };

/** Sends one datagram; rejects when the socket cannot send it. `note` goes to the transcript. */
export type Transmit = (peer: PeerAddress, message: CoapMessage, note?: string) => Promise<void>;

/** A Confirmable message in flight. */
export interface ConfirmableTransmission {
  /** Settles once; never rejects. */
  readonly outcome: Promise<ConfirmableOutcome>;
  /** How many times the message has been sent so far (1 + retransmissions). */
  transmissions(): number;
  /** Stops retransmitting (e.g. a separate response arrived first, RFC 7252 §5.2.2). */
  cancel(): void;
}

/**
 * RFC 7252 §4.2: the initial timeout is a random duration between ACK_TIMEOUT and
 * ACK_TIMEOUT × ACK_RANDOM_FACTOR.
 */
export function initialTimeoutMs(timing: Pick<Timing, 'ackTimeoutMs' | 'ackRandomFactor'>, random: () => number = Math.random): number {
  return timing.ackTimeoutMs * (1 + random() * (timing.ackRandomFactor - 1));
}

/**
 * The waits before each retransmission and before giving up (RFC 7252 §4.2): the initial timeout
 * doubled each time; MAX_RETRANSMIT + 1 waits in all, whose sum is at most MAX_TRANSMIT_WAIT.
 */
export function backoffSchedule(timing: Pick<Timing, 'ackTimeoutMs' | 'ackRandomFactor' | 'maxRetransmit'>, random: () => number = Math.random): number[] {
  const first = initialTimeoutMs(timing, random);
  return Array.from({ length: timing.maxRetransmit + 1 }, (_, i) => first * 2 ** i);
}

interface InFlight {
  settle(outcome: ConfirmableOutcome): void;
  transmissions(): number;
}

/** Sends CON messages and matches the ACK/RST that ends each one (same peer + Message ID). */
export class ReliableSender {
  private readonly inFlight = new Map<string, InFlight>();

  constructor(
    private readonly transmit: Transmit,
    private readonly timing: Timing,
    private readonly random: () => number = Math.random,
  ) {}

  /** Sends `message` (type CON) now and retransmits it on the §4.2 schedule. */
  send(peer: PeerAddress, message: CoapMessage): ConfirmableTransmission {
    const key = `${peerKey(peer)}#${message.messageId}`;
    const waits = backoffSchedule(this.timing, this.random);
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    let resolve!: (outcome: ConfirmableOutcome) => void;
    const outcome = new Promise<ConfirmableOutcome>((r) => (resolve = r));
    const entry: InFlight = {
      settle: (result) => {
        if (this.inFlight.get(key) !== entry) return;
        this.inFlight.delete(key);
        clearTimeout(timer);
        resolve(result);
      },
      transmissions: () => sent,
    };
    const step = (): void => {
      if (sent > this.timing.maxRetransmit) {
        entry.settle({ kind: 'timeout', transmissions: sent });
        return;
      }
      const note = sent === 0 ? undefined : `retransmission ${sent}/${this.timing.maxRetransmit}`;
      this.transmit(peer, message, note).catch((error: Error) => entry.settle({ kind: 'error', error, transmissions: sent }));
      timer = setTimeout(step, waits[sent]);
      timer.unref();
      sent += 1;
    };
    this.inFlight.get(key)?.settle({ kind: 'cancelled', transmissions: 0 });
    this.inFlight.set(key, entry);
    step();
    return { outcome, transmissions: () => sent, cancel: () => entry.settle({ kind: 'cancelled', transmissions: sent }) };
  }

  /** Ends the matching transmission with this ACK or RST; false when nothing matched. */
  settle(peer: PeerAddress, message: CoapMessage): boolean {
    const entry = this.inFlight.get(`${peerKey(peer)}#${message.messageId}`);
    if (entry === undefined) return false;
    entry.settle({ kind: message.type === 'RST' ? 'reset' : 'ack', message, transmissions: entry.transmissions() });
    return true;
  }

  /** Stops every transmission (endpoint close). */
  cancelAll(): void {
    for (const entry of [...this.inFlight.values()]) entry.settle({ kind: 'cancelled', transmissions: entry.transmissions() });
  }
}
