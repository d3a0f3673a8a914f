/**
 * A deliberately broken PSA Crypto target for the self-test (DESIGN.md "Quality bar"): identical to
 * the reference simulator except that psa_export_key does not check PSA_KEY_USAGE_EXPORT, so a key
 * without that usage is exported with PSA_SUCCESS instead of PSA_ERROR_NOT_PERMITTED (PSA Crypto API
 * 1.2 §9.6 psa_export_key). Nothing else is broken, so it must fail exactly the criteria that check
 * this rule (psa-arch-tests c003 "Test psa_export_key with key policy verify", checkpoint 4).
 */
import { join } from 'node:path';
import type { PsaKeyAttributes } from '../roles/psa-crypto';
import type { RoleContext } from '../registry';
import { PsaCryptoSimulator } from '../reference/psa/crypto/simulator';
import { PSA_SIMULATOR_CAPABILITIES } from '../reference/psa/crypto/capabilities';

export class ExportIgnoresUsageSimulator extends PsaCryptoSimulator {
  /** The break: every key is exportable. */
  protected override exportPermitted(_attributes: PsaKeyAttributes): boolean {
    return true;
  }
}

/** The broken target claims what the reference claims: a claimed capability that fails is a Fail. */
export const BROKEN_PSA_CRYPTO_CAPABILITIES = PSA_SIMULATOR_CAPABILITIES;

export function createBrokenPsaCrypto(ctx: Pick<RoleContext, 'workDir'>): ExportIgnoresUsageSimulator {
  return new ExportIgnoresUsageSimulator({ storageDir: join(ctx.workDir, 'psa-crypto-keys') });
}
