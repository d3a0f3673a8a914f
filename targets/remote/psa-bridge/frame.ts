/**
 * Length-prefixed frames (docs/psa-bridge-protocol.md §2): a 4-byte unsigned big-endian payload length,
 * then the payload (one CBOR data item). The reader checks the length before buffering the payload, so
 * an oversize or nonsensical frame is refused without allocating it.
 */

export const FRAME_HEADER_BYTES = 4;

/** A frame that cannot be accepted: the connection is closed with this message. */
export class FrameError extends Error {
  override readonly name = 'FrameError';
  /** Whole frames that came before the bad one in the same chunk: they are still to be handled. */
  completed: Buffer[] = [];

  constructor(
    readonly code: 'malformed-frame' | 'frame-too-large',
    message: string,
  ) {
    super(message);
  }
}

export function encodeFrame(payload: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + payload.length);
  frame.writeUInt32BE(payload.length, 0);
  frame.set(payload, FRAME_HEADER_BYTES);
  return frame;
}

/** Reassembles frames from stream chunks of any size. */
export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;

  constructor(private readonly maxFrame: number) {}

  /**
   * Adds a chunk; returns the payloads it completed. Throws FrameError on a bad length, carrying the
   * frames completed before it (`completed`).
   */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: Buffer[] = [];
    const refuse = (error: FrameError): never => {
      error.completed = frames;
      throw error;
    };
    for (;;) {
      if (this.buffered < FRAME_HEADER_BYTES) break;
      const length = this.peekLength();
      if (length === 0) refuse(new FrameError('malformed-frame', 'empty frame (length 0): a frame carries one CBOR map'));
      if (length > this.maxFrame) refuse(new FrameError('frame-too-large', `frame of ${length} bytes exceeds the limit of ${this.maxFrame} bytes`));
      if (this.buffered < FRAME_HEADER_BYTES + length) break;
      const all = this.take(FRAME_HEADER_BYTES + length);
      frames.push(all.subarray(FRAME_HEADER_BYTES));
    }
    return frames;
  }

  /** Bytes received that do not yet form a whole frame. */
  pending(): number {
    return this.buffered;
  }

  private peekLength(): number {
    const head = this.chunks[0]!.length >= FRAME_HEADER_BYTES ? this.chunks[0]! : Buffer.concat(this.chunks);
    return head.readUInt32BE(0);
  }

  private take(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const rest = all.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return all.subarray(0, n);
  }
}
