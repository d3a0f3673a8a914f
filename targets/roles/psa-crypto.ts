/**
 * Role: a PSA Crypto API implementation under test (PSA Certified Crypto API 1.2). One typed async
 * method per spec function, named exactly as the spec, split by API family in `psa-crypto/*.ts` and
 * combined here. Statuses are the spec's numbers (targets/reference/psa/constants/status.ts); output
 * buffers are modelled by the caller's buffer size; multipart operation objects are handles
 * (`PsaOperation`) from `psa_<family>_operation_init()`.
 *
 * Every method is async and takes/returns plain data only, so the same interface can be served by an
 * in-process simulator, a C shim or an out-of-process bridge (DESIGN.md "Targets and capabilities").
 * Mirrors psa-arch-tests' PAL table (api-tests/platform/targets/common/nspe/crypto/pal_crypto_intf.c),
 * one typed method per `PAL_CRYPTO_*` code instead of a varargs switch.
 */
import type { PsaAeadApi } from './psa-crypto/aead';
import type { PsaAsymmetricApi } from './psa-crypto/asymmetric';
import type { PsaCipherApi } from './psa-crypto/cipher';
import type { PsaHashApi } from './psa-crypto/hash';
import type { PsaKeyAgreementApi } from './psa-crypto/key-agreement';
import type { PsaKeyDerivationApi } from './psa-crypto/kdf';
import type { PsaKeyManagementApi } from './psa-crypto/key-management';
import type { PsaMacApi } from './psa-crypto/mac';
import type { PsaPakeApi } from './psa-crypto/pake';
import type { PsaSignApi } from './psa-crypto/sign';

export type * from './psa-crypto/common';
export type { PsaAeadApi, PsaAeadFinishResult } from './psa-crypto/aead';
export type { PsaAsymmetricApi } from './psa-crypto/asymmetric';
export type { PsaCipherApi } from './psa-crypto/cipher';
export type { PsaHashApi } from './psa-crypto/hash';
export type { PsaKeyAgreementApi } from './psa-crypto/key-agreement';
export type { PsaCapacityResult, PsaKeyDerivationApi } from './psa-crypto/kdf';
export type { PsaKeyManagementApi } from './psa-crypto/key-management';
export type { PsaMacApi } from './psa-crypto/mac';
export type { PsaPakeApi, PsaPakeCipherSuite } from './psa-crypto/pake';
export type { PsaSignApi } from './psa-crypto/sign';

export interface PsaCryptoTarget
  extends PsaKeyManagementApi,
    PsaHashApi,
    PsaMacApi,
    PsaCipherApi,
    PsaAeadApi,
    PsaSignApi,
    PsaAsymmetricApi,
    PsaKeyAgreementApi,
    PsaKeyDerivationApi,
    PsaPakeApi {}
