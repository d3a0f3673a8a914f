/**
 * Per-target expectations: the known deviations of one target, each with a reason (and ideally an
 * issue link). As in web-platform-tests' metadata, only deviations are listed; passing cases need no
 * entry. With them, a CI gate can fail only on *unexpected* results (regressions, unexpected passes).
 *
 * ```yaml
 * - id: LightweightM2M-1.1-int-101   # test id, without '@'
 *   scenario: "twice"                # optional: substring of the scenario (outline row) name
 *   outcome: fail                    # fail | inconclusive | not-applicable | out-of-time
 *   criterion: "(B)"                 # optional: the failing step must contain this text
 *   reason: omits lwm2m= on purpose   # required
 *   link: https://…                  # optional
 * ```
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

export { findExpectation, classifyCase } from './expectation-match';
export { rewriteExpectations } from './expectations-rewrite';

const ExpectationSchema = z
  .object({
    id: z.string().min(1),
    scenario: z.string().min(1).optional(),
    outcome: z.enum(['fail', 'inconclusive', 'not-applicable', 'out-of-time']),
    criterion: z.string().min(1).optional(),
    reason: z.string().min(1),
    link: z.string().url().optional(),
  })
  // Unknown keys are refused: a misspelt `criterion` would otherwise silently widen the match.
  .strict();

const ExpectationsSchema = z.array(ExpectationSchema);

export type Expectation = z.infer<typeof ExpectationSchema>;
export type ExpectedOutcome = Expectation['outcome'];

/** Parses expectations text; throws one line naming the file, the entry index (0-based) and the field. */
export function parseExpectations(text: string, file = 'expectations.yaml'): Expectation[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  // A file with only comments (a target with no known deviations) is an empty list.
  if (data === null || data === undefined) return [];
  const parsed = ExpectationsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length === 0 ? 'the file must be a list of entries' : formatPath(issue.path);
    throw new Error(`${file}: ${where}: ${issue.message}`);
  }
  rejectDuplicates(parsed.data, file);
  return parsed.data;
}

export function loadExpectations(file: string): Expectation[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`${file}: cannot read the expectations file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseExpectations(text, file);
}

/** `[2, 'reason']` → `[2].reason` */
function formatPath(path: ReadonlyArray<string | number>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

/** Two entries for the same case would make the match depend on file order. */
function rejectDuplicates(list: readonly Expectation[], file: string): void {
  const seen = new Map<string, number>();
  list.forEach((e, i) => {
    const key = `${e.id}\u0000${e.scenario ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) throw new Error(`${file}: [${i}]: same id and scenario as entry [${first}]`);
    seen.set(key, i);
  });
}
