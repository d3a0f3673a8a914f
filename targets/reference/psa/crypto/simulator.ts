/**
 * The reference PSA Crypto simulator: PSA Crypto API 1.2 key management on node:crypto, with the
 * spec's status rules. Cited per function:
 * - §8.2 psa_crypto_init: repeatable; every other function before it → PSA_ERROR_BAD_STATE
 *   (psa-arch-tests c001);
 * - §9.6 psa_import_key / psa_generate_key: type and size rules from the key-type handlers, lifetime
 *   and identifier rules from the key store; PSA_KEY_ID_NULL on failure (c002, c016);
 * - §9.6 psa_export_key: needs PSA_KEY_USAGE_EXPORT unless the key is a public key (NOT_PERMITTED),
 *   buffer too small → BUFFER_TOO_SMALL (c003);
 * - §9.6 psa_export_public_key: never needs a usage flag; a symmetric key → INVALID_ARGUMENT (c004);
 * - §9.6 psa_destroy_key: PSA_KEY_ID_NULL → SUCCESS, unknown or destroyed key → INVALID_HANDLE (c005);
 * - §9.1 psa_get_key_attributes: INVALID_HANDLE with a zeroed attribute object on failure.
 */
import { randomBytes } from 'node:crypto';
import type {
  PsaAttributesResult,
  PsaCryptoTarget,
  PsaDataResult,
  PsaKeyAttributes,
  PsaKeyResult,
} from '../../../roles/psa-crypto';
import { PSA_KEY_TYPE_IS_ASYMMETRIC, PSA_KEY_TYPE_IS_PUBLIC_KEY } from '../constants/key-types';
import { PSA_KEY_USAGE_ALL, PSA_KEY_USAGE_EXPORT, withImpliedUsage } from '../constants/usage';
import {
  PSA_ERROR_BAD_STATE,
  PSA_ERROR_BUFFER_TOO_SMALL,
  PSA_ERROR_INVALID_ARGUMENT,
  PSA_ERROR_INVALID_HANDLE,
  PSA_ERROR_NOT_PERMITTED,
  PSA_ERROR_NOT_SUPPORTED,
  PSA_SUCCESS,
} from '../constants/status';
import { psa_key_attributes_init } from './attributes';
import { keyTypeHandler, type KeyOutcome } from './key-types';
import { KeyStore, type KeySlot } from './key-store';

export interface PsaCryptoSimulatorOptions {
  /** Folder for persistent keys; reopening a simulator on the same folder finds them again. */
  storageDir?: string;
}

/** Largest psa_generate_random request served at once (an implementation limit). */
export const MAX_RANDOM_BYTES = 1 << 20;

const EMPTY = new Uint8Array(0);

export class PsaCryptoSimulator implements PsaCryptoTarget {
  protected readonly store: KeyStore;
  private initialised = false;

  constructor(options: PsaCryptoSimulatorOptions = {}) {
    this.store = new KeyStore(options.storageDir);
  }

  async psa_crypto_init(): Promise<number> {
    this.initialised = true;
    return PSA_SUCCESS;
  }

  async psa_generate_random(outputSize: number): Promise<PsaDataResult> {
    if (!this.initialised) return { status: PSA_ERROR_BAD_STATE, data: EMPTY };
    if (outputSize > MAX_RANDOM_BYTES) return { status: PSA_ERROR_NOT_SUPPORTED, data: EMPTY };
    return { status: PSA_SUCCESS, data: new Uint8Array(randomBytes(outputSize)) };
  }

  async psa_import_key(attributes: PsaKeyAttributes, data: Uint8Array): Promise<PsaKeyResult> {
    return this.createKey(attributes, (handlerType, bits) => {
      // §9.6: "Implementations must reject an attempt to import a key of size 0."
      if (data.length === 0) return { ok: false, status: PSA_ERROR_INVALID_ARGUMENT };
      return keyTypeHandler(handlerType)!.import(handlerType, Buffer.from(data), bits);
    });
  }

