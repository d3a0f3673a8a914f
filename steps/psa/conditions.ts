/**
 * The guards of later checkpoints in a psa-arch-tests row, as written in the feature files:
 * `(checkpoint 6) when the export succeeded, …`. Only these phrases are accepted.
 */
import { PSA_SUCCESS } from '../../targets/reference/psa/constants';
import type { PsaScenario } from './psa-scenario';

/** The guard as cucumber passes it: undefined (or null) when the step has no guard. */
export type GuardCell = string | null | undefined;

/** Regex source for the optional guard prefix; capture group = the condition. */
export const GUARD = '(?:when (a key was created|the export succeeded|the export failed), )?';

export function conditionHolds(state: PsaScenario, condition: GuardCell): boolean {
  switch (condition ?? undefined) {
    case undefined:
      return true;
    case 'a key was created':
      return state.created;
    case 'the export succeeded':
      return state.exported?.status === PSA_SUCCESS;
    case 'the export failed':
      return state.exported !== undefined && state.exported.status !== PSA_SUCCESS;
    default:
      throw new Error(`unknown checkpoint condition "${condition}"`);
  }
}
