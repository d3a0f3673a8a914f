/**
 * Serves one connection over a byte stream (stdin/stdout, or a TCP socket): frames in, requests
 * handled one at a time in arrival order, frames out. A malformed or oversize frame gets an error
 * response with id null and the connection is closed (docs/psa-bridge-protocol.md §2, §5.2).
 */
import type { Readable, Writable } from 'node:stream';
import { decodeMessage, encodeMessage } from '../cbor';
import { encodeFrame, FrameError, FrameReader } from '../frame';
import type { BridgeResponse } from '../protocol';
import type { SessionHost } from './session-host';

export interface StreamLog {
  (line: string): void;
}

/** Resolves when the input ends or the connection is closed; every session is closed by then. */
export function serveStream(input: Readable, output: Writable, host: SessionHost, maxFrame: number, log: StreamLog = () => undefined): Promise<void> {
  const reader = new FrameReader(maxFrame);
  let queue = Promise.resolve();
  let closing = false;
  /** Set when the connection is being closed on our side: requests still queued get no answer. */
  let refusing = false;
  return new Promise((resolve) => {
    const send = (response: BridgeResponse) => {
      if (output.writableEnded) return;
      let payload: Buffer;
      try {
        payload = encodeMessage(response);
      } catch (e) {
        payload = encodeMessage({ id: response.id, error: { code: 'internal', message: `the result cannot be encoded as CBOR: ${(e as Error).message}` } });
      }
      output.write(encodeFrame(payload));
    };
    const finish = () => {
      if (closing) return;
      closing = true;
      input.off('data', onData);
      queue = queue.then(() => host.closeAll()).catch((e) => log(`closing sessions failed: ${(e as Error).message}`));
      void queue.then(() => {
        if (output.writableFinished || output.destroyed) return resolve();
        output.once('finish', () => resolve());
        output.once('error', () => resolve());
        if (!output.writableEnded) output.end();
      });
    };
    const refuse = (code: string, message: string) => {
      log(`closing the connection: ${code}: ${message}`);
      // Requests read before the bad frame are still answered; nothing after it is.
      queue = queue.then(() => {
        refusing = true;
        send({ id: null, error: { code, message } });
      });
      finish();
    };
    const onData = (chunk: Buffer) => {
      let frames: Buffer[];
      let bad: FrameError | undefined;
      try {
        frames = reader.push(chunk);
      } catch (e) {
        bad = e instanceof FrameError ? e : new FrameError('malformed-frame', (e as Error).message);
        frames = bad.completed;
      }
      handleFrames(frames);
      if (bad && !closing) refuse(bad.code, bad.message);
    };
    const handleFrames = (frames: Buffer[]) => {
      for (const payload of frames) {
        if (closing) return;
        let request: unknown;
        try {
          request = decodeMessage(payload);
        } catch (e) {
          refuse('malformed-frame', `payload is not one CBOR data item: ${(e as Error).message}`);
          return;
        }
        queue = queue.then(async () => {
          if (refusing) return; // a response before this one closed the connection
          const handled = await host.handle(request);
          send(handled.response);
          if (handled.close) {
            refusing = true;
            finish();
          }
        });
      }
    };
    input.on('data', onData);
    input.once('end', finish);
    input.once('close', finish);
    input.once('error', finish);
  });
}
