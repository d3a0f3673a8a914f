/**
 * What every API family of the simulator shares: the library state (psa_crypto_init), the key store,
 * and key lookup with the usage and algorithm policy checks of PSA Crypto API 1.2 §9.5:
 * unknown or NULL key → PSA_ERROR_INVALID_HANDLE; the usage flag missing or the algorithm not
 * permitted by the key's policy → PSA_ERROR_NOT_PERMITTED; before psa_crypto_init → PSA_ERROR_BAD_STATE.
 */
import { PSA_ERROR_BAD_STATE, PSA_ERROR_INVALID_HANDLE, PSA_ERROR_NOT_PERMITTED, PSA_SUCCESS } from '../constants/status';
import { macLength } from './mac/algorithms';
import { algorithmPermitted } from './policy';
import type { KeySlot, KeyStore } from './key-store';

export type Found = { status: number; slot?: undefined } | { status: 0; slot: KeySlot };

export class CryptoCore {
  initialised = false;

  constructor(readonly store: KeyStore) {}

  /** A key by identifier, without policy checks (export, attributes, destroy). */
  key(key: number): Found {
    if (!this.initialised) return { status: PSA_ERROR_BAD_STATE };
    if (key === 0) return { status: PSA_ERROR_INVALID_HANDLE };
    const found = this.store.get(key);
    return found.slot ? { status: PSA_SUCCESS, slot: found.slot } : { status: found.status };
  }

  /** A key for an operation: it must carry `usage` and its policy must permit `alg`. */
  keyFor(key: number, usage: number, alg: number): Found {
    const found = this.key(key);
    if (!found.slot) return found;
    const { attributes } = found.slot;
    if ((attributes.usage & usage) !== usage) return { status: PSA_ERROR_NOT_PERMITTED };
    if (!algorithmPermitted(attributes.alg, alg, macLength)) return { status: PSA_ERROR_NOT_PERMITTED };
    return found;
  }
}
