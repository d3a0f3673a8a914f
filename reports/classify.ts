/**
 * One run's Cucumber Messages → one OMA outcome per test case, classified against the target's
 * expectations. Everything the reports show (summary, matrix, expectation rewrite) starts here.
 */
import type { Envelope, Pickle, TestCase } from '@cucumber/messages';
import { emptyTotals, type Outcome } from './outcome';
import { indexRun, lastAttempt, type RunIndex } from './run-index';
import { judgeAttempt, type StepView } from './judge';
import { textEvidence, type Evidence } from './attachments';
import { runIdFromTags, testIdFromTags } from './test-ids';
import { groupOf } from './groups';
import { classifyCase, findExpectation, type Classification } from './expectation-match';
import type { Expectation } from './expectations';
import { runProblems } from './run-problems';

export type { Classification } from './expectation-match';
export type { Evidence } from './attachments';

export interface CaseResult {
  /** The id tag without '@' (`LightweightM2M-1.1-int-101`, `psa-c002`); the scenario name without one. */
  testId: string;
  /** psa-arch-tests run id tag without '@' (`run-201`). */
  runId?: string;
  /** The pickle name (outline rows: with their example values substituted). */
  name: string;
  /** Stable row key across runs: testId, plus ' · ' + name for outline rows and shared ids. */
  key: string;
  feature: string;
  uri: string;
  group: string;
  tags: string[];
  outcome: Outcome;
  /** Not Applicable / Out of Time reason, or the first line of the failing step's message. */
  reason?: string;
  /** `Then (B) the Server receives …` or `After hook "evidence and teardown"`. */
  failedStep?: string;
  durationMs: number;
  /** How many times it ran (more than 1 when retried; the last attempt is the one reported). */
  attempts: number;
  evidence: Evidence[];
  expectation?: Expectation;
  classification: Classification;
}

export interface RunResult {
  cases: CaseResult[];
  totals: Record<Outcome, number>;
  /** Case keys (see CaseResult.key) per classification; keys, not copies, so outcomes.json stays small. */
  deviations: { expected: string[]; regressions: string[]; unexpectedPasses: string[] };
  /** Problems of the suite or the run itself (undefined steps, a run that did not finish …). */
  harnessErrors: string[];
}

export function classifyRun(envelopes: readonly Envelope[], expectations: readonly Expectation[] = []): RunResult {
  const index = indexRun(envelopes);
  const harnessErrors: string[] = runProblems(index);
  const judged: Judged[] = [];
  for (const testCase of index.testCases) {
    const pickle = index.pickles.get(testCase.pickleId);
    if (pickle) judged.push(caseResult(index, testCase, pickle, expectations));
    else harnessErrors.push(`test case ${testCase.id} refers to a pickle missing from the stream`);
  }
  assignKeys(judged);
  for (const j of judged) harnessErrors.push(...j.suiteBugs.map((bug) => `${j.result.key}: ${bug}`));
  const cases = judged.map((j) => j.result);
  const totals = emptyTotals();
  for (const c of cases) totals[c.outcome] += 1;
  const pick = (k: Classification) => cases.filter((c) => c.classification === k).map((c) => c.key);
  return {
    cases,
    totals,
    deviations: { expected: pick('expected-deviation'), regressions: pick('regression'), unexpectedPasses: pick('unexpected-pass') },
    harnessErrors,
  };
}

interface Judged {
  result: CaseResult;
  suiteBugs: string[];
  /** An outline row: its pickle comes from a scenario and an Examples row. */
  isRow: boolean;
}

function caseResult(index: RunIndex, testCase: TestCase, pickle: Pickle, expectations: readonly Expectation[]): Judged {
  const tags = pickle.tags.map((t) => t.name);
  const testId = testIdFromTags(tags) ?? pickle.name;
  const attempt = lastAttempt(index, testCase.id);
  const finished = attempt ? index.finished.get(attempt.id) : undefined;
  const results = attempt ? index.stepResults.get(attempt.id) : undefined;
  const attachments = attempt ? (index.attachments.get(attempt.id) ?? []) : [];
  const steps: StepView[] = testCase.testSteps.map((ts) => ({
    label: ts.hookId ? hookLabel(index, ts.hookId) : stepLabel(pickle, ts.pickleStepId),
    isHook: ts.hookId !== undefined,
    result: results?.get(ts.id),
  }));
  const judged = attempt
    ? judgeAttempt(steps, finished !== undefined, attachments)
    : { outcome: 'inconclusive' as const, reason: 'not started: the run ended before this scenario ran', suiteBugs: [] };
  const feature = index.featureNames.get(pickle.uri) ?? '';
  const base = { testId, name: pickle.name, outcome: judged.outcome, failedStep: judged.failedStep, reason: judged.reason };
  const expectation = findExpectation(base, expectations);
  const result: CaseResult = {
    ...base,
    runId: runIdFromTags(tags),
    key: testId,
    feature,
    uri: pickle.uri,
    group: groupOf(testId, feature, pickle.uri),
    tags,
    durationMs: attempt ? durationMs(index, attempt.id, attempt.timestamp, finished?.timestamp) : 0,
    attempts: index.attempts.get(testCase.id)?.length ?? 0,
    evidence: textEvidence(attachments),
    expectation,
    classification: classifyCase(base, expectation),
  };
  return { result, suiteBugs: judged.suiteBugs, isRow: pickle.astNodeIds.length > 1 };
}

/** Outline rows and cases sharing an id need the pickle name to stay apart; others keep the bare id. */
function assignKeys(judged: readonly Judged[]): void {
  const count = new Map<string, number>();
  for (const { result } of judged) count.set(result.testId, (count.get(result.testId) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const { result: c, isRow } of judged) {
    if (c.testId !== c.name && (isRow || (count.get(c.testId) ?? 0) > 1)) c.key = `${c.testId} · ${c.name}`;
    // Same id and same name twice (a copy-pasted scenario): number the copies so keys stay unique.
    const n = (seen.get(c.key) ?? 0) + 1;
    seen.set(c.key, n);
    if (n > 1) c.key = `${c.key} (${n})`;
  }
}

/** `Then (B) …`: the effective keyword (an `And` after a `Then` is a Then), as criteria are quoted. */
function stepLabel(pickle: Pickle, pickleStepId: string | undefined): string {
  const step = pickle.steps.find((s) => s.id === pickleStepId);
  if (!step) return `step ${pickleStepId ?? '?'}`;
  const keyword = { Context: 'Given', Action: 'When', Outcome: 'Then' }[String(step.type)] ?? '*';
  return `${keyword} ${step.text}`;
}

function hookLabel(index: RunIndex, hookId: string): string {
  const hook = index.hooks.get(hookId);
  const kind = String(hook?.type) === 'AFTER_TEST_CASE' ? 'After hook' : 'Before hook';
  if (hook?.name) return `${kind} "${hook.name}"`;
  const ref = hook?.sourceReference;
  return ref?.uri ? `${kind} (${ref.uri}:${ref.location?.line ?? '?'})` : kind;
}

type Stamp = { seconds: number; nanos: number };

function durationMs(index: RunIndex, attemptId: string, start: Stamp, end: Stamp | undefined): number {
  if (end) return Math.max(0, Math.round(toMs(end) - toMs(start)));
  // Unfinished (killed) attempt: the steps that did finish are all we know.
  let sum = 0;
  for (const r of index.stepResults.get(attemptId)?.values() ?? []) sum += toMs(r.duration);
  return Math.round(sum);
}

function toMs(t: Stamp): number {
  return t.seconds * 1000 + t.nanos / 1e6;
}
