/**
 * Judging notification timing (TS-Core 1.2 Table 7.3.2-1: pmin "MUST wait at least", pmax "MUST be
 * sent when pmax expires"). Gaps are measured at the Server between consecutive arrivals, the initial
 * answer included, and — for pmax — up to the end of the window the Server watched. Timers fire late,
 * never early, so the lower bound tolerates only measurement jitter while the upper bound allows for
 * a busy machine; both scale with the timing profile (world.ms).
 */

export interface TimingBounds {
  /** Smallest acceptable gap, ms. */
  minMs: number;
  /** Largest acceptable gap, ms. */
  maxMs: number;
}

/** ms(spec seconds) of the run's timing profile. */
export type SpecMs = (specSeconds: number) => number;

/** pmin − max(20 ms, 10 %): a notification may be stamped a little early, never a whole tick. */
export function pminBound(ms: SpecMs, pmin: number): number {
  const nominal = ms(pmin);
  return nominal - Math.max(20, nominal * 0.1);
}

/** pmax + max(150 ms, 20 %): the client's timer and the Server's receipt may both run late. */
export function pmaxBound(ms: SpecMs, pmax: number): number {
  const nominal = ms(pmax);
  return nominal + Math.max(150, nominal * 0.2);
}

export function gaps(times: readonly number[]): number[] {
  return times.slice(1).map((t, i) => t - times[i]!);
}

/** Wall ms back to spec seconds, for failure messages. */
export const seconds = (wallMs: number, ms: SpecMs): string => `${(wallMs / ms(1)).toFixed(1)} s`;
