/**
 * A byte stream to one implementation: a child process's stdin/stdout, or a TCP connection. The
 * connection layer above it does the framing; a transport only moves bytes and says when it ended.
 */
export interface BridgeTransport {
  /** e.g. `stdio: node … serve psa-bridge (pid 1234)` or `tcp: 127.0.0.1:7000`. */
  readonly label: string;
  write(bytes: Buffer): void;
  onData(listener: (chunk: Buffer) => void): void;
  /** Called once when the stream ends, for any reason, with a one-line reason. */
  onClose(listener: (reason: string) => void): void;
  /** Ends the stream (and stops the process, for stdio). Safe to call twice. */
  close(): void;
  /** What the implementation said on the side (stderr tail), for error messages; may be empty. */
  diagnostics(): string;
  /** Lets the suite's process exit while this transport is idle (true) or keeps it alive (false). */
  setIdle(idle: boolean): void;
}

/** How much of an implementation's stderr is kept for error messages. */
export const STDERR_TAIL_BYTES = 4096;

export function tailOf(text: string, lines = 8): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
