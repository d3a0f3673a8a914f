/**
 * Why a bridge call did not produce a result. The kinds follow the style anchors' typed errors: the
 * report can tell a hung or dead implementation (timeout, closed) from a protocol violation by the
 * implementation (protocol), from an error the implementation reported (remote), and from an
 * implementation that could not be built or started at all (start).
 */
export type BridgeErrorKind = 'timeout' | 'closed' | 'protocol' | 'remote' | 'start';

export class PsaBridgeError extends Error {
  /**
   * An implementation that cannot be built or started gives no verdict: the report's judge reads the
   * name `InconclusiveError` as Inconclusive (README "Outcomes"), never as a Fail of the target.
   */
  override readonly name: string;

  constructor(
    readonly kind: BridgeErrorKind,
    message: string,
    /** The wire error code for kind `remote` (e.g. `unknown-session`). */
    readonly code?: string,
  ) {
    super(message);
    this.name = kind === 'start' ? 'InconclusiveError' : 'PsaBridgeError';
  }
}
