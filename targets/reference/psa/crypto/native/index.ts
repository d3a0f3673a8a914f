/**
 * The PSA simulator's native helper (native/, built by `npm install` through scripts/build-native.js):
 * ECDSA over a precomputed digest on node's own OpenSSL (EVP_PKEY_sign), for psa_sign_hash, which
 * node:crypto cannot do (it always hashes), and AES-CCM encryption on a cipher context kept per key
 * (node:crypto expands the AES key for every call). Optional: without the addon, callers fall back
 * to @noble/curves and node:crypto, with the same results (bench/psa-ops prices the difference).
 */
import { join } from 'node:path';

declare const ecKeyHandle: unique symbol;
/** An EVP_PKEY held by the addon; freed when the handle is garbage-collected. */
export type EcKeyHandle = { readonly [ecKeyHandle]: true };
declare const ccmKeyHandle: unique symbol;
/** An AES-CCM cipher context with its key schedule, held by the addon; freed with the handle. */
export type CcmKeyHandle = { readonly [ccmKeyHandle]: true };

export interface PsaNative {
  loadEcPrivateKey(pkcs8: Buffer): EcKeyHandle;
  /** Raw r || s, each `fieldBytes` long (PSA §10.7.3 signature format). */
  ecdsaSignDigest(key: EcKeyHandle, digest: Buffer, fieldBytes: number): Buffer;
  ccmKey(key: Buffer): CcmKeyHandle;
  /** RFC 3610 CCM: ciphertext || tag (tag 4..16 bytes, even; nonce 7..13 bytes). */
  ccmEncrypt(key: CcmKeyHandle, nonce: Buffer, ad: Buffer, plaintext: Buffer, tagLength: number): Buffer;
}

const ADDON_PATH = join(__dirname, 'build', 'Release', 'testfest_psa_native.node');
let loaded: PsaNative | null | undefined;

/** The addon, or undefined when it is not built (then the caller uses its portable path). */
export function psaNative(): PsaNative | undefined {
  if (loaded === undefined) {
    try {
      loaded = require(ADDON_PATH) as PsaNative;
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}
