/**
 * Per-scenario Secure Storage state: the target (wrapped in the call log), the calling client, the
 * outputs the checkpoints look at, and every asset the scenario created — removed in teardown (a
 * WRITE_ONCE asset cannot be, by design; the reference target's store is per scenario anyway).
 */
import type { PsaStorageInfo, PsaStorageTarget } from '../../targets/roles/psa-storage';
import { PSA_SUCCESS } from '../../targets/reference/psa/constants';
import { recordStatus } from '../psa/psa-scenario';
import { scenarioState, type TestfestWorld } from '../support/world';
import { loggedTarget } from './logged-target';
import { STORAGE_CALL_FORMATS } from './storage-format';

export type StorageApi = 'its' | 'ps';

/** PSA FF-M: a negative client id is a Non-secure caller; psa-arch-tests runs its storage tests from NSPE. */
export const DEFAULT_CLIENT = -1;

export interface StorageScenario {
  target?: PsaStorageTarget;
  client: number;
  /** `p_data` / `p_data_length` of the last get. */
  data?: Uint8Array;
  /** `p_info` of the last get_info. */
  info?: PsaStorageInfo;
  /** Status of the last set (guards `when the set succeeded`, psa-arch-tests s006). */
  lastSet?: number;
  /** The last psa_ps_get_support() value. */
  support?: number;
  /** Assets set or created, by `api/client/uid`, for teardown. */
  created: Map<string, { api: StorageApi; client: number; uid: bigint }>;
  /** Numbers of assets stored before INSUFFICIENT_STORAGE, per fill (psa-arch-tests s003). */
  fills: number[];
}

export function storageScenario(world: TestfestWorld): StorageScenario {
  return scenarioState(world, 'psa-storage', () => ({ client: DEFAULT_CLIENT, created: new Map(), fills: [] }));
}

export async function storageTarget(world: TestfestWorld): Promise<PsaStorageTarget> {
  const state = storageScenario(world);
  if (!state.target) {
    const raw = await world.role('psa-storage');
    const target = loggedTarget(raw, STORAGE_CALL_FORMATS, (line) => world.evidence.line('psa-calls', line), () => world.evidence.stamp());
    state.target = target;
    world.teardown.add('PSA Storage: remove the assets the scenario created, then close the target', async () => {
      for (const { api, client, uid } of state.created.values()) {
        await (api === 'its' ? target.psa_its_remove(client, uid) : target.psa_ps_remove(client, uid));
      }
      state.created.clear();
      await target.close();
    });
  }
  return state.target;
}

/** Records a status for the shared `(checkpoint N) the status is …` step (steps/psa/library.steps.ts). */
export function recordStorageStatus(world: TestfestWorld, fn: string, status: number): void {
  recordStatus(world, fn, status);
}

/** Notes an asset for teardown when a set or create succeeded. */
export function noteCreated(world: TestfestWorld, api: StorageApi, uid: bigint, status: number): void {
  const state = storageScenario(world);
  if (status === PSA_SUCCESS) state.created.set(`${api}/${state.client}/${uid}`, { api, client: state.client, uid });
}

/** Forgets an asset the scenario removed itself. */
export function noteRemoved(world: TestfestWorld, api: StorageApi, uid: bigint, status: number): void {
  const state = storageScenario(world);
  if (status === PSA_SUCCESS) state.created.delete(`${api}/${state.client}/${uid}`);
}
