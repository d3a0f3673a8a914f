/**
 * Cell badges. Plain ASCII on purpose: the first matrix prototype used a pause symbol that rendered
 * as a missing-glyph box with the fonts of a CI machine (toolchain.md §9).
 */
import type { Outcome } from '../outcome';
import type { Classification } from '../expectation-match';

export type Badge = 'PASS' | 'FAIL' | 'INC' | 'N/A' | 'OOT' | 'XFAIL' | 'XPASS';

const BY_OUTCOME: Readonly<Record<Outcome, Badge>> = {
  pass: 'PASS',
  fail: 'FAIL',
  inconclusive: 'INC',
  'not-applicable': 'N/A',
  'out-of-time': 'OOT',
};

/** An expected deviation reads XFAIL (whether Fail or Inconclusive), a stale expectation XPASS. */
export function badgeOf(outcome: Outcome, classification: Classification): Badge {
  if (classification === 'expected-deviation') return 'XFAIL';
  if (classification === 'unexpected-pass') return 'XPASS';
  return BY_OUTCOME[outcome];
}

/** CSS class per badge (see style.ts). */
export function badgeClass(badge: Badge): string {
  return { PASS: 'b-pass', FAIL: 'b-fail', INC: 'b-inc', 'N/A': 'b-na', OOT: 'b-oot', XFAIL: 'b-xfail', XPASS: 'b-xpass' }[badge];
}

/** What the legend says about each badge. */
export const BADGE_LEGEND: ReadonlyArray<readonly [Badge, string]> = [
  ['PASS', 'Pass'],
  ['FAIL', 'Fail: a pass criterion was not met'],
  ['INC', 'Inconclusive: no verdict, not attributable to the target'],
  ['N/A', 'Not Applicable: feature not claimed by the target'],
  ['OOT', 'Out of Time: not executed for lack of time'],
  ['XFAIL', 'expected deviation (listed in the target expectations)'],
  ['XPASS', 'unexpected pass (the expectations list a deviation)'],
];
