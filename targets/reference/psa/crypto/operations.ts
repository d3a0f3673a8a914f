/**
 * Multipart operation objects as handles (PSA Crypto API 1.2 §5.5 "Multi-part operations",
 * psa-api doc/crypto/overview/functionality.rst). A handle from `init()` is an inactive operation;
 * a family stores its active state in it. Handles are never reused within an instance, and an
 * unknown handle behaves as an inactive operation (BAD_STATE on use), which is the safe reading of
 * "an uninitialised operation object" for an implementation that cannot detect it.
 */
const ERROR = Symbol('error state');

export class OperationTable<S> {
  private readonly states = new Map<number, S | typeof ERROR | undefined>();
  private next = 1;

  /** PSA_xxx_OPERATION_INIT: a new inactive operation. */
  init(): number {
    const id = this.next++;
    this.states.set(id, undefined);
    return id;
  }

  /** The active state, or undefined when the operation is inactive, in error state, or unknown. */
  get(op: number): S | undefined {
    const s = this.states.get(op);
    return s === ERROR ? undefined : s;
  }

  /** Inactive (fresh or aborted): the only state in which setup is allowed. */
  isInactive(op: number): boolean {
    return this.states.get(op) === undefined;
  }

  /**
   * An error while active puts the operation in the error state (§5.5.2): every call but abort
   * then returns PSA_ERROR_BAD_STATE.
   */
  fail(op: number): void {
    if (this.states.get(op) !== undefined) this.states.set(op, ERROR);
  }

  activate(op: number, state: S): void {
    this.states.set(op, state);
  }

  /** Back to inactive (abort, or a successful finish). */
  deactivate(op: number): void {
    if (this.states.has(op)) this.states.set(op, undefined);
  }

  clear(): void {
    this.states.clear();
  }
}
