/**
 * The evidence transcript: every datagram in and out, delivered to listeners in order.
 */
import type { TranscriptEntry } from './types';

/** Fan-out of transcript entries; a throwing listener never disturbs the endpoint. */
export class Transcript {
  private readonly listeners = new Set<(entry: TranscriptEntry) => void>();

  /** Adds a listener; returns its unsubscribe function. */
  subscribe(listener: (entry: TranscriptEntry) => void): () => void {
    const wrapped = (entry: TranscriptEntry): void => listener(entry);
    this.listeners.add(wrapped);
    return () => {
      this.listeners.delete(wrapped);
    };
  }

  /** True when someone listens: the hot path builds entries only then. */
  get active(): boolean {
    return this.listeners.size > 0;
  }

  emit(entry: TranscriptEntry): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(entry);
      } catch {
        // A listener's bug must not break the message layer; the entry still reached the others.
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
