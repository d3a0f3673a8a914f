/**
 * Per-scenario PSA state: the target under test (wrapped in the call log), the keys the scenario
 * created (destroyed in teardown, then the target is closed) and the results the checkpoints look at.
 */
import type { PsaCryptoTarget, PsaKeyAttributes, PsaKeyResult } from '../../targets/roles/psa-crypto';
import { PSA_SUCCESS } from '../../targets/reference/psa/constants';
import { scenarioState, type TestfestWorld } from '../support/world';
import { withCallLog } from './call-log';

export interface PsaScenario {
  target?: PsaCryptoTarget;
  /** Keys created and not yet destroyed: teardown destroys them. */
  liveKeys: Set<number>;
  /** The last call a `the status is` step looks at. */
  last?: { fn: string; status: number };
  /** Statuses of a call repeated N times (psa-arch-tests c001 check 3). */
  repeated: number[];
  /** The key the scenario works on (psa-arch-tests `key`). */
  key: number;
  /** Whether the last psa_import_key created `key`. */
  created: boolean;
  importedData?: Buffer;
  /** Result of the last psa_export_key / psa_export_public_key. */
  exported?: { fn: string; status: number; data: Uint8Array };
  /** Attributes returned by the last psa_get_key_attributes. */
  attributes?: PsaKeyAttributes;
  /** The import with reset attributes (psa-arch-tests c002 checkpoints 8 and 9). */
  resetImport?: PsaKeyResult;
  /** Keys by the names the scenario gave them (`key`, `peer`). */
  keys: Map<string, number>;
  /** Attribute sets by name, for calls that take `attributes`. */
  attributeSets: Map<string, PsaKeyAttributes>;
  /** Multipart operations by name. */
  operations: Map<string, number>;
  /** Outputs saved under a name (`giving "signature"`), usable as bytes arguments. */
  saved: Map<string, Buffer>;
  /** The result of the last generic call (calls.steps.ts). */
  result?: Record<string, unknown>;
  /** Outputs of cipher/AEAD update and finish calls since the operation was set up, concatenated. */
  collected: Buffer;
}

export function psaScenario(world: TestfestWorld): PsaScenario {
  return scenarioState(world, 'psa', () => ({
    liveKeys: new Set<number>(),
    repeated: [],
    key: 0,
    created: false,
    keys: new Map<string, number>(),
    attributeSets: new Map<string, PsaKeyAttributes>(),
    operations: new Map<string, number>(),
    saved: new Map<string, Buffer>(),
    collected: Buffer.alloc(0),
  }));
}

/** The target for this scenario, created on first use, logged to the `psa-calls` evidence. */
export async function psaTarget(world: TestfestWorld): Promise<PsaCryptoTarget> {
  const state = psaScenario(world);
  if (!state.target) {
    const raw = await world.role('psa-crypto');
    const target = withCallLog(raw, (line) => world.evidence.line('psa-calls', line), () => world.evidence.stamp());
    state.target = target;
    world.teardown.add('PSA Crypto: destroy the keys the scenario created, then close the target', async () => {
      for (const key of state.liveKeys) await target.psa_destroy_key(key);
      state.liveKeys.clear();
      await target.close();
    });
  }
  return state.target;
}

/** Records a call's status for the next `the status is` step. */
export function recordStatus(world: TestfestWorld, fn: string, status: number): void {
  psaScenario(world).last = { fn, status };
}

/** Records a key-creating call: the key becomes the scenario's key and is destroyed in teardown. */
export function recordCreated(world: TestfestWorld, fn: string, result: PsaKeyResult): void {
  const state = psaScenario(world);
  recordStatus(world, fn, result.status);
  state.key = result.key;
  state.created = result.status === PSA_SUCCESS;
  if (state.created) state.liveKeys.add(result.key);
}

/** Records a destroy: a destroyed key needs no teardown. */
export function recordDestroyed(world: TestfestWorld, key: number, status: number): void {
  recordStatus(world, 'psa_destroy_key', status);
  if (status === PSA_SUCCESS) psaScenario(world).liveKeys.delete(key);
}
