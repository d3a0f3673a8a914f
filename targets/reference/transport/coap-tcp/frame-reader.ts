/**
 * Stream reassembly (RFC 8323 §3.2: TCP is a byte stream, frames are delimited by their Len field):
 * chunks go in, whole frames come out, whether a chunk holds part of a frame or several frames.
 * A frame larger than `maxFrameSize` (our advertised Max-Message-Size, §5.3.1) is an error as soon
 * as its header says so, before its bytes are buffered: memory stays bounded.
 */
import { decodeFrame, frameSize } from './frame';
import type { CoapMessage } from '../coap-udp/types';

export type ReadItem = { message: CoapMessage; raw: Buffer; error?: undefined } | { message?: undefined; raw: Buffer; error: string };

export class FrameReader {
  private buffer: Buffer = Buffer.alloc(0);
  /** Set after a format error: the stream cannot be resynchronised, so nothing more is read. */
  private failed = false;

  constructor(private readonly maxFrameSize: number) {}

  /** Feeds one chunk; returns the frames it completed, and at most one error (which ends the stream). */
  push(chunk: Buffer): ReadItem[] {
    if (this.failed) return [];
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const items: ReadItem[] = [];
    while (this.buffer.length > 0) {
      const size = frameSize(this.buffer);
      if (size !== undefined && size > this.maxFrameSize) {
        return this.fail(items, `frame of ${size} bytes exceeds our Max-Message-Size ${this.maxFrameSize} (RFC 8323 §5.3.1)`);
      }
      const result = decodeFrame(this.buffer);
      if (result.kind === 'incomplete') break;
      if (result.kind === 'error') return this.fail(items, result.error, result.size);
      items.push({ message: result.message, raw: Buffer.from(this.buffer.subarray(0, result.size)) });
      this.buffer = this.buffer.subarray(result.size);
    }
    return items;
  }

  /** Bytes received but not yet part of a whole frame. */
  get pending(): number {
    return this.buffer.length;
  }

  private fail(items: ReadItem[], error: string, size?: number): ReadItem[] {
    this.failed = true;
    const raw = Buffer.from(this.buffer.subarray(0, Math.min(this.buffer.length, size ?? 64)));
    this.buffer = Buffer.alloc(0);
    items.push({ raw, error });
    return items;
  }
}
