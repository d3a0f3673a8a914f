/**
 * How a scenario tells the report more than cucumber's passed/failed/skipped can: the OMA TestFest
 * outcomes Not Applicable and Out of Time travel as an attachment of this media type on a skipped
 * scenario; Inconclusive is a failure whose error is an InconclusiveError.
 */
export const VERDICT_MEDIA_TYPE = 'application/vnd.testfest.verdict+json';

export type SkipVerdict = 'not-applicable' | 'out-of-time';

export interface VerdictAttachment {
  verdict: SkipVerdict;
  reason: string;
}

/**
 * The test could not reach a verdict for reasons not attributable to the implementation under test
 * (harness trouble, a precondition the procedure could not establish). OMA TestFest: "Inconclusive".
 */
export class InconclusiveError extends Error {
  override readonly name = 'InconclusiveError';
}

/**
 * A pass criterion was not met. The message names the criterion, the expected and the actual value,
 * e.g. `(B) Register carries lwm2m=1.1: expected "1.1", got none`.
 */
export class CriterionFailed extends Error {
  override readonly name = 'CriterionFailed';
  constructor(
    readonly criterion: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`${criterion}: expected ${expected}, got ${actual}`);
  }
}
