/**
 * DTLS failures as JS errors carrying OpenSSL's reason string
 * (e.g. `error:0A000419:SSL routines::tlsv1 alert access denied`).
 */
import { describePeer } from '../coap-udp/peer';
import type { PeerAddress } from '../coap-udp/types';

export class DtlsError extends Error {
  constructor(
    message: string,
    readonly peer: PeerAddress,
    /** OpenSSL's reason, as OpenSSL printed it. */
    readonly reason: string,
  ) {
    super(message);
    this.name = 'DtlsError';
  }
}

/** The handshake failed: bad PSK, unknown identity, untrusted certificate, wrong host name ... */
export class DtlsHandshakeError extends DtlsError {
  constructor(peer: PeerAddress, reason: string) {
    super(`DTLS handshake with ${describePeer(peer)} failed: ${reason}`, peer, reason);
    this.name = 'DtlsHandshakeError';
  }
}

/** The peer stopped answering mid-handshake (RFC 6347 §4.2.4 retransmissions exhausted or our bound hit). */
export class DtlsHandshakeTimeoutError extends DtlsError {
  constructor(peer: PeerAddress, timeoutMs: number) {
    super(`DTLS handshake with ${describePeer(peer)} timed out after ${timeoutMs} ms`, peer, 'handshake timeout');
    this.name = 'DtlsHandshakeTimeoutError';
  }
}

/** The association ended: close_notify, a fatal alert after the handshake, idle timeout, or close(). */
export class DtlsClosedError extends DtlsError {
  constructor(peer: PeerAddress, reason: string) {
    super(`DTLS association with ${describePeer(peer)} closed: ${reason}`, peer, reason);
    this.name = 'DtlsClosedError';
  }
}
