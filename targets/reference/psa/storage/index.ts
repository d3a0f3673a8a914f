/**
 * The reference PSA Secure Storage target: factory and capability manifest for the bundle wiring.
 * `createReferencePsaStorage(ctx)` keeps a scenario's assets under its scratch folder.
 */
import { join } from 'node:path';
import type { RoleContext } from '../../../registry';
import { PsaStorageSimulator } from './simulator';

export { PsaStorageSimulator, DEFAULT_STORAGE_QUOTA_BYTES, type PsaStorageSimulatorOptions } from './simulator';
export { PSA_STORAGE_SIMULATOR_CAPABILITIES } from './capabilities';
export * from './flags';

export function createReferencePsaStorage(ctx: Pick<RoleContext, 'workDir'>): PsaStorageSimulator {
  return new PsaStorageSimulator({ storageDir: join(ctx.workDir, 'psa-storage') });
}
