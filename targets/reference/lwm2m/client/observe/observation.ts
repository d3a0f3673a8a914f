/**
 * One observation's notification schedule (TS-Core 1.2 §6.4.2, Table 7.3.2-1), in spec seconds scaled
 * by the run's timeScale:
 * - a change worth notifying (conditions.ts) goes out at once if pmin has passed since the last
 *   notification, else as soon as pmin expires (ATT-03);
 * - with an active pmax a notification goes out pmax after the last one whatever happened (ATT-04);
 * - epmin delays evaluating a change until epmin after the last evaluation; epmax forces an
 *   evaluation at least that often;
 * - every notification restarts the timers (TS-Core §6.4.2 "each Notify restarts pmin and pmax").
 * Attributes are read afresh on every decision, so a Write-Attributes during the observation takes
 * effect at once (ETS int-310: `/3?pmax=5` changes a running Observe-Composite).
 */
import type { Lwm2mRecord } from '../../codecs/types';
import type { AttributeSet } from '../attributes/attribute-set';
import { activePmax } from '../attributes/effective';
import { worthNotifying } from './conditions';

export interface ObservationHost {
  /** Current values of the target(s); undefined once a single target no longer exists. */
  snapshot(): Lwm2mRecord[] | undefined;
  /** The attributes in force now. */
  attributes(): AttributeSet;
  /** Sends a notification of these values (undefined: the target is gone, RFC 7641 §4.2 error). */
  notify(records: Lwm2mRecord[] | undefined, attributes: AttributeSet): void;
  /** false for composite observations: gt/lt/st/edge do not apply there (TS-Core 1.2 §6.4.4). */
  conditional: boolean;
  timeScale: number;
  /** Fault of the broken target: notify every value change at once, ignoring pmin. */
  ignorePmin?: boolean;
}

export class Observation {
  private lastNotifyAt = Date.now();
  private lastEvalAt = Date.now();
  private lastSent: Lwm2mRecord[];
  private readonly timers = new Map<'pmin' | 'pmax' | 'epmin' | 'epmax', NodeJS.Timeout>();
  private active = true;

  constructor(
    readonly token: Buffer,
    private readonly host: ObservationHost,
    initial: Lwm2mRecord[],
  ) {
    this.lastSent = initial;
    this.reschedule();
  }

  get isActive(): boolean {
    return this.active;
  }

  /**
   * Something under a target changed: a Resource value (`value` true: written, or a sensor moved) or
   * the structure (an instance created or deleted).
   */
  changed(value = true): void {
    if (!this.active) return;
    const a = this.host.attributes();
    const wait = (a.epmin ?? 0) * 1000 * this.host.timeScale - (Date.now() - this.lastEvalAt);
    if (wait > 0) return this.arm('epmin', wait, () => this.changed(value));
    this.evaluate(a, value);
  }

  /** The server wrote attributes: timers follow the new values from the last notification on. */
  attributesChanged(): void {
    if (this.active) this.reschedule();
  }

  cancel(): void {
    this.active = false;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private evaluate(a: AttributeSet, valueChange = false): void {
    this.lastEvalAt = Date.now();
    const current = this.host.snapshot();
    if (current === undefined) return this.send(a);
    if (!worthNotifying(this.lastSent, current, a, this.host.conditional)) return this.armEpmax(a);
    const wait = (a.pmin ?? 0) * 1000 * this.host.timeScale - (Date.now() - this.lastNotifyAt);
    if (wait <= 0 || (this.host.ignorePmin && valueChange)) return this.send(a);
    if (!this.timers.has('pmin')) this.arm('pmin', wait, () => this.send(this.host.attributes()));
  }

  private send(a: AttributeSet): void {
    if (!this.active) return;
    const current = this.host.snapshot();
    this.host.notify(current, a);
    if (current === undefined) return this.cancel();
    this.lastSent = current;
    this.lastNotifyAt = this.lastEvalAt = Date.now();
    this.reschedule();
  }

  private reschedule(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    const a = this.host.attributes();
    const pmax = activePmax(a);
    if (pmax !== undefined) {
      const wait = pmax * 1000 * this.host.timeScale - (Date.now() - this.lastNotifyAt);
      this.arm('pmax', Math.max(0, wait), () => this.send(this.host.attributes()));
    }
    this.armEpmax(a);
  }

  private armEpmax(a: AttributeSet): void {
    if (a.epmax === undefined || a.epmax <= 0) return;
    this.arm('epmax', a.epmax * 1000 * this.host.timeScale, () => this.evaluate(this.host.attributes()));
  }

  private arm(kind: 'pmin' | 'pmax' | 'epmin' | 'epmax', ms: number, action: () => void): void {
    clearTimeout(this.timers.get(kind));
    const timer = setTimeout(() => {
      this.timers.delete(kind);
      if (this.active) action();
    }, ms);
    timer.unref?.();
    this.timers.set(kind, timer);
  }
}
