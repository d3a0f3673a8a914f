/**
 * Message ID allocation (RFC 7252 §4.4): a 16-bit counter starting at a random value, wrapping
 * from 65535 to 0. At EXCHANGE_LIFETIME = 247 s this allows ~265 new messages per second per
 * peer before an ID could be reused too early.
 */
export class MessageIdAllocator {
  private nextId: number;

  constructor(initial: number = Math.floor(Math.random() * 0x10000)) {
    if (!Number.isInteger(initial) || initial < 0 || initial > 0xffff) throw new RangeError(`initial Message ID must be 0..65535, got ${initial}`);
    this.nextId = initial;
  }

  /** The next Message ID. */
  next(): number {
    const id = this.nextId;
    this.nextId = (id + 1) & 0xffff;
    return id;
  }
}
