/**
 * The reference PSA Firmware Update target. Roles created for the same scenario (the same scratch
 * folder) share one simulated device, so an attestation token reports the firmware the scenario
 * installed (attestation/index.ts attaches to it).
 */
import type { RoleContext } from '../../../registry';
import { PsaFwuSimulator } from './simulator';

export { PsaFwuSimulator, type PsaFwuSimulatorOptions } from './simulator';
export { PSA_FWU_SIMULATOR_CAPABILITIES } from './capabilities';
export { REFERENCE_COMPONENTS, variantOf, type ComponentConfig, type InstallVariant } from './components';
export * from './constants';
export { compareVersions, formatVersion, parseVersion } from './version';

const byScenario = new Map<string, PsaFwuSimulator>();

/** The scenario's FWU simulator, created on first use, forgotten when closed. */
export function referenceFwuFor(workDir: string): PsaFwuSimulator {
  let fwu = byScenario.get(workDir);
  if (!fwu) {
    fwu = new PsaFwuSimulator({ onClose: () => byScenario.delete(workDir) });
    byScenario.set(workDir, fwu);
  }
  return fwu;
}

export function createReferencePsaFwu(ctx: Pick<RoleContext, 'workDir'>): PsaFwuSimulator {
  return referenceFwuFor(ctx.workDir);
}
