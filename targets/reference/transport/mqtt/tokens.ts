/**
 * CoAP tokens (0–8 opaque bytes, RFC 7252 §5.3.1) ⇄ LwM2M-over-MQTT tokens (an unsigned integer,
 * TS-Transport 1.2 §8.3: "chosen so that responses map unambiguously to requests").
 *
 * Bytes → integer is big-endian, so leading zero bytes are lost on the way back. The book remembers
 * the exact bytes of every token this side put on the wire, so a response or notification carrying
 * that integer gets the very token the LwM2M layer chose; an integer we never sent becomes its
 * shortest big-endian form.
 */

/** How many tokens a book remembers (oldest forgotten first); observations live long, so keep many. */
export const REMEMBERED_TOKENS = 4096;

export function tokenToUint(token: Buffer): bigint {
  if (token.length > 8) throw new RangeError(`a CoAP token has at most 8 bytes, got ${token.length}`);
  return token.length === 0 ? 0n : BigInt('0x' + token.toString('hex'));
}

export function uintToToken(value: bigint): Buffer {
  if (value < 0n || value > 0xffffffffffffffffn) throw new RangeError(`token ${value} does not fit 8 bytes`);
  if (value === 0n) return Buffer.alloc(0);
  const hex = value.toString(16);
  return Buffer.from(hex.length % 2 ? '0' + hex : hex, 'hex');
}

export class TokenBook {
  private readonly sent = new Map<bigint, Buffer>();

  /** Records the bytes of a token we send; returns its integer. */
  remember(token: Buffer): bigint {
    const value = tokenToUint(token);
    this.sent.delete(value);
    this.sent.set(value, token);
    if (this.sent.size > REMEMBERED_TOKENS) this.sent.delete(this.sent.keys().next().value as bigint);
    return value;
  }

  /** The bytes for an integer token: the ones we sent, or the shortest form. */
  bytes(value: bigint): Buffer {
    return this.sent.get(value) ?? uintToToken(value);
  }
}
