/**
 * The console summary printed after a run: totals per OMA outcome, then what needs a person's
 * attention, most urgent first (regressions, unexpected passes, harness errors). Plain text: it
 * ends up in CI logs, where colour codes are noise.
 */
import { OUTCOMES, OUTCOME_LABELS, type Outcome } from './outcome';
import type { CaseResult, RunResult } from './classify';
import type { RunMetadata } from './metadata';
import { isStale } from './expectation-match';

const SHORT: Record<Outcome, string> = { pass: 'PASS', fail: 'FAIL', inconclusive: 'INC', 'not-applicable': 'N/A', 'out-of-time': 'OOT' };

export function formatSummary(result: RunResult, metadata?: RunMetadata): string {
  return summaryLines(result, metadata).join('\n');
}

export function summaryLines(result: RunResult, metadata?: RunMetadata): string[] {
  const lines: string[] = [];
  if (metadata) lines.push(describeRun(metadata));
  const counts = OUTCOMES.map((o) => `${result.totals[o]} ${OUTCOME_LABELS[o]}`).join(', ');
  lines.push(`${result.cases.length} test cases: ${counts}`);
  const byKey = new Map(result.cases.map((c) => [c.key, c]));
  const pick = (keys: readonly string[]) => keys.map((k) => byKey.get(k)).filter((c): c is CaseResult => c !== undefined);

  const regressions = pick(result.deviations.regressions);
  if (regressions.length > 0) {
    lines.push('', `Regressions (${regressions.length}): not in the expectations file`);
    for (const c of regressions) lines.push(...describeCase(c));
  }
  const unexpected = pick(result.deviations.unexpectedPasses);
  if (unexpected.length > 0) {
    lines.push('', `Unexpected passes (${unexpected.length}): listed as deviations but passed; update the expectations file`);
    for (const c of unexpected) lines.push(`  PASS ${c.key}   (expected ${c.expectation?.outcome}: ${c.expectation?.reason})`);
  }
  lines.push('', `Expected deviations: ${result.deviations.expected.length}`);
  const stale = result.cases.filter((c) => c.classification === 'ok' && isStale(c, c.expectation));
  if (stale.length > 0) {
    lines.push(`Stale expectations (${stale.length}): the entry no longer describes the outcome`);
    for (const c of stale) lines.push(`  ${SHORT[c.outcome]} ${c.key}   (expected ${c.expectation?.outcome})`);
  }
  if (result.harnessErrors.length > 0) {
    lines.push('', `Harness errors (${result.harnessErrors.length}): problems of the suite or the run, not of the target`);
    for (const e of result.harnessErrors) lines.push(`  ${e}`);
  }
  return lines;
}

function describeCase(c: CaseResult): string[] {
  const lines = [`  ${SHORT[c.outcome].padEnd(4)} ${c.key}`];
  if (c.failedStep) lines.push(`       at: ${c.failedStep}`);
  if (c.reason) lines.push(`       ${c.reason}`);
  if (c.expectation) lines.push(`       expected ${c.expectation.outcome}${c.expectation.criterion ? ' at ' + c.expectation.criterion : ''}: ${c.expectation.reason}`);
  return lines;
}

function describeRun(m: RunMetadata): string {
  const parts = [
    m.runId && `run ${m.runId}`,
    m.target && `target ${m.target}${m.targetKind ? ` (${m.targetKind})` : ''}`,
    m.suite && `suite ${m.suite}`,
    [m.transport, m.format].filter(Boolean).join(' / '),
    m.timing && `timing ${m.timing}`,
    typeof m.durationMs === 'number' && `${(m.durationMs / 1000).toFixed(1)} s`,
  ];
  return parts.filter(Boolean).join(' · ');
}
