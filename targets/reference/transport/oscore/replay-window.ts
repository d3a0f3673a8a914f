/**
 * The Recipient's Replay Window (RFC 8613 §3.1, §7.4): a sliding window over received Partial IVs,
 * 32 wide by default (the default of RFC 4303 §3.4.3 that §7.4 refers to). A Partial IV above the
 * window moves it; one inside is accepted once; one below is refused as a possible replay.
 *
 * `check` and `accept` are separate because §8.2 checks for replay before decryption (step 3) but a
 * message only counts as received once it has been verified (step 6): a forged message must not
 * move the window.
 */
export class ReplayWindow {
  /** Highest accepted sequence number, -1 before the first. */
  private top = -1;
  /** Bit i set: `top - i` was received. Numbers are below 2^40, so plain doubles hold them exactly. */
  private seen = 0n;

  constructor(readonly size = 32) {
    if (!Number.isInteger(size) || size < 1 || size > 1024) throw new RangeError(`replay window size must be 1..1024, got ${size}`);
  }

  /** Is `sequenceNumber` new (not received, not below the window)? */
  check(sequenceNumber: number): boolean {
    if (sequenceNumber > this.top) return true;
    const offset = this.top - sequenceNumber;
    if (offset >= this.size) return false;
    return ((this.seen >> BigInt(offset)) & 1n) === 0n;
  }

  /** Records `sequenceNumber` as received; call only after `check` returned true and the message verified. */
  accept(sequenceNumber: number): void {
    const mask = (1n << BigInt(this.size)) - 1n;
    if (sequenceNumber > this.top) {
      const shift = this.top < 0 ? this.size : Math.min(sequenceNumber - this.top, this.size);
      this.seen = ((this.seen << BigInt(shift)) | 1n) & mask;
      this.top = sequenceNumber;
    } else {
      this.seen |= 1n << BigInt(this.top - sequenceNumber);
    }
  }

  /**
   * RFC 8613 Appendix B.1.2: after a reboot without a stored window the server must not accept
   * anything until freshness is proven (Echo); then the window starts at the verified number.
   */
  resetTo(sequenceNumber: number): void {
    this.top = sequenceNumber;
    this.seen = 1n;
  }

  /** The highest accepted sequence number (-1 before any). */
  get highest(): number {
    return this.top;
  }
}
