/**
 * A structural walk over CBOR bytes (RFC 8949 §3) that enforces what RFC 9783 §5 asks of a PSA token
 * beyond validity: definite lengths only. It reports the first problem (indefinite length, reserved
 * additional information, truncation, trailing bytes) with its offset; it does not build values.
 */

const MAX_DEPTH = 32;

export function cborStructureProblem(bytes: Uint8Array): string | undefined {
  let pos = 0;

  const need = (n: number, what: string) => {
    if (pos + n > bytes.length) throw new Error(`truncated CBOR: ${what} at offset ${pos} needs ${n} more bytes`);
  };

  const argument = (ai: number, at: number): number => {
    if (ai < 24) return ai;
    if (ai > 27) throw new Error(ai === 31 ? `indefinite-length item at offset ${at} (RFC 9783 requires definite lengths)` : `reserved additional information ${ai} at offset ${at}`);
    const n = 1 << (ai - 24);
    need(n, 'argument');
    let value = 0;
    for (let i = 0; i < n; i++) value = value * 256 + bytes[pos++];
    return value;
  };

  const item = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new Error(`CBOR nested deeper than ${MAX_DEPTH} at offset ${pos}`);
    need(1, 'item head');
    const at = pos;
    const initial = bytes[pos++];
    const major = initial >> 5;
    const value = argument(initial & 0x1f, at);
    if (major === 2 || major === 3) {
      need(value, major === 2 ? 'byte string' : 'text string');
      pos += value;
    } else if (major === 4) {
      for (let i = 0; i < value; i++) item(depth + 1);
    } else if (major === 5) {
      for (let i = 0; i < 2 * value; i++) item(depth + 1);
    } else if (major === 6) {
      item(depth + 1);
    }
  };

  try {
    item(0);
    if (pos !== bytes.length) return `trailing bytes after the CBOR item (${bytes.length - pos} bytes at offset ${pos})`;
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
