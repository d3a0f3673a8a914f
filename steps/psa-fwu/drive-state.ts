/**
 * Brings a component from READY into a given state through the API, along the transitions of the
 * FWU API 1.0 state model: WRITING (start), CANDIDATE (+ write, finish), STAGED (+ install needing a
 * reboot), TRIAL (+ reboot if staged), UPDATED (+ accept if in trial), REJECTED (TRIAL + reject),
 * FAILED (WRITING + cancel). It observes the state after install, so it works for every installation
 * variant. A transition that does not happen fails the precondition, naming it.
 */
import type { PsaFwuTarget } from '../../targets/roles/psa-fwu';
import { fwuStateByName, fwuStateName, PSA_FWU_STAGED, PSA_FWU_TRIAL } from '../../targets/reference/psa/fwu';
import { statusName } from '../../targets/reference/psa/constants';
import { CriterionFailed } from '../support/verdict';
import type { TestfestWorld } from '../support/world';
import { fwuTarget } from './fwu-scenario';
import { nextVersion } from './fwu-versions';

const BLOCK = 1024;

async function state(t: PsaFwuTarget, c: number): Promise<number> {
  return (await t.psa_fwu_query(c)).info.state;
}

function check(criterion: string, ok: boolean, expected: string, actual: string): void {
  if (!ok) throw new CriterionFailed(`(precondition) ${criterion}`, expected, actual);
}

async function expectState(t: PsaFwuTarget, c: number, target: string, after: string, status: number): Promise<void> {
  const s = await state(t, c);
  check(`component ${c} reaches ${target} after ${after}`, s === fwuStateByName(target), `PSA_FWU_${target}`, `${fwuStateName(s)} (${after} returned ${statusName(status)})`);
}

export async function driveToState(world: TestfestWorld, c: number, target: string): Promise<void> {
  const want = fwuStateByName(target);
  const t = await fwuTarget(world);
  check(`component ${c} starts READY`, (await state(t, c)) === 0, 'PSA_FWU_READY', fwuStateName(await state(t, c)));
  if (want === 0) return;
  const { manifest, image } = await t.prepare_test_image({ component: c, version: await nextVersion(t, c) });
  await expectState(t, c, 'WRITING', 'psa_fwu_start', await t.psa_fwu_start(c, manifest));
  if (target === 'WRITING') return;
  if (target === 'FAILED') return expectState(t, c, 'FAILED', 'psa_fwu_cancel', await t.psa_fwu_cancel(c));
  for (let off = 0; off < image.length; off += BLOCK) await t.psa_fwu_write(c, off, image.subarray(off, off + BLOCK));
  await expectState(t, c, 'CANDIDATE', 'psa_fwu_finish', await t.psa_fwu_finish(c));
  if (target === 'CANDIDATE') return;
  const installed = await t.psa_fwu_install();
  if (target === 'STAGED') return expectState(t, c, 'STAGED', 'psa_fwu_install', installed);
  if ((await state(t, c)) === PSA_FWU_STAGED) await t.reboot();
  if (target === 'TRIAL' || target === 'REJECTED') await expectState(t, c, 'TRIAL', 'psa_fwu_install (and a reboot)', installed);
  if (target === 'REJECTED') return expectState(t, c, 'REJECTED', 'psa_fwu_reject', await t.psa_fwu_reject(0));
  if (target === 'TRIAL') return;
  const accepted = (await state(t, c)) === PSA_FWU_TRIAL ? await t.psa_fwu_accept() : installed;
  return expectState(t, c, 'UPDATED', 'installation', accepted);
}
