/**
 * Criteria shared by the Observe and Observe-Composite steps: the Observe sequence (RFC 7641 §3.4,
 * §4.4: 24-bit, increasing, with wrap-around), and the gaps between notifications measured against
 * pmin and pmax (notification-timing.ts).
 */
import type { ObservationStream } from './observation-streams';
import { gaps, pmaxBound, pminBound, seconds, type SpecMs } from './notification-timing';

/** RFC 7641 §3.4: V2 is newer than V1. */
export function isNewer(v1: number, v2: number): boolean {
  return (v1 < v2 && v2 - v1 < 2 ** 23) || (v1 > v2 && v1 - v2 > 2 ** 23);
}

/** The Observe numbers of the initial answer and the notifications, with the first one out of order. */
export function sequenceProblem(stream: ObservationStream): string | undefined {
  const first = stream.observe?.response?.observe;
  const numbers = [first, ...stream.notifications.map((n) => n.observe)];
  for (let i = 1; i < numbers.length; i++) {
    const [a, b] = [numbers[i - 1], numbers[i]];
    if (b === undefined) return `notification ${i} has no Observe option`;
    if (a !== undefined && !isNewer(a, b)) return `Observe ${b} after ${a}`;
  }
  return undefined;
}

/** Gaps shorter than pmin allows, described; empty when none. */
export function pminViolations(times: readonly number[], pmin: number, ms: SpecMs): string[] {
  const min = pminBound(ms, pmin);
  return gaps(times).flatMap((g, i) => (g < min ? [`${seconds(g, ms)} between arrivals ${i} and ${i + 1}`] : []));
}

/** Gaps longer than pmax allows (up to `until`, the end of the watch), described; empty when none. */
export function pmaxViolations(times: readonly number[], pmax: number, ms: SpecMs, until?: number): string[] {
  const max = pmaxBound(ms, pmax);
  const all = until === undefined ? times : [...times, until];
  return gaps(all).flatMap((g, i) => (g > max ? [`${seconds(g, ms)} after arrival ${i}${i === times.length - 1 ? ' (none since)' : ''}`] : []));
}
