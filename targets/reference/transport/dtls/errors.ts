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
  constructor(peer: PeerAddress, timeoutMs: number, readonly state: string) {
    super(`DTLS handshake with ${describePeer(peer)} timed out after ${timeoutMs} ms in state "${state}"${timeoutHint(state)}`, peer, 'handshake timeout');
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

/**
 * A silent peer after our Finished usually could not decrypt it: DTLS drops records that fail
 * their integrity check without an alert (RFC 6347 §4.1.2.7), so a wrong PSK looks like silence.
 */
function timeoutHint(state: string): string {
  if (/finished|change cipher/i.test(state)) return ': the peer never answered our Finished — it could not decrypt it (wrong PSK or key?); DTLS drops such records silently (RFC 6347 §4.1.2.7)';
  if (/before|hello/i.test(state)) return ': the peer stopped answering (is a DTLS server listening there?)';
  return '';
}
