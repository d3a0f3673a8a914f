/**
 * The Security Contexts an OSCORE endpoint holds (RFC 8613 §3): incoming requests find theirs by
 * kid and kid context (§6.1, §8.2 step 2); outgoing requests by peer. A peer is known from the
 * context's `peer`, or learned from the last request that verified with the context (an LwM2M
 * server sends its Device Management requests to the address the client registered from), or, with
 * a single context, is whoever we talk to.
 */
import type { PeerAddress } from '../coap-udp/types';
import type { SecurityContext } from './context';

const keyOf = (peer: PeerAddress): string => `${peer.address}|${peer.port}`;

export class OscoreContextStore {
  private readonly contexts: SecurityContext[];
  private readonly learned = new Map<string, SecurityContext>();

  constructor(contexts: readonly SecurityContext[]) {
    this.contexts = [...contexts];
  }

  get all(): readonly SecurityContext[] {
    return this.contexts;
  }

  add(context: SecurityContext): void {
    if (!this.contexts.includes(context)) this.contexts.push(context);
  }

  remove(context: SecurityContext): void {
    const i = this.contexts.indexOf(context);
    if (i >= 0) this.contexts.splice(i, 1);
    for (const [key, c] of this.learned) if (c === context) this.learned.delete(key);
  }

  /** §8.2 step 2: the context whose Recipient ID is the kid (and whose ID Context is the kid context, when sent). */
  lookup = (kid: Buffer, kidContext: Buffer | undefined): SecurityContext | undefined =>
    this.contexts.find((c) => c.recipient.id.equals(kid) && (kidContext === undefined || (c.idContext !== undefined && c.idContext.equals(kidContext))));

  /** The context for a request to `peer`, or undefined when none is known. */
  forPeer(peer: PeerAddress): SecurityContext | undefined {
    const learned = this.learned.get(keyOf(peer));
    if (learned && this.contexts.includes(learned)) return learned;
    const configured = this.contexts.find((c) => c.peer !== undefined && c.peer.address === peer.address && c.peer.port === peer.port);
    if (configured) return configured;
    return this.contexts.length === 1 ? this.contexts[0] : undefined;
  }

  /** Remembers that `peer` speaks with `context` (a request from it verified). Bounded: peers are few per endpoint. */
  learn(peer: PeerAddress, context: SecurityContext): void {
    const key = keyOf(peer);
    this.learned.delete(key);
    this.learned.set(key, context);
    if (this.learned.size > 4096) this.learned.delete(this.learned.keys().next().value!);
  }
}
