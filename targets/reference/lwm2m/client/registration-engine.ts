/**
 * The client side of the Registration Interface (TS-Core §6.2): Register after start, Update before
 * the lifetime runs out, Update with `lt=` after /1/x/1 is written, an empty Update on the
 * Registration Update Trigger, De-register on Disable, and a new Register when the server no longer
 * knows the registration (4.04 to an Update, ETS int-105). One operation at a time (RFC 7252 NSTART=1).
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
}

export type RegistrationState = 'idle' | 'registered' | 'unregistered' | 'disabled' | 'stopped';

/** Longest setTimeout Node accepts (2^31 − 1 ms); longer waits are clamped. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Spec seconds before retrying a failed Register: doubles per failure up to the cap. */
const REGISTER_RETRY_S = 30;
const REGISTER_RETRY_CAP_S = 3600;

export class RegistrationEngine {
  private state: RegistrationState = 'idle';
  private location: string[] = [];
  private pending: UpdateParameters = {};
  private timer?: NodeJS.Timeout;
  private chain: Promise<void> = Promise.resolve();
  private failures = 0;

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

  /** Execute /3/0/4 Reboot: register afresh as after power-on (ETS int-241). */
  reboot(): void {
    void this.enqueue(() => this.register());
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
    const response = await this.exchange(registerRequest(params, this.host.objectLinks()));
    if (this.isStopped()) return;
    if (response?.code === '2.01') {
      this.failures = 0;
      this.location = response.locationPath;
      this.state = 'registered';
      this.scheduleUpdate(params.lifetime);
      return;
    }
    this.state = 'unregistered';
    this.failures += 1;
    const retryS = Math.min(REGISTER_RETRY_S * 2 ** (this.failures - 1), REGISTER_RETRY_CAP_S);
    this.host.log(`Register answered ${response?.code ?? 'nothing'}; retrying in ${retryS} s (spec time)`);
    this.schedule(retryS, () => this.register());
  }

  private async update(): Promise<void> {
    if (this.state !== 'registered') return;
    this.clearTimer();
    const changed = this.pending;
    this.pending = {};
    const response = await this.exchange(updateRequest(this.location, changed));
    if (this.isStopped()) return;
    if (response?.code === '2.04') {
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

  /** The next periodic Update: at half the lifetime (as Wakaama and Anjay do), at least 1 s. */
  private scheduleUpdate(lifetimeS: number): void {
    this.schedule(Math.max(1, lifetimeS / 2), () => this.update());
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
