/**
 * Judging notification timing (TS-Core 1.2 Table 7.3.2-1: pmin "MUST wait at least", pmax "MUST be
 * sent when pmax expires"). Gaps are measured at the Server between consecutive arrivals, the initial
 * answer included, and — for pmax — up to the end of the window the Server watched. Both bounds allow
 * for a busy machine and scale with the timing profile (world.ms).
 */

/** ms(spec seconds) of the run's timing profile. */
export type SpecMs = (specSeconds: number) => number;

/**
 * pmin − max(50 ms, 20 %): the client and this harness share one event loop, so a pause between a
 * notification's send and its receipt stamps it late and makes the next gap look short; a client that
 * ignores pmin is far below (it notifies at the 2 s pace of the reference sensors, pmin 5 s).
 */
export function pminBound(ms: SpecMs, pmin: number): number {
  const nominal = ms(pmin);
  return nominal - Math.max(50, nominal * 0.2);
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
