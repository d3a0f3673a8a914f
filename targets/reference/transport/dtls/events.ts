/** What the DTLS layer did, for evidence and tests (the CoAP transcript shows the plaintext). */
import type { PeerAddress } from '../coap-udp/types';
import type { DtlsError } from './errors';
import type { NativeSessionInfo } from './native';
import { HANDSHAKE_HELLO_VERIFY_REQUEST, summarizeRecords } from './records';

export type DtlsEvent =
  | { type: 'handshake-start'; peer: PeerAddress }
  | { type: 'hello-verify-request'; peer: PeerAddress }
  | { type: 'connected'; peer: PeerAddress; info: NativeSessionInfo }
  | { type: 'failed'; peer: PeerAddress; error: DtlsError }
  | { type: 'closed'; peer: PeerAddress; reason: string };

export interface DtlsStats {
  handshakesStarted: number;
  handshakesCompleted: number;
  handshakesFailed: number;
  /** HelloVerifyRequests we sent (RFC 6347 §4.2.1), counted from the datagrams on the wire. */
  helloVerifyRequests: number;
}

export class DtlsEvents {
  readonly stats: DtlsStats = { handshakesStarted: 0, handshakesCompleted: 0, handshakesFailed: 0, helloVerifyRequests: 0 };
  private readonly listeners = new Set<(event: DtlsEvent) => void>();

  subscribe(listener: (event: DtlsEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  emit(event: DtlsEvent): void {
    if (event.type === 'handshake-start') this.stats.handshakesStarted++;
    else if (event.type === 'connected') this.stats.handshakesCompleted++;
    else if (event.type === 'failed') this.stats.handshakesFailed++;
    else if (event.type === 'hello-verify-request') this.stats.helloVerifyRequests++;
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // a listener's bug is the listener's
      }
    }
  }

  /** Looks at an outgoing epoch-0 datagram for a HelloVerifyRequest. */
  inspectOutgoing(peer: PeerAddress, datagram: Buffer): void {
    if (datagram[0] !== 22) return; // only plaintext handshake records can carry one
    if (summarizeRecords(datagram).some((r) => r.handshakeType === HANDSHAKE_HELLO_VERIFY_REQUEST)) this.emit({ type: 'hello-verify-request', peer });
  }
}
