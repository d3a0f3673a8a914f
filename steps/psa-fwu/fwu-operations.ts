/**
 * The FWU API calls as the state-model tables name them (`psa_fwu_start`, `psa_fwu_write`, …), each
 * made with valid arguments so that only the component's state decides the outcome (FWU API 1.0
 * "State model"): start with a fresh signed manifest, write 8 aligned bytes at offset 0, reject with
 * error 0. The status is recorded for `(checkpoint N) the status is …`.
 */
import type { PsaFwuTarget } from '../../targets/roles/psa-fwu';
import { recordStatus } from '../psa/psa-scenario';
import type { TestfestWorld } from '../support/world';
import { fwuTarget } from './fwu-scenario';
import { nextVersion } from './fwu-versions';

type Operation = (t: PsaFwuTarget, component: number) => Promise<number>;

export const OPERATIONS: Record<string, Operation> = {
  psa_fwu_start: async (t, c) => {
    const { manifest } = await t.prepare_test_image({ component: c, version: await nextVersion(t, c) });
    return t.psa_fwu_start(c, manifest);
  },
  psa_fwu_write: (t, c) => t.psa_fwu_write(c, 0, new Uint8Array(8)),
  psa_fwu_finish: (t, c) => t.psa_fwu_finish(c),
  psa_fwu_cancel: (t, c) => t.psa_fwu_cancel(c),
  psa_fwu_clean: (t, c) => t.psa_fwu_clean(c),
  psa_fwu_install: (t) => t.psa_fwu_install(),
  psa_fwu_accept: (t) => t.psa_fwu_accept(),
  psa_fwu_reject: (t) => t.psa_fwu_reject(0),
  psa_fwu_request_reboot: (t) => t.psa_fwu_request_reboot(),
};

export async function applyOperation(world: TestfestWorld, operation: string, component: number): Promise<number> {
  const op = OPERATIONS[operation];
  if (!op) throw new Error(`unknown FWU operation "${operation}"; known: ${Object.keys(OPERATIONS).join(', ')}`);
  const status = await op(await fwuTarget(world), component);
  recordStatus(world, operation, status);
  return status;
}
