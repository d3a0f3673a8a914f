/**
 * The reference PSA Initial Attestation target. `createReferencePsaAttestation(ctx)` attaches to the
 * scenario's Firmware Update simulator: the token's software components are its installed images and
 * every reboot gives a new boot seed.
 */
import type { RoleContext } from '../../../registry';
import { referenceFwuFor } from '../fwu';
import { PsaAttestationSimulator } from './simulator';

export { PsaAttestationSimulator, PSA_INITIAL_ATTEST_CHALLENGE_SIZES, type PsaAttestationSimulatorOptions } from './simulator';
export { PSA_ATTESTATION_SIMULATOR_CAPABILITIES } from './capabilities';
export { ecdsaIak, hmacIak, uncompressedPoint, type Iak } from './iak';
export * from './claim-keys';
export type { SoftwareComponent, SoftwareComponentSource } from './software-components';

export function createReferencePsaAttestation(ctx: Pick<RoleContext, 'workDir'>): PsaAttestationSimulator {
  const fwu = referenceFwuFor(ctx.workDir);
  const attestation = new PsaAttestationSimulator({ softwareComponents: () => fwu.installedImages(), onClose: () => void fwu.close() });
  fwu.onBoot(() => attestation.boot());
  return attestation;
}
