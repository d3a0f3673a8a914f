/**
 * Key agreement, PSA Crypto API 1.2 §10.9 (psa-arch-tests c043, c080):
 * - psa_raw_key_agreement(alg, …): `alg` must be a raw key agreement (PSA_ALG_ECDH, PSA_ALG_FFDH);
 *   a combined KEY_AGREEMENT(ka, kdf) or any other algorithm → INVALID_ARGUMENT; the private key
 *   needs PSA_KEY_USAGE_DERIVE and a policy permitting `alg` (NOT_PERMITTED); output_size below the
 *   shared secret → BUFFER_TOO_SMALL;
 * - psa_key_agreement(private, peer, alg, attributes) (new in 1.2): the shared secret becomes a new
 *   key of type PSA_KEY_TYPE_DERIVE, RAW_DATA or HMAC (others → INVALID_ARGUMENT); attribute bits
 *   must be 0 or the secret's size.
 */
import type { PsaDataResult, PsaKeyAttributes, PsaKeyResult } from '../../../../roles/psa-crypto';
import type { PsaKeyAgreementApi } from '../../../../roles/psa-crypto/key-agreement';
import { PSA_ALG_IS_RAW_KEY_AGREEMENT } from '../../constants/algorithm-classes';
import { PSA_KEY_TYPE_DERIVE, PSA_KEY_TYPE_HMAC, PSA_KEY_TYPE_RAW_DATA } from '../../constants/key-types';
import { PSA_KEY_USAGE_DERIVE } from '../../constants/usage';
import { PSA_ERROR_BAD_STATE, PSA_ERROR_BUFFER_TOO_SMALL, PSA_ERROR_INVALID_ARGUMENT, PSA_SUCCESS } from '../../constants/status';
import type { CryptoCore } from '../core';
import { sharedSecret } from './shared-secret';

const EMPTY = new Uint8Array(0);
const SECRET_KEY_TYPES = new Set([PSA_KEY_TYPE_DERIVE, PSA_KEY_TYPE_RAW_DATA, PSA_KEY_TYPE_HMAC]);

/** Creates a key from material through the simulator's common creation path. */
export type CreateKey = (attributes: PsaKeyAttributes, material: Buffer) => PsaKeyResult;

export class KeyAgreementFamily implements PsaKeyAgreementApi {
  constructor(
    private readonly core: CryptoCore,
    private readonly createKey: CreateKey,
  ) {}

  /** The shared secret for a raw agreement algorithm and a private key, or a status. */
  secret(alg: number, privateKey: number, peer: Uint8Array, policyAlg = alg): { status: number; secret?: Buffer } {
    if (!this.core.initialised) return { status: PSA_ERROR_BAD_STATE };
    const found = this.core.keyFor(privateKey, PSA_KEY_USAGE_DERIVE, policyAlg);
    if (!found.slot) return { status: found.status };
    const { type, bits } = found.slot.attributes;
    const result = sharedSecret(alg, { type, bits, material: found.slot.material }, peer);
    return typeof result === 'number' ? { status: result } : { status: PSA_SUCCESS, secret: result };
  }

  async psa_raw_key_agreement(alg: number, privateKey: number, peerKey: Uint8Array, outputSize: number): Promise<PsaDataResult> {
    if (!this.core.initialised) return { status: PSA_ERROR_BAD_STATE, data: EMPTY };
    if (!PSA_ALG_IS_RAW_KEY_AGREEMENT(alg)) return { status: PSA_ERROR_INVALID_ARGUMENT, data: EMPTY };
    const r = this.secret(alg, privateKey, peerKey);
    if (!r.secret) return { status: r.status, data: EMPTY };
    if (outputSize < r.secret.length) return { status: PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    return { status: PSA_SUCCESS, data: new Uint8Array(r.secret) };
  }

  async psa_key_agreement(privateKey: number, peerKey: Uint8Array, alg: number, attributes: PsaKeyAttributes): Promise<PsaKeyResult> {
    if (!this.core.initialised) return { status: PSA_ERROR_BAD_STATE, key: 0 };
    if (!PSA_ALG_IS_RAW_KEY_AGREEMENT(alg)) return { status: PSA_ERROR_INVALID_ARGUMENT, key: 0 };
    const r = this.secret(alg, privateKey, peerKey);
    if (!r.secret) return { status: r.status, key: 0 };
    if (!SECRET_KEY_TYPES.has(attributes.type)) return { status: PSA_ERROR_INVALID_ARGUMENT, key: 0 };
    if (attributes.bits !== 0 && attributes.bits !== r.secret.length * 8) return { status: PSA_ERROR_INVALID_ARGUMENT, key: 0 };
    return this.createKey({ ...attributes, bits: r.secret.length * 8 }, r.secret);
  }
}
