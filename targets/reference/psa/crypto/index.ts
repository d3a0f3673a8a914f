/**
 * The reference PSA Crypto target: factories and capability manifest for the bundle wiring.
 * `createPsaCryptoSimulator({ storageDir })` gives a fresh simulator; simulators opened on the same
 * `storageDir` share persistent keys (as application instances of one device would).
 * `createReferencePsaCrypto(ctx)` is the same for a scenario's RoleContext (keys under ctx.workDir).
 */
import { join } from 'node:path';
import type { RoleContext } from '../../../registry';
import { PsaCryptoSimulator, type PsaCryptoSimulatorOptions } from './simulator';

export { PsaCryptoSimulator, type PsaCryptoSimulatorOptions } from './simulator';
export { PSA_SIMULATOR_CAPABILITIES, PSA_SIMULATOR_KEY_CAPABILITIES } from './capabilities';

export function createPsaCryptoSimulator(options: PsaCryptoSimulatorOptions = {}): PsaCryptoSimulator {
  return new PsaCryptoSimulator(options);
}

export function createReferencePsaCrypto(ctx: Pick<RoleContext, 'workDir'>): PsaCryptoSimulator {
  return createPsaCryptoSimulator({ storageDir: join(ctx.workDir, 'psa-crypto-keys') });
}
