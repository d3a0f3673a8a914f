/**
 * Matching cases against expectations, and the resulting classification the CI gate acts on
 * (Playwright's expectation reporter, WPT's expected/unexpected results).
 */
import type { Outcome } from './outcome';
import type { Expectation } from './expectations';

export type Classification = 'ok' | 'expected-deviation' | 'regression' | 'unexpected-pass';

export interface MatchableCase {
  testId: string;
  /** The pickle name (an outline row's name includes its example values). */
  name: string;
  outcome: Outcome;
  failedStep?: string;
  reason?: string;
}

/** The entry for a case: same id, and its scenario text (if any) inside the name; most specific wins. */
export function findExpectation(c: Pick<MatchableCase, 'testId' | 'name'>, list: readonly Expectation[]): Expectation | undefined {
  const candidates = list.filter((e) => e.id === c.testId && (e.scenario === undefined || c.name.includes(e.scenario)));
  return candidates.sort((a, b) => (b.scenario?.length ?? -1) - (a.scenario?.length ?? -1))[0];
}

/**
 * - pass: with an expectation the entry is stale → unexpected-pass (the file must be updated);
 * - fail / inconclusive: expected (same outcome and, if given, the criterion in the failing step or
 *   its message) → expected-deviation, else regression — a Fail at another criterion is news;
 * - not-applicable / out-of-time: never the target's fault, so ok; an expectation of another
 *   outcome stays attached to the case so reports can call the entry stale.
 */
export function classifyCase(c: MatchableCase, expectation: Expectation | undefined): Classification {
  switch (c.outcome) {
    case 'pass':
      return expectation ? 'unexpected-pass' : 'ok';
    case 'fail':
    case 'inconclusive':
      return expectation && expectation.outcome === c.outcome && criterionMatches(c, expectation)
        ? 'expected-deviation'
        : 'regression';
    case 'not-applicable':
    case 'out-of-time':
      return 'ok';
  }
}

/** True when an expectation no longer describes what happened (reports list these for cleanup). */
export function isStale(c: MatchableCase, expectation: Expectation | undefined): boolean {
  if (!expectation) return false;
  if (expectation.outcome !== c.outcome) return true;
  return (c.outcome === 'fail' || c.outcome === 'inconclusive') && !criterionMatches(c, expectation);
}

function criterionMatches(c: MatchableCase, e: Expectation): boolean {
  if (!e.criterion) return true;
  return (c.failedStep ?? '').includes(e.criterion) || (c.reason ?? '').includes(e.criterion);
}
