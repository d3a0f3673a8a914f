/**
 * Message deduplication (RFC 7252 §4.5): a message from the same peer with the same Message ID
 * within EXCHANGE_LIFETIME (CON) or NON_LIFETIME (NON) is a duplicate. The recipient processes it
 * only once and acknowledges each duplicate CON with the same ACK or RST.
 */
import type { CoapMessage, PeerAddress } from './types';
import { peerKey } from './peer';

/** What we know about a message already received. */
export interface DedupEntry {
  /** What we sent in reply (the ACK, the RST), to resend for a duplicate CON; empty while processing. */
  replies: CoapMessage[];
  readonly expiresAt: number;
}

/** Remembers received Message IDs per peer for their lifetime. */
export class DuplicateCache {
  private readonly entries = new Map<string, DedupEntry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The live entry for (peer, messageId), or undefined if this message is new. */
  lookup(peer: PeerAddress, messageId: number): DedupEntry | undefined {
    const key = `${peerKey(peer)}#${messageId}`;
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt > this.now()) return entry;
    this.entries.delete(key);
    return undefined;
  }

  /** Records a new message, remembered for `lifetimeMs`; returns its entry for the replies. */
  remember(peer: PeerAddress, messageId: number, lifetimeMs: number): DedupEntry {
    this.sweep();
    const key = `${peerKey(peer)}#${messageId}`;
    const entry: DedupEntry = { replies: [], expiresAt: this.now() + lifetimeMs };
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** How many messages are remembered (for tests). */
  get size(): number {
    return this.entries.size;
  }

  /** Drops expired entries from the front (insertion order ≈ expiry order). */
  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) break;
      this.entries.delete(key);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
