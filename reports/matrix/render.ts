/**
 * The matrix model → one self-contained HTML page (inline CSS, no script, no external resource), the
 * artefact a testfest organiser hands around. Typed template literals rather than a template engine:
 * no dependency, type-checked, and the fastest of the options measured (toolchain.md §9).
 */
import { OUTCOMES, OUTCOME_LABELS, type Outcome } from '../outcome';
import type { MatrixCell, MatrixColumn, MatrixModel, MatrixRow } from './model';
import { BADGE_LEGEND, badgeClass } from './badges';
import { renderEvidence } from './render-evidence';
import { html, raw, type Html } from './html';
import { MATRIX_CSS } from './style';

export const MATRIX_TITLE = 'LwM2M / PSA Testfest - interoperability matrix';

const OUTCOME_CLASS: Readonly<Record<Outcome, string>> = { pass: 'c-pass', fail: 'c-fail', inconclusive: 'c-inc', 'not-applicable': 'c-na', 'out-of-time': 'c-oot' };
const BAR_COLOUR: Readonly<Record<Outcome, string>> = { pass: '#2da44e', fail: '#cf222e', inconclusive: '#d4a72c', 'not-applicable': '#afb8c1', 'out-of-time': '#54aeff' };

export function renderMatrix(model: MatrixModel): string {
  return `<!DOCTYPE html>\n${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${MATRIX_TITLE}</title><style>${raw(MATRIX_CSS)}</style></head><body>
<h1>${MATRIX_TITLE}</h1>
${header(model)}
${table(model)}
<p class="legend">${BADGE_LEGEND.map(([b, text]) => html`<span class="badge ${badgeClass(b)}">${b}</span> ${text} &nbsp; `)}<span class="badge regression">outlined</span> not in the expectations (a regression) &nbsp; <span class="notrun">—</span> not run</p>
${renderEvidence(model)}
</body></html>`}\n`;
}

function header(model: MatrixModel): Html {
  const cells = OUTCOMES.reduce((n, o) => n + model.totals[o], 0);
  const executed = model.totals.pass + model.totals.fail + model.totals.inconclusive;
  const rate = executed ? `${((100 * model.totals.pass) / executed).toFixed(1)}% pass of executed` : 'nothing executed';
  const bar = OUTCOMES.filter((o) => model.totals[o] > 0).map(
    (o) => html`<span style="width:${((100 * model.totals[o]) / cells).toFixed(2)}%;background:${BAR_COLOUR[o]}" title="${OUTCOME_LABELS[o]}"></span>`,
  );
  const d = model.deviations;
  return html`<div class="meta">${model.caseCount} test cases × ${model.columns.length} runs · ${cells} results · ${d.regressions} regressions · ${d.expected} expected deviations · ${d.unexpectedPasses} unexpected passes</div>
<div class="chips">${OUTCOMES.map((o) => html`<span class="chip ${OUTCOME_CLASS[o]}">${model.totals[o]} ${OUTCOME_LABELS[o]}</span>`)}<span class="bar">${bar}</span><span>${rate}</span></div>`;
}

function table(model: MatrixModel): Html {
  const span = model.columns.length + 2;
  return html`<table class="matrix"><thead><tr><th>Test case</th>${model.columns.map(columnHeader)}<th>Passing</th></tr></thead>
<tbody>${model.sections.map((s) => html`<tr class="section"><th colspan="${span}">${s.name}</th></tr>${s.rows.map(row)}`)}</tbody>
<tfoot><tr><td>Per run</td>${model.columns.map(columnTotals)}<td></td></tr></tfoot></table>`;
}

function columnHeader(col: MatrixColumn): Html {
  const lines = [col.target && `target ${col.target}`, col.suite && `suite ${col.suite}`, col.transport, col.timing && `timing ${col.timing}`, col.date, col.revision && `rev ${col.revision}`];
  const n = col.harnessErrors.length;
  const harness = n ? html`<small class="harness"><a href="#${col.anchor}">${n} harness error${n === 1 ? '' : 's'}</a></small>` : '';
  return html`<th><b>${col.label}</b>${lines.filter((l): l is string => Boolean(l)).map((l) => html`<small>${l}</small>`)}${harness}</th>`;
}

function row(r: MatrixRow): Html {
  const title = r.name !== r.testId ? html`<small>${r.name}</small>` : '';
  return html`<tr><th class="case">${r.testId}${title}</th>${r.cells.map(cell)}<td>${r.passed}/${r.ran} pass</td></tr>`;
}

function cell(c: MatrixCell | null): Html {
  if (!c) return html`<td class="cell notrun" title="not run">—</td>`;
  const k = c.case;
  const tip = [
    OUTCOME_LABELS[c.outcome],
    `${k.durationMs} ms`,
    k.attempts > 1 ? `attempt ${k.attempts}` : '',
    k.failedStep ?? '',
    k.reason ?? '',
    k.expectation ? `expected ${k.expectation.outcome}: ${k.expectation.reason}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const regression = c.classification === 'regression' ? ' regression' : '';
  return html`<td class="cell"><a class="badge ${badgeClass(c.badge)}${regression}" href="#${c.anchor}" title="${tip}">${c.badge}</a></td>`;
}

function columnTotals(col: MatrixColumn): Html {
  const t = col.totals;
  return html`<td>${t.pass}/${col.caseCount} pass<small>fail ${t.fail} · inc ${t.inconclusive} · n/a ${t['not-applicable']} · oot ${t['out-of-time']}</small></td>`;
}
