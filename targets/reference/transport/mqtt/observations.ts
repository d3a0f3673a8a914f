/**
 * What each side of an LwM2M-over-MQTT link must remember about observations, because the MQTT
 * messages do not repeat it (TS-Transport 1.2 Table 8.3.4-1):
 * - the client side: what a token observes, since Cancel-Observe carries only the token;
 * - the server side: which tokens are established observations (Notify and a final error result
 *   are told apart from stray results by that), their RFC 7641 Observe sequence for the CoAP view,
 *   and which synthetic Message ID a delivered Notify had, so a CoAP RST to it (passive cancel,
 *   RFC 7641 §3.6) can become Cancel-Observe.
 * All maps are bounded (oldest forgotten first).
 */

/** How many observations / delivered notifications are remembered per endpoint object. */
export const REMEMBERED_OBSERVATIONS = 1024;

function bounded<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > REMEMBERED_OBSERVATIONS) map.delete(map.keys().next().value as K);
}

export type ObservedTarget = { uri: string } | { paths: Buffer };

/** Client side: token → what it observes. */
export class ObservedTargets {
  private readonly targets = new Map<bigint, ObservedTarget>();

  set(token: bigint, target: ObservedTarget): void {
    bounded(this.targets, token, target);
  }

  get(token: bigint): ObservedTarget | undefined {
    return this.targets.get(token);
  }

  delete(token: bigint): void {
    this.targets.delete(token);
  }
}

/** RFC 7641 §4.4: Observe sequence numbers are 24 bits and wrap. */
const SEQUENCE_MASK = 0xffffff;

/** Server side: established observations per endpoint, with their Observe sequence. */
export class Observations {
  private readonly sequences = new Map<string, number>();
  private readonly delivered = new Map<number, { endpoint: string; token: bigint }>();

  private static key(endpoint: string, token: bigint): string {
    return `${endpoint}|${token}`;
  }

  established(endpoint: string, token: bigint): void {
    bounded(this.sequences, Observations.key(endpoint, token), 0);
  }

  has(endpoint: string, token: bigint): boolean {
    return this.sequences.has(Observations.key(endpoint, token));
  }

  /** The next Observe value for a Notify of this observation. */
  next(endpoint: string, token: bigint): number {
    const key = Observations.key(endpoint, token);
    const sequence = ((this.sequences.get(key) ?? 0) + 1) & SEQUENCE_MASK;
    this.sequences.set(key, sequence);
    return sequence;
  }

  end(endpoint: string, token: bigint): void {
    this.sequences.delete(Observations.key(endpoint, token));
  }

  /** Remembers the Message ID a Notify was delivered up with. */
  deliveredAs(messageId: number, endpoint: string, token: bigint): void {
    bounded(this.delivered, messageId, { endpoint, token });
  }

  /** The observation a Message ID was delivered for (and forgets it). */
  takeDelivered(messageId: number): { endpoint: string; token: bigint } | undefined {
    const found = this.delivered.get(messageId);
    this.delivered.delete(messageId);
    return found;
  }
}
