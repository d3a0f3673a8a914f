/**
 * Message deduplication (RFC 7252 §4.5): a message from the same peer with the same Message ID
 * within EXCHANGE_LIFETIME (CON) or NON_LIFETIME (NON) is a duplicate. The recipient processes it
 * only once and acknowledges each duplicate CON with the same ACK or RST.
 *
 * Every datagram in passes through here, so entries are indexed by peer, then by the numeric
 * Message ID (no string key per message), and expire from a queue in arrival order.
 */
import type { PeerAddress } from './types';
import { peerKey } from './peer';

/** What we know about a message already received. */
export interface DedupEntry {
  /**
   * The datagram we sent in reply (the ACK, the RST, the piggy-backed response), to resend for a
   * duplicate CON; undefined while the request is being processed. Kept as bytes: entries live for
   * EXCHANGE_LIFETIME (247 s), and a message object graph that long-lived is what the garbage
   * collector pays for on a busy server.
   */
  reply?: Buffer;
  readonly expiresAt: number;
}

/** An entry with what the expiry queue needs to find it again. */
interface Entry extends DedupEntry {
  readonly key: string;
  readonly messageId: number;
}

/** Remembers received Message IDs per peer for their lifetime. */
export class DuplicateCache {
  private readonly byPeer = new Map<string, Map<number, Entry>>();
  /** Entries in arrival order (≈ expiry order: lifetimes are constant per message type). */
  private queue: Entry[] = [];
  private head = 0;
  private count = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** The live entry for (peer, messageId), or undefined if this message is new. `key`: peerKey(peer), when the caller has it. */
  lookup(peer: PeerAddress, messageId: number, key = peerKey(peer)): DedupEntry | undefined {
    const ids = this.byPeer.get(key);
    const entry = ids?.get(messageId);
    if (entry === undefined) return undefined;
    if (entry.expiresAt > this.now()) return entry;
    ids!.delete(messageId);
    this.count--;
    return undefined;
  }

  /** Records a new message, remembered for `lifetimeMs`; returns its entry for the reply. */
  remember(peer: PeerAddress, messageId: number, lifetimeMs: number, key = peerKey(peer)): DedupEntry {
    const now = this.now();
    this.sweep(now);
    let ids = this.byPeer.get(key);
    if (ids === undefined) this.byPeer.set(key, (ids = new Map()));
    const entry: Entry = { reply: undefined, expiresAt: now + lifetimeMs, key, messageId };
    if (!ids.has(messageId)) this.count++;
    ids.set(messageId, entry);
    this.queue.push(entry);
    return entry;
  }

  /** How many messages are remembered (for tests). */
  get size(): number {
    return this.count;
  }

  /** Drops expired entries from the front of the arrival queue. */
  private sweep(now: number): void {
    const queue = this.queue;
    while (this.head < queue.length && queue[this.head]!.expiresAt <= now) {
      const entry = queue[this.head++]!;
      const ids = this.byPeer.get(entry.key);
      if (ids?.get(entry.messageId) === entry) {
        ids.delete(entry.messageId);
        this.count--;
        if (ids.size === 0) this.byPeer.delete(entry.key); // a peer gone quiet costs nothing
      }
    }
    if (this.head > 1024 && this.head * 2 > queue.length) {
      this.queue = queue.slice(this.head);
      this.head = 0;
    }
  }

  clear(): void {
    this.byPeer.clear();
    this.queue = [];
    this.head = 0;
    this.count = 0;
  }
}
