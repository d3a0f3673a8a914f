/**
 * The interoperability matrix as data: rows are test cases (by key) grouped into report sections,
 * columns are runs (target × transport × format × …), cells are outcomes. Separate from the HTML so
 * the merging rules are unit-testable and other renderers (JSON, markdown) can reuse them.
 */
import { emptyTotals, OUTCOMES, type Outcome } from '../outcome';
import type { CaseResult, RunResult } from '../classify';
import type { Classification } from '../expectation-match';
import type { RunMetadata } from '../metadata';
import { compareGroups } from '../groups';
import { badgeOf, type Badge } from './badges';

export interface MatrixRunInput {
  label: string;
  dir: string;
  metadata: RunMetadata;
  result: RunResult;
}

export interface MatrixColumn {
  index: number;
  label: string;
  target: string;
  suite: string;
  transport: string;
  timing: string;
  /** `2025-01-01 09:00 UTC`, from metadata.startedAt. */
  date: string;
  /** Short git revision (7 characters), `+dirty` kept: a dirty tree is not that revision. */
  revision: string;
  totals: Record<Outcome, number>;
  caseCount: number;
  deviations: { expected: number; regressions: number; unexpectedPasses: number };
  harnessErrors: string[];
  /** In-page anchor of this run's evidence section. */
  anchor: string;
}

export interface MatrixCell {
  badge: Badge;
  outcome: Outcome;
  classification: Classification;
  /** In-page anchor of this cell's evidence. */
  anchor: string;
  case: CaseResult;
}

export interface MatrixRow {
  key: string;
  testId: string;
  name: string;
  feature: string;
  /** One entry per column; null when the run did not include the case ("not run"). */
  cells: Array<MatrixCell | null>;
  passed: number;
  ran: number;
}

export interface MatrixSection {
  name: string;
  rows: MatrixRow[];
}

export interface MatrixModel {
  columns: MatrixColumn[];
  sections: MatrixSection[];
  /** Over all cells of all runs. */
  totals: Record<Outcome, number>;
  deviations: { expected: number; regressions: number; unexpectedPasses: number };
  caseCount: number;
}

export function matrixModel(runs: readonly MatrixRunInput[]): MatrixModel {
  const columns = runs.map(column);
  const rowsByKey = new Map<string, { first: CaseResult; byRun: Array<CaseResult | undefined> }>();
  runs.forEach((run, i) => {
    for (const c of run.result.cases) {
      let row = rowsByKey.get(c.key);
      if (!row) rowsByKey.set(c.key, (row = { first: c, byRun: runs.map(() => undefined) }));
      row.byRun[i] = c;
    }
  });
  const sections = new Map<string, MatrixRow[]>();
  let serial = 0;
  const ordered = [...rowsByKey.values()].sort((a, b) => compareGroups(a.first.group, b.first.group) || compareCases(a.first, b.first));
  for (const { first, byRun } of ordered) {
    const rowNumber = serial++;
    const cells = byRun.map((c, col) =>
      c ? { badge: badgeOf(c.outcome, c.classification), outcome: c.outcome, classification: c.classification, anchor: `ev-${col}-${rowNumber}`, case: c } : null,
    );
    const row: MatrixRow = {
      key: first.key,
      testId: first.testId,
      name: first.name,
      feature: first.feature,
      cells,
      passed: cells.filter((c) => c?.outcome === 'pass').length,
      ran: cells.filter((c) => c !== null).length,
    };
    const list = sections.get(first.group);
    if (list) list.push(row);
    else sections.set(first.group, [row]);
  }
  const totals = emptyTotals();
  for (const col of columns) for (const o of OUTCOMES) totals[o] += col.totals[o];
  const sum = (k: keyof MatrixColumn['deviations']) => columns.reduce((n, c) => n + c.deviations[k], 0);
  return {
    columns,
    sections: [...sections].map(([name, rows]) => ({ name, rows })),
    totals,
    deviations: { expected: sum('expected'), regressions: sum('regressions'), unexpectedPasses: sum('unexpectedPasses') },
    caseCount: rowsByKey.size,
  };
}

function column(run: MatrixRunInput, index: number): MatrixColumn {
  const m = run.metadata;
  const { deviations } = run.result;
  return {
    index,
    label: run.label,
    target: m.target ?? '',
    suite: m.suite ?? '',
    transport: [m.transport, m.format].filter(Boolean).join(' / '),
    timing: m.timing ?? '',
    date: formatDate(m.startedAt),
    revision: shortRevision(m.gitRevision),
    totals: { ...run.result.totals },
    caseCount: run.result.cases.length,
    deviations: { expected: deviations.expected.length, regressions: deviations.regressions.length, unexpectedPasses: deviations.unexpectedPasses.length },
    harnessErrors: [...run.result.harnessErrors],
    anchor: `run-${index}`,
  };
}

/** ETS/psa ids sort by number (int-2 before int-10), then rows of one outline by name. */
function compareCases(a: CaseResult, b: CaseResult): number {
  return a.testId.localeCompare(b.testId, 'en', { numeric: true }) || a.name.localeCompare(b.name, 'en', { numeric: true });
}

function shortRevision(rev: string | null | undefined): string {
  if (!rev) return '';
  return rev.slice(0, 7) + (rev.endsWith('+dirty') ? '+dirty' : '');
}

function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
