/**
 * The evidence part of the matrix page: per run, every case with its verdict details and text
 * attachments, so a cell's link lands on what a person needs to judge it (the failed criterion, the
 * message, the transcript). Passes are collapsed: they matter less but must still be checkable.
 */
import { OUTCOME_LABELS } from '../outcome';
import type { MatrixCell, MatrixColumn, MatrixModel } from './model';
import { badgeClass } from './badges';
import { html, type Html } from './html';

/**
 * Longer attachments are cut: a multi-hour observation transcript would make the page unusable.
 * The full text stays in cucumber.html and messages.ndjson of the run.
 */
export const MAX_ATTACHMENT_CHARS = 100_000;

export function renderEvidence(model: MatrixModel): Html {
  return html`<section class="evidence"><h2>Evidence</h2>${model.columns.map((col) => runEvidence(model, col))}</section>`;
}

function runEvidence(model: MatrixModel, col: MatrixColumn): Html {
  const cells = model.sections.flatMap((s) => s.rows.map((r) => r.cells[col.index])).filter((c): c is MatrixCell => c !== null);
  const harness = col.harnessErrors.length
    ? html`<p class="harness">Harness errors (problems of the suite or the run, not of the target):</p><ul class="harness">${col.harnessErrors.map((e) => html`<li>${e}</li>`)}</ul>`
    : '';
  return html`<h3 id="${col.anchor}">${col.label}${col.target ? ` (target ${col.target})` : ''}</h3>${harness}${cells.map(caseEvidence)}`;
}

function caseEvidence(cell: MatrixCell): Html {
  const c = cell.case;
  const heading = html`<span class="badge ${badgeClass(cell.badge)}">${cell.badge}</span> ${c.key}`;
  const e = c.expectation;
  const details = html`<dl>
<dt>Scenario</dt><dd>${c.name}</dd>
<dt>Feature</dt><dd>${c.feature} (${c.uri})</dd>
<dt>Outcome</dt><dd>${OUTCOME_LABELS[c.outcome]}${c.classification !== 'ok' ? ` (${c.classification})` : ''}</dd>
${c.failedStep ? html`<dt>Failed at</dt><dd>${c.failedStep}</dd>` : ''}
${c.reason ? html`<dt>${c.outcome === 'fail' || c.outcome === 'inconclusive' ? 'Message' : 'Reason'}</dt><dd>${c.reason}</dd>` : ''}
${e ? html`<dt>Expectation</dt><dd>${e.outcome}${e.criterion ? ` at ${e.criterion}` : ''}: ${e.reason}${e.link ? html` ${link(e.link)}` : ''}</dd>` : ''}
<dt>Duration</dt><dd>${c.durationMs} ms${c.attempts > 1 ? `, attempt ${c.attempts} of ${c.attempts} (retried)` : ''}</dd>
</dl>${c.evidence.map((a) => html`<h5>${a.name} <small>${a.mediaType}</small></h5><pre>${clip(a.text)}</pre>`)}`;
  if (c.outcome === 'pass' && c.classification === 'ok') {
    return html`<details id="${cell.anchor}"><summary>${heading} <small>(${c.evidence.length} attachments)</small></summary>${details}</details>`;
  }
  return html`<article id="${cell.anchor}"><h4>${heading}</h4>${details}</article>`;
}

/** Only http(s) links become anchors; anything else (a `javascript:` URL) stays text. */
function link(url: string): Html | string {
  return /^https?:\/\//i.test(url) ? html`<a href="${url}" rel="noreferrer">${url}</a>` : url;
}

function clip(text: string): string {
  if (text.length <= MAX_ATTACHMENT_CHARS) return text;
  return `${text.slice(0, MAX_ATTACHMENT_CHARS)}\n… (${text.length - MAX_ATTACHMENT_CHARS} more characters: see the run's cucumber.html)`;
}
