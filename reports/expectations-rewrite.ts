/**
 * "Rewrite the expectations from the last run" (WPT `update-expectations`, Playwright's rebase):
 * every Fail, Inconclusive and Out of Time of the run becomes an entry. Not Applicable needs none:
 * the capability manifest already explains it. Reasons and links written by a person survive when
 * the entry still describes the case; new entries get 'TODO: reason' so review finds them.
 */
import { stringify } from 'yaml';
import type { RunResult, CaseResult } from './classify';
import type { Expectation } from './expectations';
import { findExpectation } from './expectation-match';

export const TODO_REASON = 'TODO: reason';

export interface RewriteContext {
  target?: string | null;
  runId?: string | null;
}

export function rewriteExpectations(result: RunResult, previous: readonly Expectation[] = [], about: RewriteContext = {}): string {
  const blocks: string[] = [];
  const written = new Set<string>();
  for (const c of result.cases) {
    if (c.outcome === 'pass' || c.outcome === 'not-applicable') continue;
    const entry = entryFor(c, findExpectation(c, previous));
    const id = `${entry.id}\u0000${entry.scenario ?? ''}`;
    if (written.has(id)) continue; // two copies of one scenario: one entry covers both
    written.add(id);
    blocks.push(commentLine(observed(c)) + stringify([entry]));
  }
  // Entries for cases this run did not execute (a tag-filtered or interrupted run) are not evidence
  // that the deviation is gone: keep them untouched.
  const notRun = previous.filter((e) => !result.cases.some((c) => c.testId === e.id && (!e.scenario || c.name.includes(e.scenario))));
  if (notRun.length > 0) {
    blocks.push(commentLine('Not run in this run, kept as they were:') + notRun.map((e) => stringify([e])).join(''));
  }
  const header = [
    `Known deviations of target ${about.target ?? '(unnamed)'}. Only deviations are listed; passing cases need no entry.`,
    `Rewritten from run ${about.runId ?? '(unknown)'}; entries whose reason is "${TODO_REASON}" need a reason and, ideally, a link.`,
  ]
    .map(commentLine)
    .join('');
  return blocks.length === 0 ? `${header}[]\n` : `${header}\n${blocks.join('\n')}`;
}

function entryFor(c: CaseResult, prev: Expectation | undefined): Expectation {
  const same = prev?.outcome === c.outcome ? prev : undefined;
  const keptCriterion = same?.criterion && `${c.failedStep ?? ''} ${c.reason ?? ''}`.includes(same.criterion) ? same.criterion : undefined;
  const criterion = keptCriterion ?? (c.outcome === 'fail' ? criterionOf(c.failedStep) : undefined);
  const entry: Expectation = {
    id: c.testId,
    scenario: prev?.scenario ?? (c.key !== c.testId && c.name !== c.testId ? c.name : undefined),
    outcome: c.outcome as Expectation['outcome'],
    criterion,
    reason: same?.reason ?? TODO_REASON,
    link: same?.link,
  };
  // Drop absent keys so the YAML has no `key: null` lines.
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as Expectation;
}

/** `Then (B) the Server receives …` → `(B)`: the criterion label the ETS-style steps carry. */
function criterionOf(failedStep: string | undefined): string | undefined {
  return /^\S+\s+(\([A-Za-z0-9.]+\))/.exec(failedStep ?? '')?.[1];
}

function observed(c: CaseResult): string {
  return [c.failedStep, c.reason].filter(Boolean).join(': ') || c.outcome;
}

/** One comment line; newlines in messages would otherwise escape the comment. */
function commentLine(text: string): string {
  return `# ${text.replace(/\s*\n\s*/g, ' ').trim()}\n`;
}
