/**
 * The guard of psa-arch-tests s006 (test_s006.c psa_sst_create_storage_api): the info and remove
 * checks run only when the set with a flag succeeded; otherwise remove must report DOES_NOT_EXIST.
 */
import { PSA_SUCCESS } from '../../targets/reference/psa/constants';
import type { TestfestWorld } from '../support/world';
import { storageScenario } from './storage-scenario';

/** Regex source for the guard prefix; one capture group: `succeeded` or `failed`. */
export const SET_GUARD = 'when the set (succeeded|failed), ';

export function setGuardHolds(world: TestfestWorld, guard: string): boolean {
  const last = storageScenario(world).lastSet;
  if (last === undefined) throw new Error('no psa_*_set has been called in this scenario');
  return guard === 'succeeded' ? last === PSA_SUCCESS : last !== PSA_SUCCESS;
}
