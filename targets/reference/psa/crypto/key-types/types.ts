/**
 * What a key-type handler does: turn key data in the spec's *Key format* (PSA Crypto API 1.2 §9.2,
 * psa-api doc/crypto/api/keys/types.rst) into validated key material with its size in bits, generate
 * fresh material, and give the public part of asymmetric keys.
 *
 * Bits rules shared by all handlers (§9.6 psa_import_key): `bits` 0 means "infer from the data";
 * a nonzero `bits` that does not match the data → PSA_ERROR_INVALID_ARGUMENT; data that is not a
 * well-formed key of the type → PSA_ERROR_INVALID_ARGUMENT; a well-formed but unsupported size →
 * PSA_ERROR_NOT_SUPPORTED.
 */
import { PSA_ERROR_INVALID_ARGUMENT } from '../../constants/status';

export type KeyOutcome = { ok: true; bits: number; material: Buffer } | { ok: false; status: number };

export interface KeyTypeHandler {
  /** Validates `data` as a key of `type` and fixes its size. */
  import(type: number, data: Buffer, bits: number): KeyOutcome;
  /** Generates a key of `type` and `bits` (bits is never 0 here: the caller rejects that). */
  generate(type: number, bits: number): KeyOutcome;
  /** The public key in the spec's public-key format, for key pairs and public keys only. */
  exportPublic?(type: number, material: Buffer): Buffer;
}

export const fail = (status: number): KeyOutcome => ({ ok: false, status });
export const ok = (bits: number, material: Buffer): KeyOutcome => ({ ok: true, bits, material });

/** The common bits rule: a requested size must equal the size determined from the data. */
export function withBits(requested: number, actual: number, material: Buffer): KeyOutcome {
  if (requested !== 0 && requested !== actual) return fail(PSA_ERROR_INVALID_ARGUMENT);
  return ok(actual, material);
}
