/**
 * Bindings kept beyond one exchange for Observe (RFC 8613 §4.1.3.5, §8.3, §8.4): the notifications of
 * an observation are protected with (server) and verified against (client) the binding of the
 * registration request, by token. The client also keeps the highest notification Partial IV to refuse
 * replayed and older notifications (§7.4.1: notifications are ordered by their Partial IV).
 * Bounded: the oldest observation is forgotten past `limit`.
 */
import type { PeerAddress } from '../coap-udp/types';
import type { RequestBinding } from './protect';

/** The key of an observation a server accepted: the observer's address and the token (RFC 7641 §3.1). */
export const peerTokenKey = (peer: PeerAddress, token: Buffer): string => `${peer.address}|${peer.port}#${token.toString('hex')}`;

export interface Observation {
  binding: RequestBinding;
  /** Highest notification sequence number seen (client side), -1 before any. */
  highest: number;
}

export class Observations {
  private readonly byKey = new Map<string, Observation>();

  constructor(private readonly limit = 4096) {}

  set(key: string, binding: RequestBinding): void {
    this.byKey.delete(key);
    this.byKey.set(key, { binding, highest: -1 });
    if (this.byKey.size > this.limit) this.byKey.delete(this.byKey.keys().next().value!);
  }

  get(key: string): Observation | undefined {
    return this.byKey.get(key);
  }

  delete(key: string): void {
    this.byKey.delete(key);
  }

  clear(): void {
    this.byKey.clear();
  }
}
