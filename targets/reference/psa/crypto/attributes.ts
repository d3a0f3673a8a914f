/**
 * The client-side attribute accessors of PSA Crypto API 1.2 §9.1 and §9.3/§9.4, for code that builds a
 * `psa_key_attributes_t` step by step as psa-arch-tests does (VAL_CRYPTO_SET_KEY_*). They keep the
 * spec's coupling between id and lifetime (psa-api doc/crypto/api/keys/lifetimes.rst, ids.rst):
 * - `psa_set_key_id` on a volatile attribute object switches it to PSA_KEY_LIFETIME_PERSISTENT
 *   (location kept);
 * - `psa_set_key_lifetime` with a volatile lifetime resets the id to PSA_KEY_ID_NULL.
 */
import type { PsaKeyAttributes } from '../../../roles/psa-crypto';
import {
  PSA_KEY_ID_NULL,
  PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION,
  PSA_KEY_LIFETIME_GET_LOCATION,
  PSA_KEY_LIFETIME_IS_VOLATILE,
  PSA_KEY_PERSISTENCE_DEFAULT,
} from '../constants/lifetimes';

/** PSA_KEY_ATTRIBUTES_INIT / `psa_key_attributes_init()`: all zeros. */
export function psa_key_attributes_init(): PsaKeyAttributes {
  return { type: 0, bits: 0, usage: 0, alg: 0, lifetime: 0, id: 0 };
}

/** `psa_reset_key_attributes()`: back to a freshly initialised object. */
export function psa_reset_key_attributes(attributes: PsaKeyAttributes): void {
  Object.assign(attributes, psa_key_attributes_init());
}

export function psa_set_key_id(attributes: PsaKeyAttributes, id: number): void {
  attributes.id = id >>> 0;
  if (PSA_KEY_LIFETIME_IS_VOLATILE(attributes.lifetime)) {
    attributes.lifetime = PSA_KEY_LIFETIME_FROM_PERSISTENCE_AND_LOCATION(
      PSA_KEY_PERSISTENCE_DEFAULT,
      PSA_KEY_LIFETIME_GET_LOCATION(attributes.lifetime),
    );
  }
}

export function psa_set_key_lifetime(attributes: PsaKeyAttributes, lifetime: number): void {
  attributes.lifetime = lifetime >>> 0;
  if (PSA_KEY_LIFETIME_IS_VOLATILE(lifetime)) attributes.id = PSA_KEY_ID_NULL;
}
