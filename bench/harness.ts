/**
 * Benchmark harness: bounded measurement windows and baseline-relative figures.
 *
 * Machines here are shared and noisy, so an absolute ops/s figure means little from one run to the
 * next. Every benchmark therefore measures a baseline (raw dgram echo, bare node:crypto, JSON) in
 * the same process, right before and right after the subject, and reports the RATIO. Every window is
 * bounded both in time and in count, so a fast op cannot run away with memory (dedup caches, Message
 * IDs) and a slow one cannot run away with the clock.
 */
import type { BenchRow } from './report';

export interface MeasureOptions {
  /** Stop starting new operations after this many ms (an op in flight still finishes). */
  maxMs: number;
  /** Never start more than this many operations (warm-up has its own, equal, budget). */
  maxIterations: number;
  /** Un-measured warm-up window first (JIT, socket buffers); 0 skips it. Same count bound as above. */
  warmupMs?: number;
  /** Workers running `fn` at once: the number of outstanding operations (default 1). */
  concurrency?: number;
  /**
   * If in-flight operations have not finished this long after `maxMs`, the measurement rejects
   * (a lost datagram must not hang the run). Default: max(2000, maxMs).
   */
  stuckAfterMs?: number;
  /** Clock in ms; injectable so the bounds can be tested without real time. */
  clock?: () => number;
}

export interface Window {
  /** Operations completed (= started: every started op is awaited). */
  ops: number;
  elapsedMs: number;
  /** Which bound ended the window. */
  stoppedBy: 'count' | 'time';
}

export interface Measurement extends Window {
  name: string;
  opsPerSec: number;
  warmup: Window;
}

/** One operation; `worker` is 0..concurrency-1, so a worker can own a socket or a simulated client. */
export type Operation = (worker: number) => unknown;

/** Thrown when in-flight operations outlive the window by more than `stuckAfterMs`. */
export class MeasureStuckError extends Error {
  override readonly name = 'MeasureStuckError';
}

const isThenable = (x: unknown): x is PromiseLike<unknown> => typeof (x as PromiseLike<unknown> | null)?.then === 'function';

/** Runs `fn` in a warm-up window, then a measured window; returns ops/s with the count and elapsed. */
export async function measure(name: string, fn: Operation, options: MeasureOptions): Promise<Measurement> {
  const warmup = options.warmupMs ? await runWindow(name, fn, { ...options, maxMs: options.warmupMs }) : { ops: 0, elapsedMs: 0, stoppedBy: 'time' as const };
  const window = await runWindow(name, fn, options);
  return { name, ...window, opsPerSec: window.elapsedMs > 0 ? (window.ops * 1000) / window.elapsedMs : 0, warmup };
}

async function runWindow(name: string, fn: Operation, options: MeasureOptions): Promise<Window> {
  const clock = options.clock ?? (() => performance.now());
  const concurrency = options.concurrency ?? 1;
  if (!(options.maxMs > 0) || !(options.maxIterations >= 1) || !(concurrency >= 1)) {
    throw new RangeError(`${name}: maxMs, maxIterations and concurrency must be positive`);
  }
  const start = clock();
  const deadline = start + options.maxMs;
  let started = 0;
  let finished = 0;
  const worker = async (w: number): Promise<void> => {
    // The count is claimed before the op starts, so concurrent workers can never overshoot it.
    while (started < options.maxIterations && clock() < deadline) {
      started++;
      const result = fn(w);
      if (isThenable(result)) await result; // sync ops stay in a tight loop: no microtask per op
      finished++;
    }
  };
  const stuckAfterMs = options.stuckAfterMs ?? Math.max(2000, options.maxMs);
  let guard: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => {
    guard = setTimeout(() => reject(new MeasureStuckError(`${name}: ${started - finished} operation(s) still pending ${stuckAfterMs} ms after the ${options.maxMs} ms window`)), options.maxMs + stuckAfterMs);
    guard.unref();
  });
  try {
    await Promise.race([Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w))), stuck]);
  } finally {
    clearTimeout(guard);
  }
  return { ops: finished, elapsedMs: clock() - start, stoppedBy: started >= options.maxIterations ? 'count' : 'time' };
}

/** a ÷ b; NaN when the baseline measured nothing (printed as "n/a", never as a fake figure). */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN;
}

/** Two windows pooled into one figure: total ops over total time (not a mean of rates). */
export function pooled(name: string, a: Measurement, b: Measurement): Measurement {
  const ops = a.ops + b.ops;
  const elapsedMs = a.elapsedMs + b.elapsedMs;
  const stoppedBy = a.stoppedBy === 'count' && b.stoppedBy === 'count' ? 'count' : 'time';
  return { name, ops, elapsedMs, stoppedBy, opsPerSec: elapsedMs > 0 ? (ops * 1000) / elapsedMs : 0, warmup: a.warmup };
}

export interface Bracketed {
  subject: Measurement;
  /** Baseline before and after the subject, pooled. */
  baseline: Measurement;
  /** after ÷ before of the baseline: far from 1 means the machine changed under the measurement. */
  drift: number;
}

/** Baseline, subject, baseline again: the bracket cancels slow drifts in machine load. */
export async function bracketed(baseline: () => Promise<Measurement>, subject: () => Promise<Measurement>): Promise<Bracketed> {
  const before = await baseline();
  const measured = await subject();
  const after = await baseline();
  return { subject: measured, baseline: pooled(before.name, before, after), drift: ratio(after.opsPerSec, before.opsPerSec) };
}

/** The measurement windows: 3 s per measurement for the figures, 0.3 s for a smoke run (`--quick`). */
export function windowFor(quick: boolean, maxIterations: number, concurrency = 1): MeasureOptions {
  return quick ? { maxMs: 300, warmupMs: 100, maxIterations, concurrency } : { maxMs: 3000, warmupMs: 500, maxIterations, concurrency };
}

export interface BenchContext {
  quick: boolean;
  /** Progress lines go to stderr so stdout stays the table. */
  log(line: string): void;
}

/** What every `bench/*.bench.ts` exports as `bench`. */
export interface Bench {
  /** Short name for `--only`, e.g. `coap-endpoint`. */
  name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

export { figureOf, formatTable, machineNote, rowOf, showRatio, toJson, type BenchRow, type Figure } from './report';