  async psa_generate_key(attributes: PsaKeyAttributes): Promise<PsaKeyResult> {
    return this.createKey(attributes, (type, bits) => {
      // §9.6: the type must not be an asymmetric public key, and a size of 0 is rejected.
      if (PSA_KEY_TYPE_IS_PUBLIC_KEY(type) || bits === 0) return { ok: false, status: PSA_ERROR_INVALID_ARGUMENT };
      return keyTypeHandler(type)!.generate(type, bits);
    });
  }

  async psa_export_key(key: number, dataSize: number): Promise<PsaDataResult> {
    const found = this.keyFor(key);
    if (!found.slot) return { status: found.status, data: EMPTY };
    const { attributes, material } = found.slot;
    if (!this.exportPermitted(attributes)) return { status: PSA_ERROR_NOT_PERMITTED, data: EMPTY };
    return this.output(material, dataSize);
  }

  async psa_export_public_key(key: number, dataSize: number): Promise<PsaDataResult> {
    const found = this.keyFor(key);
    if (!found.slot) return { status: found.status, data: EMPTY };
    const { type } = found.slot.attributes;
    const handler = keyTypeHandler(type);
    if (!PSA_KEY_TYPE_IS_ASYMMETRIC(type) || !handler?.exportPublic) return { status: PSA_ERROR_INVALID_ARGUMENT, data: EMPTY };
    return this.output(handler.exportPublic(type, found.slot.material), dataSize);
  }

  async psa_destroy_key(key: number): Promise<number> {
    if (!this.initialised) return PSA_ERROR_BAD_STATE;
    if (key === 0) return PSA_SUCCESS;
    return this.store.destroy(key);
  }

  async psa_get_key_attributes(key: number): Promise<PsaAttributesResult> {
    const found = this.keyFor(key);
    if (!found.slot) return { status: found.status, attributes: psa_key_attributes_init() };
    return { status: PSA_SUCCESS, attributes: { ...found.slot.attributes } };
  }

  async close(): Promise<void> {
    this.initialised = false;
    this.store.close();
  }

  /** §9.6 psa_export_key: "It must permit the usage PSA_KEY_USAGE_EXPORT, unless it is a public key." */
  protected exportPermitted(attributes: PsaKeyAttributes): boolean {
    return (attributes.usage & PSA_KEY_USAGE_EXPORT) !== 0 || PSA_KEY_TYPE_IS_PUBLIC_KEY(attributes.type);
  }

  private keyFor(key: number): { status: number; slot?: KeySlot } {
    if (!this.initialised) return { status: PSA_ERROR_BAD_STATE };
    if (key === 0) return { status: PSA_ERROR_INVALID_HANDLE };
    return this.store.get(key);
  }

  private output(bytes: Uint8Array, dataSize: number): PsaDataResult {
    if (bytes.length > dataSize) return { status: PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    return { status: PSA_SUCCESS, data: new Uint8Array(bytes) };
  }

  /** The steps shared by every key creation function: state, attributes, material, store. */
  private createKey(attributes: PsaKeyAttributes, make: (type: number, bits: number) => KeyOutcome): PsaKeyResult {
    if (!this.initialised) return { status: PSA_ERROR_BAD_STATE, key: 0 };
    // §9.6: "The key usage flags include invalid values" → INVALID_ARGUMENT.
    if ((attributes.usage & ~PSA_KEY_USAGE_ALL) !== 0) return { status: PSA_ERROR_INVALID_ARGUMENT, key: 0 };
    const placement = this.store.checkCreation(attributes);
    if (placement !== PSA_SUCCESS) return { status: placement, key: 0 };
    if (!keyTypeHandler(attributes.type)) return { status: PSA_ERROR_NOT_SUPPORTED, key: 0 };
    const made = make(attributes.type, attributes.bits);
    if (!made.ok) return { status: made.status, key: 0 };
    const final: PsaKeyAttributes = { ...attributes, bits: made.bits, usage: withImpliedUsage(attributes.usage) };
    return this.store.create(final, made.material);
  }
}
