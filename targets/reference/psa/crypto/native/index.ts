/**
 * The PSA simulator's native helper (native/, built by `npm install` through scripts/build-native.js):
 * ECDSA over a precomputed digest on node's own OpenSSL (EVP_PKEY_sign), for psa_sign_hash, which
 * node:crypto cannot do (it always hashes). Optional: without the addon, callers fall back to
 * @noble/curves, which gives the same signatures' validity at a tenth of the speed (bench/psa-ops).
 */
import { join } from 'node:path';

declare const ecKeyHandle: unique symbol;
/** An EVP_PKEY held by the addon; freed when the handle is garbage-collected. */
export type EcKeyHandle = { readonly [ecKeyHandle]: true };

export interface PsaNative {
  loadEcPrivateKey(pkcs8: Buffer): EcKeyHandle;
  /** Raw r || s, each `fieldBytes` long (PSA §10.7.3 signature format). */
  ecdsaSignDigest(key: EcKeyHandle, digest: Buffer, fieldBytes: number): Buffer;
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
