/**
 * The interoperability matrix: many runs (client vendor × server vendor × transport × format) merged
 * into one self-contained HTML page with the OMA outcomes and per-cell evidence.
 */
import { matrixModel, type MatrixRunInput } from './model';
import { renderMatrix } from './render';

export { matrixModel, type MatrixModel, type MatrixRunInput, type MatrixColumn, type MatrixRow, type MatrixCell, type MatrixSection } from './model';
export { renderMatrix } from './render';
export { loadRun, type LoadedRun } from './load-run';
export { esc } from './html';

export function buildMatrix(runs: readonly MatrixRunInput[]): string {
  return renderMatrix(matrixModel(runs));
}
