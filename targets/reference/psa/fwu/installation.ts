/**
 * Image installation and trial across all components, FWU API 1.0 §"Image installation", §"Image trial":
 * - psa_fwu_install: BAD_STATE when an installation is in progress (a component STAGED, TRIAL or
 *   REJECTED) or no component is CANDIDATE; a dependency satisfied neither by the active image nor by a
 *   co-installed candidate → DEPENDENCY_NEEDED, states unchanged; then every candidate goes STAGED
 *   (PSA_SUCCESS_REBOOT) when any of them needs a reboot, else TRIAL or UPDATED (PSA_SUCCESS);
 * - psa_fwu_accept: every TRIAL component → UPDATED; none in TRIAL → BAD_STATE;
 * - psa_fwu_reject(error): STAGED → FAILED; TRIAL → REJECTED (PSA_SUCCESS_REBOOT) when the rollback
 *   needs a reboot, else rolled back to FAILED (PSA_SUCCESS); none STAGED or TRIAL → BAD_STATE.
 */
import {
  PSA_ERROR_BAD_STATE,
  PSA_ERROR_DEPENDENCY_NEEDED,
  PSA_SUCCESS,
  PSA_SUCCESS_REBOOT,
} from '../constants/status';
import type { ComponentSlot } from './component-slot';
import { PSA_FWU_CANDIDATE, PSA_FWU_FAILED, PSA_FWU_REJECTED, PSA_FWU_STAGED, PSA_FWU_TRIAL, PSA_FWU_UPDATED } from './constants';
import { compareVersions } from './version';

const IN_PROGRESS = [PSA_FWU_STAGED, PSA_FWU_TRIAL, PSA_FWU_REJECTED];

export function install(slots: readonly ComponentSlot[]): number {
  if (slots.some((s) => IN_PROGRESS.includes(s.state))) return PSA_ERROR_BAD_STATE;
  const candidates = slots.filter((s) => s.state === PSA_FWU_CANDIDATE);
  if (candidates.length === 0) return PSA_ERROR_BAD_STATE;
  const versionOf = (id: number) => {
    const slot = slots.find((s) => s.config.id === id);
    if (!slot) return undefined;
    return slot.state === PSA_FWU_CANDIDATE ? slot.staging!.manifest.version : slot.active.version;
  };
  for (const c of candidates) {
    for (const dep of c.staging!.manifest.dependencies) {
      const have = versionOf(dep.component);
      if (!have || compareVersions(have, dep.minVersion) < 0) return PSA_ERROR_DEPENDENCY_NEEDED;
    }
  }
  if (candidates.some((c) => c.config.needsReboot)) {
    for (const c of candidates) c.state = PSA_FWU_STAGED;
    return PSA_SUCCESS_REBOOT;
  }
  for (const c of candidates) c.activateStaged();
  return PSA_SUCCESS;
}

export function accept(slots: readonly ComponentSlot[]): number {
  const trial = slots.filter((s) => s.state === PSA_FWU_TRIAL);
  if (trial.length === 0) return PSA_ERROR_BAD_STATE;
  for (const s of trial) s.state = PSA_FWU_UPDATED;
  return PSA_SUCCESS;
}

export function reject(slots: readonly ComponentSlot[], error: number): number {
  const affected = slots.filter((s) => s.state === PSA_FWU_STAGED || s.state === PSA_FWU_TRIAL);
  if (affected.length === 0) return PSA_ERROR_BAD_STATE;
  let rebootNeeded = false;
  for (const s of affected) {
    if (s.state === PSA_FWU_STAGED) {
      s.staging = undefined;
      s.state = PSA_FWU_FAILED;
      s.error = error;
    } else if (s.config.needsReboot) {
      s.state = PSA_FWU_REJECTED;
      s.error = error;
      rebootNeeded = true;
    } else {
      s.rollBack(error);
    }
  }
  return rebootNeeded ? PSA_SUCCESS_REBOOT : PSA_SUCCESS;
}
