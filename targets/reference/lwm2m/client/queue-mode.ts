/**
 * Queue Mode (TS-Transport §6.5; TS-Core §6.2.1.2 `Q`): the client stays reachable for
 * MAX_TRANSMIT_WAIT after each message it sends to the server, and then sleeps — it no longer receives
 * anything until it next sends (its next Update, a Send, a notification). The server must hold its
 * requests until then (ETS int-109). The reference client "sleeps" by ignoring every request from that
 * server outside the window, as a radio that is off would.
 */
import type { CoapEndpoint, PeerAddress } from '../../transport/coap-udp/types';
import { samePeer } from './server-peer';

export class QueueModeWindow {
  private awakeUntil = 0;
  private readonly unsubscribe: () => void;

  /** `awakeMs`: MAX_TRANSMIT_WAIT in wall-clock ms (RFC 7252 §4.8.2, scaled). */
  constructor(
    coap: CoapEndpoint,
    server: PeerAddress,
    private readonly awakeMs: number,
  ) {
    this.unsubscribe = coap.onTranscript((entry) => {
      if (entry.direction === 'out' && samePeer(entry.peer, server)) this.awakeUntil = entry.time + this.awakeMs;
    });
  }

  isAwake(at = Date.now()): boolean {
    return at <= this.awakeUntil;
  }

  close(): void {
    this.unsubscribe();
  }
}
