/**
 * PAKE (PSA Crypto API 1.2 PAKE extension, psa-arch-tests c069–c079) is not implemented by the
 * simulator: J-PAKE and SPAKE2+ need protocol code beyond the primitives @noble/curves offers, and no
 * independent test vectors were at hand to check one. Every function answers
 * PSA_ERROR_NOT_SUPPORTED (except operation init/abort, which are harmless), and the capability
 * manifest claims no `alg=JPAKE` / `alg=SPAKE2P_*`, so the PAKE scenarios are Not Applicable rather
 * than failed.
 */
import type { PsaDataResult, PsaKeyResult } from '../../../../roles/psa-crypto';
import type { PsaPakeApi } from '../../../../roles/psa-crypto/pake';
import { PSA_ERROR_BAD_STATE, PSA_ERROR_NOT_SUPPORTED, PSA_SUCCESS } from '../../constants/status';
import type { CryptoCore } from '../core';
import { OperationTable } from '../operations';

const EMPTY = new Uint8Array(0);

export class PakeFamily implements PsaPakeApi {
  private readonly ops = new OperationTable<never>();

  constructor(private readonly core: CryptoCore) {}

  async psa_pake_operation_init(): Promise<number> {
    return this.ops.init();
  }

  async psa_pake_setup(): Promise<number> {
    return this.core.initialised ? PSA_ERROR_NOT_SUPPORTED : PSA_ERROR_BAD_STATE;
  }

  async psa_pake_set_role(): Promise<number> {
    return PSA_ERROR_BAD_STATE;
  }

  async psa_pake_set_user(): Promise<number> {
    return PSA_ERROR_BAD_STATE;
  }

  async psa_pake_set_peer(): Promise<number> {
    return PSA_ERROR_BAD_STATE;
  }

  async psa_pake_set_context(): Promise<number> {
    return PSA_ERROR_BAD_STATE;
  }

  async psa_pake_output(): Promise<PsaDataResult> {
    return { status: PSA_ERROR_BAD_STATE, data: EMPTY };
  }

  async psa_pake_input(): Promise<number> {
    return PSA_ERROR_BAD_STATE;
  }

  async psa_pake_get_shared_key(): Promise<PsaKeyResult> {
    return { status: PSA_ERROR_BAD_STATE, key: 0 };
  }

  async psa_pake_abort(op: number): Promise<number> {
    this.ops.deactivate(op);
    return this.core.initialised ? PSA_SUCCESS : PSA_ERROR_BAD_STATE;
  }

  close(): void {
    this.ops.clear();
  }
}
