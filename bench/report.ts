/**
 * The benchmark table and its JSON form. The ratio is the figure that matters (ours ÷ baseline,
 * higher is better); absolute figures are printed beside it only so a reader can sanity-check.
 */
import { cpus, loadavg } from 'node:os';
import type { Bracketed, Measurement } from './harness';

export interface Figure {
  /** e.g. 12345.6 */
  value: number;
  /** e.g. `req/s`, `MB/s` */
  unit: string;
  /** What was measured, e.g. `raw dgram echo ×16`. */
  label: string;
  ops: number;
  elapsedMs: number;
  stoppedBy: 'count' | 'time';
}

export interface BenchRow {
  /** The bench module, e.g. `coap-endpoint`. */
  bench: string;
  /** The subject, e.g. `CoAP CON GET → 2.05, 16 outstanding`. */
  name: string;
  figure: Figure;
  baseline: Figure;
  /** figure ÷ baseline. */
  ratio: number;
  /** Baseline after ÷ before (see bracketed()). */
  drift?: number;
  note?: string;
}

/** A figure from a measurement; `perOp` converts ops/s to the unit (e.g. bytes per op / 1e6 for MB/s). */
export function figureOf(m: Measurement, unit: string, label: string, perOp = 1): Figure {
  return { value: m.opsPerSec * perOp, unit, label, ops: m.ops, elapsedMs: m.elapsedMs, stoppedBy: m.stoppedBy };
}

/** A row from a bracketed measurement whose figure and baseline share one unit. */
export function rowOf(bench: string, name: string, b: Bracketed, unit: string, baselineLabel: string, perOp: { subject?: number; baseline?: number; note?: string } = {}): BenchRow {
  const figure = figureOf(b.subject, unit, name, perOp.subject);
  const baseline = figureOf(b.baseline, unit, baselineLabel, perOp.baseline);
  return { bench, name, figure, baseline, ratio: baseline.value > 0 ? figure.value / baseline.value : Number.NaN, drift: b.drift, note: perOp.note };
}

const number = (v: number): string => (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toPrecision(3));
const showFigure = (f: Figure): string => `${number(f.value)} ${f.unit}`;
export const showRatio = (r: number): string => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a');

function notes(row: BenchRow): string {
  const parts: string[] = [];
  if (row.note) parts.push(row.note);
  // A count-bound window ran shorter than the time bound: still a valid rate, but a shorter sample.
  const capped = [row.figure.stoppedBy === 'count' && 'figure', row.baseline.stoppedBy === 'count' && 'baseline'].filter(Boolean);
  if (capped.length > 0) parts.push(`${capped.join(' and ')} hit the iteration cap`);
  // More than 20% change in the baseline across the bracket: the machine was busy, read with care.
  if (row.drift !== undefined && Number.isFinite(row.drift) && Math.abs(row.drift - 1) > 0.2) parts.push(`baseline drifted ${showRatio(row.drift)} across the bracket`);
  return parts.join('; ');
}

/** A plain-text table: benchmark, figure, baseline (what it was), ratio, notes. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['benchmark', 'figure', 'baseline', 'ratio', 'notes'];
  const body = rows.map((r) => [`${r.bench}: ${r.name}`, showFigure(r.figure), `${showFigure(r.baseline)} (${r.baseline.label})`, showRatio(r.ratio), notes(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** The machine context printed with every run: the ratios only mean something next to it. */
export function machineNote(): string {
  const cpu = cpus();
  return `node ${process.version}, ${cpu.length} CPU(s) (${cpu[0]?.model.trim() ?? 'unknown'}), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
}

export function toJson(rows: readonly BenchRow[], context: { quick: boolean; date: string }): string {
  return JSON.stringify({ ...context, machine: machineNote(), rows }, null, 2) + '\n';
}
