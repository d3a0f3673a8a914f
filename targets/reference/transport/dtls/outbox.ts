/**
 * Datagrams on their way out of a socket. A socket closed while node still resolves the
 * destination drops what it was sending, so close() first waits (bounded) for the close_notify
 * alerts it just queued.
 */
import type { Socket } from 'node:dgram';
import type { PeerAddress } from '../coap-udp/types';
import { sendDatagram } from '../coap-udp/socket';

export class Outbox {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly socket: Socket) {}

  send(peer: PeerAddress, datagram: Buffer): void {
    const sent = sendDatagram(this.socket, peer, datagram).catch(() => {}); // DTLS retransmits what matters (RFC 6347 §4.2.4)
    this.pending.add(sent);
    void sent.finally(() => this.pending.delete(sent));
  }

  /** Resolves when everything queued left, or after `boundMs`. */
  async drain(boundMs = 500): Promise<void> {
    if (this.pending.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.pending]), new Promise((r) => (timer = setTimeout(r, boundMs)))]);
    clearTimeout(timer);
  }
}
