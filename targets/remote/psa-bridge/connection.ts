/**
 * One connection to an implementation: frames CBOR requests, matches responses by id, and bounds every
 * call in time. A call that gets no answer in time means the implementation is hung: the connection
 * is closed (a stdio implementation is stopped) and every pending call is rejected, so a run never
 * hangs. When the implementation dies, pending calls are rejected with its stderr tail.
 */
import { decodeMessage, encodeMessage } from './cbor';
import { PsaBridgeError } from './errors';
import { encodeFrame, FrameError, FrameReader } from './frame';
import {
  DEFAULT_MAX_FRAME,
  HELLO,
  parseHello,
  parseResponse,
  PSA_BRIDGE_PROTOCOL_VERSION,
  type BridgeResponse,
  type HelloResult,
} from './protocol';
import type { BridgeTransport } from './transport';

export interface ConnectionOptions {
  /** Bound on every call (ms). */
  callTimeoutMs: number;
  /** Bound on the hello, which includes the implementation's start-up (ms). */
  helloTimeoutMs: number;
  /** Largest response frame accepted. */
  maxFrame?: number;
  /** Client name sent in the hello. */
  client?: string;
}

interface Pending {
  what: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export interface CallTarget {
  role?: string;
  session?: number;
  args: unknown[];
}

export class BridgeConnection {
  hello?: HelloResult;
  /** Sessions currently open on this connection (the pool's bookkeeping). */
  openSessions = 0;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly reader: FrameReader;
  private closedReason?: string;

  constructor(
    readonly transport: BridgeTransport,
    private readonly options: ConnectionOptions,
  ) {
    this.reader = new FrameReader(options.maxFrame ?? DEFAULT_MAX_FRAME);
    transport.onData((chunk) => this.receive(chunk));
    transport.onClose((reason) => this.fail(new PsaBridgeError('closed', this.describe(`connection ended: ${reason}`))));
    transport.setIdle(true);
  }

  get closed(): boolean {
    return this.closedReason !== undefined;
  }

  /** The `hello` handshake (§4.1): checks the protocol version and keeps the implementation's manifest. */
  async handshake(): Promise<HelloResult> {
    const raw = await this.call(HELLO, { args: [{ versions: [PSA_BRIDGE_PROTOCOL_VERSION], client: this.options.client ?? 'testfest' }] }, this.options.helloTimeoutMs);
    const hello = parseHello(raw);
    if (typeof hello === 'string') throw this.protocolError(`bad hello result: ${hello}`);
    if (hello.v !== PSA_BRIDGE_PROTOCOL_VERSION) throw this.protocolError(`implementation speaks protocol version ${hello.v}, the suite speaks ${PSA_BRIDGE_PROTOCOL_VERSION}`);
    this.hello = hello;
    return hello;
  }

  /** Sends one request and resolves with its result; rejects with a PsaBridgeError. */
  call(fn: string, target: CallTarget, timeoutMs = this.options.callTimeoutMs): Promise<unknown> {
    if (this.closedReason !== undefined) return Promise.reject(new PsaBridgeError('closed', this.describe(`${fn}: connection already ended: ${this.closedReason}`)));
    const id = this.nextId++;
    const request = { v: PSA_BRIDGE_PROTOCOL_VERSION, id, fn, role: target.role, session: target.session, args: target.args };
    let frame: Buffer;
    try {
      frame = encodeFrame(encodeMessage(request));
    } catch (e) {
      return Promise.reject(new PsaBridgeError('protocol', `${fn}: arguments cannot be encoded as CBOR: ${(e as Error).message}`));
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const error = new PsaBridgeError('timeout', this.describe(`${fn} got no answer within ${timeoutMs / 1000} s; the implementation is taken as hung and the connection is closed`));
        this.fail(error);
      }, timeoutMs);
      this.pending.set(id, { what: fn, resolve, reject, timer });
      if (this.pending.size === 1) this.transport.setIdle(false);
      this.transport.write(frame);
    });
  }

  close(): void {
    this.fail(new PsaBridgeError('closed', this.describe('connection closed by the suite')));
  }

  /** `what` plus where it happened and what the implementation logged. */
  describe(what: string): string {
    const diagnostics = this.transport.diagnostics();
    return `psa-bridge (${this.transport.label}): ${what}${diagnostics ? `\n${diagnostics}` : ''}`;
  }

  private receive(chunk: Buffer): void {
    let frames: Buffer[];
    let bad: FrameError | undefined;
    try {
      frames = this.reader.push(chunk);
    } catch (e) {
      bad = e instanceof FrameError ? e : new FrameError('malformed-frame', (e as Error).message);
      frames = bad.completed;
    }
    if (!this.settleAll(frames)) return;
    if (bad) this.fail(this.protocolError(`${bad.code} from the implementation: ${bad.message}`));
  }

  /** Settles the calls answered by these frames; false when the connection had to be closed. */
  private settleAll(frames: Buffer[]): boolean {
    for (const payload of frames) {
      let response: BridgeResponse | string;
      try {
        response = parseResponse(decodeMessage(payload));
      } catch (e) {
        response = `undecodable CBOR: ${(e as Error).message}`;
      }
      if (typeof response === 'string') {
        this.fail(this.protocolError(`malformed response: ${response}`));
        return false;
      }
      if (!this.settle(response)) return false;
    }
    return true;
  }

  /** Resolves the pending call of a response; false when the connection had to be closed. */
  private settle(response: BridgeResponse): boolean {
    if (response.id === null) {
      this.fail(new PsaBridgeError('remote', this.describe(`the implementation rejected a frame: ${response.error?.code}: ${response.error?.message}`), response.error?.code));
      return false;
    }
    const call = this.pending.get(response.id);
    if (!call) {
      this.fail(this.protocolError(`response to unknown request id ${response.id}`));
      return false;
    }
    this.pending.delete(response.id);
    clearTimeout(call.timer);
    if (this.pending.size === 0) this.transport.setIdle(true);
    if (response.error) call.reject(new PsaBridgeError('remote', this.describe(`${call.what}: ${response.error.code}: ${response.error.message}`), response.error.code));
    else call.resolve(response.result);
    return true;
  }

  private protocolError(message: string): PsaBridgeError {
    return new PsaBridgeError('protocol', this.describe(message));
  }

  /** Ends the connection: every pending call is rejected with `error`. */
  private fail(error: PsaBridgeError): void {
    if (this.closedReason === undefined) this.closedReason = error.message.split('\n')[0];
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const c of calls) {
      clearTimeout(c.timer);
      c.reject(error);
    }
    this.transport.close();
    this.transport.setIdle(true);
  }
}
