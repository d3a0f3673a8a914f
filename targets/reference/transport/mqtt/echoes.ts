/**
 * MQTT 3.1.1 has no No Local subscription option (MQTT 5 §3.8.3.1 added it): on the topic both sides
 * of an LwM2M-over-MQTT link share (TS-Transport 1.2 §8.3), the broker sends each side its own
 * PUBLISHes back. This remembers what we published (topic + bytes) so the copy is recognised.
 * Bounded: the oldest entries are forgotten first.
 */

/** How many of our own publications are remembered. */
export const REMEMBERED_ECHOES = 1024;

export class EchoFilter {
  private readonly sent = new Map<string, number>();

  published(topic: string, raw: Buffer): void {
    const key = EchoFilter.key(topic, raw);
    this.sent.set(key, (this.sent.get(key) ?? 0) + 1);
    if (this.sent.size > REMEMBERED_ECHOES) this.sent.delete(this.sent.keys().next().value as string);
  }

  /** True (once per publication) when `raw` on `topic` is the copy of something we published. */
  isEcho(topic: string, raw: Buffer): boolean {
    const key = EchoFilter.key(topic, raw);
    const count = this.sent.get(key);
    if (count === undefined) return false;
    if (count > 1) this.sent.set(key, count - 1);
    else this.sent.delete(key);
    return true;
  }

  private static key(topic: string, raw: Buffer): string {
    return `${topic} ${raw.toString('base64')}`;
  }
}
