/**
 * The client side of the Registration Interface (TS-Core §6.2) towards ONE LwM2M Server: Register after
 * start, Update before the lifetime runs out, Update with `lt=` after /1/x/1 is written, an empty
 * Update on the Registration Update Trigger, De-register on Disable, and a new Register when the server
 * no longer knows the registration (4.04 to an Update, ETS int-105). One operation at a time (RFC 7252
 * NSTART=1). A Register that keeps failing follows the communication retry procedure of TS-Core 1.1
 * §6.2.1.1 and is then reported as failed, so the client can fall back to bootstrap (ETS int-7).
 * All waits are spec seconds × timeScale; `stop()` clears every timer.
 */
import type { CoapRequestSpec, CoapResponse } from '../../transport/coap-udp/types';
import { deregisterRequest, registerRequest, updateRequest, type RegisterParameters, type UpdateParameters } from './register-request';

export interface RegistrationHost {
  /** Sends a request to the registered server (rejects on timeout/reset). */
  send(spec: CoapRequestSpec): Promise<CoapResponse>;
  /** Current ep, lt and b, from the object tree. */
  registerParameters(): RegisterParameters;
  /** The Register payload: the object list in link format. */
  objectLinks(): string;
  /** Something worth a line in the diagnostics. */
  log(line: string): void;
  /**
   * A Register is about to go out: TS-Core §6.4.1, the server's observations start afresh. Called
   * before sending, not on the 2.01: over TCP the server's first requests can arrive in the same
   * segment as the 2.01 (RFC 8323) and are served before the 2.01's promise settles — an Observe
   * made then must not be voided.
   */
  registering?(): void;
  /** A Register was answered 2.01. */
  registered?(): void;
  /** The whole registration sequence failed (TS-Core 1.1 §6.2.1.1); the host may bootstrap instead. */
  registrationFailed?(): void;
  /** The communication retry parameters in force (/1/x/17..20); defaults when absent. */
  retryPolicy?(): RetryPolicy;
}

/** TS-Core 1.1 §6.2.1.1 Table 6.2.1.1-1: how often and how patiently a Register is retried. */
export interface RetryPolicy {
  /** /1/x/17 Communication Retry Count: attempts per sequence. */
  retryCount: number;
  /** /1/x/18 Communication Retry Timer: the wait before retry n is timer × 2^(n−1), in seconds. */
  retryTimerS: number;
  /** /1/x/19 Communication Sequence Delay Timer, in seconds. */
  sequenceDelayS: number;
  /** /1/x/20 Communication Sequence Retry Count: sequences before registration is considered failed. */
  sequenceRetryCount: number;
}

/** Table 6.2.1.1-1 defaults. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { retryCount: 5, retryTimerS: 60, sequenceDelayS: 86400, sequenceRetryCount: 1 };

export type RegistrationState = 'idle' | 'registered' | 'unregistered' | 'failed' | 'disabled' | 'stopped';

/** Longest setTimeout Node accepts (2^31 − 1 ms); longer waits are clamped. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** RFC 7252 §4.8.2 MAX_TRANSMIT_WAIT in seconds. */
const MAX_TRANSMIT_WAIT_S = 93;

export class RegistrationEngine {
  private state: RegistrationState = 'idle';
  private location: string[] = [];
  private pending: UpdateParameters = {};
  /** The object list the server holds (from the last Register or Update that carried one). */
  private registeredLinks?: string;
  private timer?: NodeJS.Timeout;
  private chain: Promise<void> = Promise.resolve();
  /** Failed attempts in the current sequence, and failed sequences (TS-Core 1.1 §6.2.1.1). */
  private attempts = 0;
  private sequences = 0;

  constructor(
    private readonly host: RegistrationHost,
    private readonly timeScale: number,
  ) {}

  get status(): RegistrationState {
    return this.state;
  }

  get registrationLocation(): readonly string[] {
    return this.location;
  }

  start(): Promise<void> {
    return this.enqueue(() => this.register());
  }

  stop(): void {
    this.state = 'stopped';
    this.clearTimer();
  }

  /** /1/x/1 was written: TS-Core §6.2.2 — send an Update carrying the new lifetime now. */
  lifetimeChanged(lifetime: number): void {
    this.pending.lifetime = lifetime;
    void this.enqueue(() => this.update());
  }

  /** /1/x/7 was written: the binding travels in the next Update. */
  bindingChanged(binding: string): void {
    this.pending.binding = binding;
    void this.enqueue(() => this.update());
  }

  /** Execute /1/x/8 Registration Update Trigger (TS-Core §6.2.2, ETS int-104). */
  triggerUpdate(): void {
    void this.enqueue(() => this.update());
  }

  /** Execute /1/x/4 Disable (TS-Core App. E.2, ETS int-103): De-register, stay away `timeoutS`, register again. */
  disable(timeoutS: number): void {
    void this.enqueue(async () => {
      if (this.state === 'registered') await this.deregister();
      if (this.isStopped()) return;
      this.state = 'disabled';
      this.schedule(timeoutS, () => this.register());
    });
  }

