/**
 * The verdict of one test case attempt, from its step and hook results. This is where cucumber's
 * statuses become OMA outcomes:
 * - the first step or hook that went wrong decides: a failed step is Fail (Inconclusive when it threw
 *   an InconclusiveError), a failed hook is Inconclusive (set-up/teardown is the harness's business,
 *   not a pass criterion), an undefined/ambiguous/pending step is Inconclusive and a suite bug;
 * - otherwise a skip is Not Applicable / Out of Time when a verdict attachment says so, else
 *   Inconclusive (a skip nobody explained must not look like a pass or be silently absent);
 * - otherwise every step passed.
 */
import type { Attachment, TestStepResult, TestStepResultStatus } from '@cucumber/messages';
import type { Outcome } from './outcome';
import { readVerdict } from './attachments';

/** The status values as plain strings (the enum itself lives in an ESM-only package). */
export type Status = `${TestStepResultStatus}`;

export interface StepView {
  /** `Then (B) the Server receives …` or `After hook "evidence and teardown"`. */
  label: string;
  isHook: boolean;
  /** Undefined when the stream has no result for it (run killed). */
  result?: TestStepResult;
}

export interface Judgement {
  outcome: Outcome;
  reason?: string;
  failedStep?: string;
  /** Problems of the suite itself (undefined steps …), one line each. */
  suiteBugs: string[];
}

const SUITE_BUG: ReadonlySet<Status> = new Set(['UNDEFINED', 'AMBIGUOUS', 'PENDING', 'UNKNOWN']);

export function judgeAttempt(steps: readonly StepView[], finished: boolean, attachments: readonly Attachment[]): Judgement {
  const suiteBugs = steps
    .filter((s) => !s.isHook && s.result && SUITE_BUG.has(statusOf(s.result)))
    .map((s) => `${statusOf(s.result!).toLowerCase()} step: ${s.label}`);
  const problem = steps.find((s) => s.result && (statusOf(s.result) === 'FAILED' || SUITE_BUG.has(statusOf(s.result))));
  if (problem) return { ...judgeProblem(problem, problem.result!), suiteBugs };
  if (!finished) {
    return { outcome: 'inconclusive', reason: 'did not finish: the run ended while this scenario was running', suiteBugs };
  }
  if (steps.some((s) => s.result && statusOf(s.result) === 'SKIPPED')) {
    const verdict = readVerdict(attachments);
    if (verdict?.ok) return { outcome: verdict.verdict, reason: verdict.reason, suiteBugs };
    if (verdict) return { outcome: 'inconclusive', reason: verdict.problem, suiteBugs: [...suiteBugs, verdict.problem] };
    return { outcome: 'inconclusive', reason: 'skipped without a verdict', suiteBugs };
  }
  if (!steps.some((s) => !s.isHook)) {
    // A scenario with no steps "passes" in cucumber; a scenario that cannot fail is a suite bug.
    return { outcome: 'inconclusive', reason: 'the scenario has no steps', suiteBugs: [...suiteBugs, 'scenario without steps'] };
  }
  const missing = steps.find((s) => !s.result);
  if (missing) return { outcome: 'inconclusive', reason: `no result for ${missing.label}`, failedStep: missing.label, suiteBugs };
  return { outcome: 'pass', suiteBugs };
}

function judgeProblem(step: StepView, result: TestStepResult): Omit<Judgement, 'suiteBugs'> {
  const status = statusOf(result);
  if (status !== 'FAILED') {
    return { outcome: 'inconclusive', reason: `${status.toLowerCase()} step (a suite bug, not the target's)`, failedStep: step.label };
  }
  const reason = firstLine(result);
  if (step.isHook || isInconclusiveError(result)) return { outcome: 'inconclusive', reason, failedStep: step.label };
  return { outcome: 'fail', reason, failedStep: step.label };
}

export function statusOf(result: TestStepResult): Status {
  return String(result.status) as Status;
}

/** Both places are checked: older writers (and errors rethrown by helpers) only have the message. */
function isInconclusiveError(result: TestStepResult): boolean {
  return result.exception?.type === 'InconclusiveError' || (result.message ?? '').startsWith('InconclusiveError');
}

/** The error message without its type prefix or stack: `(B) Register carries lwm2m=1.1: …`. */
function firstLine(result: TestStepResult): string {
  const fromException = result.exception?.message?.split('\n')[0].trim();
  if (fromException) return fromException;
  const fromMessage = result.message?.split('\n')[0].trim();
  return fromMessage || result.exception?.type || 'failed without a message';
}
