/**
 * A deliberately broken PSA Crypto target for the self-test (DESIGN.md "Quality bar"): identical to
 * the reference simulator except for two faults, each of which must fail exactly the criteria that
 * check its rule:
 * 1. psa_export_key does not check PSA_KEY_USAGE_EXPORT, so a key without that usage is exported with
 *    PSA_SUCCESS instead of PSA_ERROR_NOT_PERMITTED (PSA Crypto API 1.2 §9.6 psa_export_key;
 *    psa-arch-tests c003 checkpoint 4);
 * 2. AEAD decryption does not verify the tag: psa_aead_decrypt and psa_aead_verify return the
 *    decrypted bytes with PSA_SUCCESS whatever the tag (§10.5 psa_aead_decrypt "PSA_ERROR_INVALID_SIGNATURE:
 *    the ciphertext is not authentic"). Only negative rows can see this — every KAT row still
 *    passes — so it shows why the suite carries wrong-tag / wrong-AD rows (c025, c063).
 */
import { join } from 'node:path';
import type { PsaKeyAttributes } from '../roles/psa-crypto';
import type { RoleContext } from '../registry';
import { AeadFamily } from '../reference/psa/crypto/aead';
import type { AeadSpec } from '../reference/psa/crypto/aead/algorithms';
import type { CryptoCore } from '../reference/psa/crypto/core';
import { PsaCryptoSimulator, type SimulatorFamilies } from '../reference/psa/crypto/simulator';
import { PSA_SIMULATOR_CAPABILITIES } from '../reference/psa/crypto/capabilities';

/** Fault 2: CTR-based AEADs decrypt by re-encrypting (same keystream), and the tag is never compared. */
class UnauthenticatedAead extends AeadFamily {
  protected override open(spec: AeadSpec, key: Buffer, nonce: Buffer, ad: Buffer, body: Buffer): Buffer | undefined {
    return spec.encrypt(key, nonce, ad, body).ciphertext;
  }
}

export class ExportIgnoresUsageSimulator extends PsaCryptoSimulator {
  /** Fault 1: every key is exportable. */
  protected override exportPermitted(_attributes: PsaKeyAttributes): boolean {
    return true;
  }

  protected override makeFamilies(core: CryptoCore): SimulatorFamilies {
    return { ...super.makeFamilies(core), aead: new UnauthenticatedAead(core) };
  }
}

/** The broken target claims what the reference claims: a claimed capability that fails is a Fail. */
export const BROKEN_PSA_CRYPTO_CAPABILITIES = PSA_SIMULATOR_CAPABILITIES;

export function createBrokenPsaCrypto(ctx: Pick<RoleContext, 'workDir'>): ExportIgnoresUsageSimulator {
  return new ExportIgnoresUsageSimulator({ storageDir: join(ctx.workDir, 'psa-crypto-keys') });
}
