/**
 * Stateless HelloVerifyRequest cookies (RFC 6347 §4.2.1): HMAC-SHA256 over the peer's address
 * and port with a random secret kept only in memory.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { PeerAddress } from '../coap-udp/types';
import { peerKey } from '../coap-udp/peer';

export class CookieSecret {
  private readonly secret = randomBytes(32);

  /** 32 bytes, well under the 255 bytes DTLS 1.2 allows. */
  cookieFor(peer: PeerAddress): Buffer {
    return createHmac('sha256', this.secret).update(peerKey(peer)).digest();
  }
}
