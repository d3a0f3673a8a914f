/**
 * Sign and verify, PSA Crypto API 1.2 §10.7 (psa-arch-tests c041, c042, c052, c053), checks in the
 * order Mbed TLS applies them: non-sign or wildcard algorithm → INVALID_ARGUMENT; key lookup and
 * policy (SIGN_HASH / SIGN_MESSAGE / VERIFY_*) → INVALID_HANDLE / NOT_PERMITTED; a public key to
 * sign with, a key type that does not fit the algorithm → INVALID_ARGUMENT; psa_sign_hash with a
 * hash of the wrong length, or with an algorithm that does not sign hashes (pure EdDSA) →
 * INVALID_ARGUMENT; psa_sign_message with SIGN_RAW / ECDSA_ANY (no hash to apply) → INVALID_ARGUMENT;
 * signature_size below PSA_SIGN_OUTPUT_SIZE → BUFFER_TOO_SMALL; a signature that does not verify
 * (including one of the wrong length) → INVALID_SIGNATURE.
 */
import type { PsaDataResult } from '../../../../roles/psa-crypto';
import type { PsaSignApi } from '../../../../roles/psa-crypto/sign';
import { PSA_ALG_IS_SIGN } from '../../constants/algorithm-classes';
import { PSA_KEY_TYPE_IS_KEY_PAIR } from '../../constants/key-types';
import * as U from '../../constants/usage';
import {
  PSA_ERROR_BAD_STATE,
  PSA_ERROR_BUFFER_TOO_SMALL,
  PSA_ERROR_INVALID_ARGUMENT,
  PSA_ERROR_INVALID_SIGNATURE,
  PSA_SUCCESS,
} from '../../constants/status';
import type { CryptoCore } from '../core';
import { digest } from '../hash';
import { isScheme, signScheme, type SignScheme } from './schemes';

const EMPTY = new Uint8Array(0);

export class SignFamily implements PsaSignApi {
  constructor(private readonly core: CryptoCore) {}

  private scheme(key: number, alg: number, usage: number, signing: boolean): { status: number; scheme?: SignScheme } {
    if (!this.core.initialised) return { status: PSA_ERROR_BAD_STATE };
    if (!PSA_ALG_IS_SIGN(alg)) return { status: PSA_ERROR_INVALID_ARGUMENT };
    const found = this.core.keyFor(key, usage, alg);
    if (!found.slot) return { status: found.status };
    const { attributes, material } = found.slot;
    if (signing && !PSA_KEY_TYPE_IS_KEY_PAIR(attributes.type)) return { status: PSA_ERROR_INVALID_ARGUMENT };
    const scheme = signScheme(alg, { type: attributes.type, bits: attributes.bits, material });
    return isScheme(scheme) ? { status: PSA_SUCCESS, scheme } : { status: scheme };
  }

  /** The input the scheme signs: the hash for psa_sign_hash, PH(message) or the message for psa_sign_message. */
  private input(scheme: SignScheme, data: Uint8Array, isHash: boolean): Uint8Array | undefined {
    if (isHash) {
      if (!scheme.signsHashes) return undefined;
      return scheme.hashLength === undefined || scheme.hashLength === data.length ? data : undefined;
    }
    if (scheme.messageHash !== undefined) return digest(scheme.messageHash, data);
    return scheme.signsHashes ? undefined : data;
  }

  private sign(key: number, alg: number, data: Uint8Array, size: number, isHash: boolean): PsaDataResult {
    const p = this.scheme(key, alg, isHash ? U.PSA_KEY_USAGE_SIGN_HASH : U.PSA_KEY_USAGE_SIGN_MESSAGE, true);
    if (!p.scheme) return { status: p.status, data: EMPTY };
    // A scheme that hashes and signs in one call (OpenSSL's EVP_DigestSign) gets the message itself:
    // hashing it here as well would do the SHA work twice (bench/psa-ops prices this path).
    const oneCall = !isHash && p.scheme.signMessage !== undefined && p.scheme.messageHash !== undefined;
    const input = oneCall ? data : this.input(p.scheme, data, isHash);
    if (!input) return { status: PSA_ERROR_INVALID_ARGUMENT, data: EMPTY };
    if (size < p.scheme.signatureLength) return { status: PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    try {
      const signature = oneCall ? p.scheme.signMessage!(data) : p.scheme.sign(input);
      return { status: PSA_SUCCESS, data: signature };
    } catch {
      // e.g. a raw PKCS#1 v1.5 input longer than k − 11 bytes.
      return { status: PSA_ERROR_INVALID_ARGUMENT, data: EMPTY };
    }
  }

  private verify(key: number, alg: number, data: Uint8Array, signature: Uint8Array, isHash: boolean): number {
    const p = this.scheme(key, alg, isHash ? U.PSA_KEY_USAGE_VERIFY_HASH : U.PSA_KEY_USAGE_VERIFY_MESSAGE, false);
    if (!p.scheme) return p.status;
    const input = this.input(p.scheme, data, isHash);
    if (!input) return PSA_ERROR_INVALID_ARGUMENT;
    return p.scheme.verify(input, signature) ? PSA_SUCCESS : PSA_ERROR_INVALID_SIGNATURE;
  }

  async psa_sign_message(key: number, alg: number, input: Uint8Array, signatureSize: number): Promise<PsaDataResult> {
    return this.sign(key, alg, input, signatureSize, false);
  }

  async psa_verify_message(key: number, alg: number, input: Uint8Array, signature: Uint8Array): Promise<number> {
    return this.verify(key, alg, input, signature, false);
  }

  async psa_sign_hash(key: number, alg: number, hash: Uint8Array, signatureSize: number): Promise<PsaDataResult> {
    return this.sign(key, alg, hash, signatureSize, true);
  }

  async psa_verify_hash(key: number, alg: number, hash: Uint8Array, signature: Uint8Array): Promise<number> {
    return this.verify(key, alg, hash, signature, true);
  }
}
