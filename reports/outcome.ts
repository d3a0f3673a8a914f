/**
 * The OMA TestFest outcome model. Cucumber only knows passed/failed/skipped; a testfest report needs
 * the five outcomes OMA uses in its TestFest reports, so that "the target failed" is never confused
 * with "we could not tell" or "the target does not claim this feature".
 */

/** Every outcome, in report order (best first, then the ones that are nobody's fault). */
export const OUTCOMES = ['pass', 'fail', 'inconclusive', 'not-applicable', 'out-of-time'] as const;

/**
 * - `pass`: every pass criterion of the test case was met.
 * - `fail`: a pass criterion was not met by the implementation under test.
 * - `inconclusive`: no verdict could be reached, for reasons not attributable to the implementation
 *   under test (harness trouble, a precondition the procedure could not establish, a suite bug).
 * - `not-applicable`: the feature under test is not supported (not claimed) by the implementation.
 * - `out-of-time`: the test case was not executed for lack of time.
 */
export type Outcome = (typeof OUTCOMES)[number];

/** The labels OMA prints in TestFest reports. */
export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  pass: 'Pass',
  fail: 'Fail',
  inconclusive: 'Inconclusive',
  'not-applicable': 'Not Applicable',
  'out-of-time': 'Out of Time',
};

export function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);
}

/** A zeroed counter per outcome, so totals always list all five (a 0 is information too). */
export function emptyTotals(): Record<Outcome, number> {
  return { pass: 0, fail: 0, inconclusive: 0, 'not-applicable': 0, 'out-of-time': 0 };
}