  /** De-register if registered (used when the client stops). */
  deregisterNow(): Promise<void> {
    return this.enqueue(async () => {
      if (this.state === 'registered') await this.deregister();
    });
  }

  private enqueue(op: () => Promise<void>): Promise<void> {
    const run = this.chain.then(() => (this.isStopped() ? undefined : op()));
    this.chain = run.catch((e: unknown) => this.host.log(`registration: ${(e as Error).message}`));
    return this.chain;
  }

  private isStopped(): boolean {
    return this.state === 'stopped';
  }

  private async register(): Promise<void> {
    this.clearTimer();
    this.pending = {};
    const params = this.host.registerParameters();
    const links = this.host.objectLinks();
    this.host.registering?.();
    const response = await this.exchange(registerRequest(params, links));
    if (this.isStopped()) return;
    if (response?.code === '2.01') {
      this.registeredLinks = links;
      this.attempts = 0;
      this.sequences = 0;
      this.location = response.locationPath;
      this.state = 'registered';
      this.scheduleUpdate(params.lifetime);
      this.host.registered?.();
      return;
    }
    this.state = 'unregistered';
    this.retryAfterFailure(response?.code ?? 'nothing');
  }

  /** TS-Core 1.1 §6.2.1.1: retry with exponential back-off, then whole sequences, then give up. */
  private retryAfterFailure(answer: string): void {
    const policy = this.host.retryPolicy?.() ?? DEFAULT_RETRY_POLICY;
    this.attempts += 1;
    if (this.attempts < policy.retryCount) {
      const waitS = policy.retryTimerS * 2 ** (this.attempts - 1);
      this.host.log(`Register answered ${answer}; attempt ${this.attempts}/${policy.retryCount}, retrying in ${waitS} s (spec time)`);
      this.schedule(waitS, () => this.register());
      return;
    }
    this.attempts = 0;
    this.sequences += 1;
    if (this.sequences < policy.sequenceRetryCount) {
      this.host.log(`Register answered ${answer}; sequence ${this.sequences}/${policy.sequenceRetryCount} failed, next in ${policy.sequenceDelayS} s`);
      this.schedule(policy.sequenceDelayS, () => this.register());
      return;
    }
    this.sequences = 0;
    this.state = 'failed';
    this.host.log(`Register answered ${answer}; registration failed (TS-Core §6.2.1.1)`);
    this.host.registrationFailed?.();
    // Nobody took over (no bootstrap to fall back to): keep trying, a sequence delay apart.
    if (this.state === 'failed') this.schedule(policy.sequenceDelayS, () => this.register());
  }

  private async update(): Promise<void> {
    if (this.state !== 'registered') return;
    this.clearTimer();
    const changed = this.pending;
    this.pending = {};
    // TS-Core §6.2.2: Object Instances created or deleted since — the Update carries the new list.
    const links = this.host.objectLinks();
    if (links !== this.registeredLinks) changed.objectLinks = links;
    const response = await this.exchange(updateRequest(this.location, changed));
    if (this.isStopped()) return;
    if (response?.code === '2.04') {
      if (changed.objectLinks !== undefined) this.registeredLinks = changed.objectLinks;
      this.scheduleUpdate(this.host.registerParameters().lifetime);
      return;
    }
    // 4.04: the server discarded the registration (ETS int-105); any other failure: start over too.
    this.host.log(`Update answered ${response?.code ?? 'nothing'}; registering again`);
    this.state = 'unregistered';
    await this.register();
  }

  private async deregister(): Promise<void> {
    this.clearTimer();
    await this.exchange(deregisterRequest(this.location));
    this.location = [];
    if (!this.isStopped()) this.state = 'unregistered';
  }

  /** Sends and returns the response; a timeout or reset is logged and gives undefined. */
  private async exchange(spec: CoapRequestSpec): Promise<CoapResponse | undefined> {
    try {
      return await this.host.send(spec);
    } catch (e) {
      this.host.log(`${spec.method} ${spec.path}: ${(e as Error).message}`);
      return undefined;
    }
  }

  /**
   * The next periodic Update: MAX_TRANSMIT_WAIT (93 s, RFC 7252 §4.8.2) before the lifetime ends, so
   * that even its last retransmission arrives in time — or at half the lifetime when that is later
   * (short lifetimes, as Wakaama and Anjay do); at least 1 s.
   */
  private scheduleUpdate(lifetimeS: number): void {
    this.schedule(Math.max(1, lifetimeS / 2, lifetimeS - MAX_TRANSMIT_WAIT_S), () => this.update());
  }

  private schedule(specSeconds: number, op: () => Promise<void>): void {
    this.clearTimer();
    if (this.isStopped()) return;
    const ms = Math.min(MAX_TIMER_MS, Math.max(1, Math.round(specSeconds * 1000 * this.timeScale)));
    this.timer = setTimeout(() => void this.enqueue(op), ms);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
