/**
 * Key policy checks, PSA Crypto API 1.2 §9.5 "Key policies" (psa-api doc/crypto/api/keys/policy.rst):
 * an operation algorithm (never a wildcard) is permitted by a key's policy algorithm when they are
 * equal, or when the policy is one of the wildcards:
 * - hash-and-sign with PSA_ALG_ANY_HASH permits the same scheme with any specific hash;
 * - PSA_ALG_AT_LEAST_THIS_LENGTH_MAC(mac, n) permits `mac` truncated to n bytes or more (full length included);
 * - PSA_ALG_AEAD_WITH_AT_LEAST_THIS_LENGTH_TAG(aead, n) permits `aead` with a tag of n bytes or more;
 * - PSA_ALG_CCM_STAR_ANY_TAG permits PSA_ALG_CCM_STAR_NO_TAG and CCM with any tag length.
 * A truncated MAC whose length equals the full MAC length is the full-length MAC (§10.3
 * PSA_ALG_TRUNCATED_MAC), so both spellings match each other.
 */
import {
  AT_LEAST_FLAG,
  BASE_OF_LENGTH_ALG,
  LENGTH_FIELD,
  PSA_ALG_IS_HASH_AND_SIGN,
  PSA_ALG_IS_WILDCARD_HASH,
} from '../constants/algorithm-classes';
import { PSA_ALG_CCM, PSA_ALG_CCM_STAR_ANY_TAG, PSA_ALG_CCM_STAR_NO_TAG, PSA_ALG_IS_AEAD, PSA_ALG_IS_MAC } from '../constants/algorithms';

/** Full MAC length of a MAC algorithm's base (HMAC → hash size, CMAC/CBC-MAC → 16), or 0 if unknown. */
export type MacLengthOf = (baseMac: number) => number;

function normaliseMac(alg: number, macLength: MacLengthOf): { base: number; length: number } {
  const base = BASE_OF_LENGTH_ALG(alg);
  const length = LENGTH_FIELD(alg);
  return { base, length: length === 0 ? macLength(base) : length };
}

export function algorithmPermitted(policy: number, alg: number, macLength: MacLengthOf): boolean {
  const p = policy >>> 0;
  const a = alg >>> 0;
  if (p === 0) return false;
  if (p === a) return true;
  if (PSA_ALG_IS_HASH_AND_SIGN(p) && PSA_ALG_IS_WILDCARD_HASH(p)) {
    return PSA_ALG_IS_HASH_AND_SIGN(a) && !PSA_ALG_IS_WILDCARD_HASH(a) && (p & ~0xff) === (a & ~0xff);
  }
  if (PSA_ALG_IS_MAC(p) && PSA_ALG_IS_MAC(a)) {
    if (a & AT_LEAST_FLAG) return false;
    const want = normaliseMac(p, macLength);
    const got = normaliseMac(a, macLength);
    if (want.base !== got.base) return false;
    return p & AT_LEAST_FLAG ? got.length >= want.length : got.length === want.length;
  }
  if (PSA_ALG_IS_AEAD(p) && PSA_ALG_IS_AEAD(a) && p & AT_LEAST_FLAG && !(a & AT_LEAST_FLAG)) {
    return BASE_OF_LENGTH_ALG(p) === BASE_OF_LENGTH_ALG(a) && LENGTH_FIELD(a) >= LENGTH_FIELD(p);
  }
  if (p === PSA_ALG_CCM_STAR_ANY_TAG) {
    return a === PSA_ALG_CCM_STAR_NO_TAG || (PSA_ALG_IS_AEAD(a) && BASE_OF_LENGTH_ALG(a) === BASE_OF_LENGTH_ALG(PSA_ALG_CCM) && !(a & AT_LEAST_FLAG));
  }
  return false;
}
