/**
 * The reference PSA Crypto simulator: PSA Crypto API 1.2 on node:crypto (and @noble/* where node
 * lacks an algorithm), with the spec's status rules. Key management lives here; every other API
 * family is a module of its own (hash/, mac/, cipher/, aead/, sign/, asymmetric/, key-agreement/,
 * kdf/, pake/) whose `psa_*` methods are forwarded from this class's prototype, so a subclass can
 * still override any of them and a bridge can list them from the prototype.
 *
 * Key management, cited per function:
 * - §8.2 psa_crypto_init: repeatable; every other function before it → PSA_ERROR_BAD_STATE (c001);
 * - §9.6 psa_import_key / psa_generate_key: type and size rules from the key-type handlers, lifetime
 *   and identifier rules from the key store; PSA_KEY_ID_NULL on failure (c002, c016);
 * - §9.6 psa_copy_key: source needs PSA_KEY_USAGE_COPY (NOT_PERMITTED); type/bits must match or be
 *   0, policies must intersect (INVALID_ARGUMENT); usage = intersection (c044, copy-policy.ts);
 * - §9.6 psa_export_key: needs PSA_KEY_USAGE_EXPORT unless the key is a public key (NOT_PERMITTED),
 *   buffer too small → BUFFER_TOO_SMALL (c003); psa_export_public_key: a symmetric key →
 *   INVALID_ARGUMENT (c004);
 * - §9.6 psa_destroy_key: PSA_KEY_ID_NULL → SUCCESS, unknown or destroyed key → INVALID_HANDLE (c005);
 * - §9.6 psa_purge_key: the key must exist; nothing is cached in memory, so it is a no-op;
 * - §9.1 psa_get_key_attributes: INVALID_HANDLE with a zeroed attribute object on failure.
 */
import { randomBytes } from 'node:crypto';
import type { PsaAttributesResult, PsaCryptoTarget, PsaDataResult, PsaKeyAttributes, PsaKeyResult } from '../../../roles/psa-crypto';
import { PSA_KEY_TYPE_IS_ASYMMETRIC, PSA_KEY_TYPE_IS_PUBLIC_KEY } from '../constants/key-types';
import { PSA_KEY_USAGE_ALL, PSA_KEY_USAGE_COPY, PSA_KEY_USAGE_EXPORT, withImpliedUsage } from '../constants/usage';
import * as E from '../constants/status';
import { AeadFamily } from './aead';
import { AsymmetricFamily } from './asymmetric';
import { psa_key_attributes_init } from './attributes';
import { CipherFamily } from './cipher';
import { intersectAlgorithms } from './copy-policy';
import { CryptoCore } from './core';
import { HashFamily } from './hash';
import { KeyDerivationFamily } from './kdf';
import { KeyAgreementFamily } from './key-agreement';
import { keyTypeHandler, type KeyOutcome } from './key-types';
import { KeyStore } from './key-store';
import { MacFamily } from './mac';
import { PakeFamily } from './pake';
import { SignFamily } from './sign';
import { ok } from './key-types/types';

export interface PsaCryptoSimulatorOptions {
  /** Folder for persistent keys; reopening a simulator on the same folder finds them again. */
  storageDir?: string;
}

/** Largest psa_generate_random request served at once (an implementation limit). */
export const MAX_RANDOM_BYTES = 1 << 20;

const EMPTY = new Uint8Array(0);

/** The API families, by the property that holds each one. */
export interface SimulatorFamilies {
  hash: HashFamily;
  mac: MacFamily;
  cipher: CipherFamily;
  aead: AeadFamily;
  sign: SignFamily;
  asymmetric: AsymmetricFamily;
  keyAgreement: KeyAgreementFamily;
  kdf: KeyDerivationFamily;
  pake: PakeFamily;
}

export interface PsaCryptoSimulator extends Omit<PsaCryptoTarget, keyof PsaCryptoSimulatorKeyManagement> {}

/** The key-management half that the class body implements itself. */
type PsaCryptoSimulatorKeyManagement = Pick<
  PsaCryptoTarget,
  | 'psa_crypto_init'
  | 'psa_generate_random'
  | 'psa_import_key'
  | 'psa_generate_key'
  | 'psa_copy_key'
  | 'psa_export_key'
  | 'psa_export_public_key'
  | 'psa_destroy_key'
  | 'psa_purge_key'
  | 'psa_get_key_attributes'
  | 'close'
>;

export class PsaCryptoSimulator implements PsaCryptoSimulatorKeyManagement {
  protected readonly store: KeyStore;
  protected readonly core: CryptoCore;
  protected readonly families: SimulatorFamilies;

  constructor(options: PsaCryptoSimulatorOptions = {}) {
    this.store = new KeyStore(options.storageDir);
    this.core = new CryptoCore(this.store);
    this.families = this.makeFamilies(this.core);
  }

  /** Builds the API families; the broken target swaps one for a faulty twin. */
  protected makeFamilies(core: CryptoCore): SimulatorFamilies {
    const createKey = (attributes: PsaKeyAttributes, material: Buffer): PsaKeyResult =>
      this.createKey(attributes, (_type, bits) => ok(bits, material));
    const keyAgreement = new KeyAgreementFamily(core, createKey);
    return {
      hash: new HashFamily(core),
      mac: new MacFamily(core),
      cipher: new CipherFamily(core),
      aead: new AeadFamily(core),
      sign: new SignFamily(core),
      asymmetric: new AsymmetricFamily(core),
      keyAgreement,
      kdf: new KeyDerivationFamily(core, keyAgreement, createKey),
      pake: new PakeFamily(core, createKey),
    };
  }

  async psa_crypto_init(): Promise<number> {
    this.core.initialised = true;
    return E.PSA_SUCCESS;
  }

  async psa_generate_random(outputSize: number): Promise<PsaDataResult> {
    if (!this.core.initialised) return { status: E.PSA_ERROR_BAD_STATE, data: EMPTY };
    if (outputSize > MAX_RANDOM_BYTES) return { status: E.PSA_ERROR_NOT_SUPPORTED, data: EMPTY };
    return { status: E.PSA_SUCCESS, data: new Uint8Array(randomBytes(outputSize)) };
  }

  async psa_import_key(attributes: PsaKeyAttributes, data: Uint8Array): Promise<PsaKeyResult> {
    return this.createKey(attributes, (handlerType, bits) => {
      // §9.6: "Implementations must reject an attempt to import a key of size 0."
      if (data.length === 0) return { ok: false, status: E.PSA_ERROR_INVALID_ARGUMENT };
      return keyTypeHandler(handlerType)!.import(handlerType, Buffer.from(data), bits);
    });
  }

  async psa_generate_key(attributes: PsaKeyAttributes): Promise<PsaKeyResult> {
    return this.createKey(attributes, (type, bits) => {
      // §9.6: the type must not be an asymmetric public key, and a size of 0 is rejected.
      if (PSA_KEY_TYPE_IS_PUBLIC_KEY(type) || bits === 0) return { ok: false, status: E.PSA_ERROR_INVALID_ARGUMENT };
      return keyTypeHandler(type)!.generate(type, bits);
    });
  }

  async psa_copy_key(sourceKey: number, attributes: PsaKeyAttributes): Promise<PsaKeyResult> {
    const found = this.core.key(sourceKey);
    if (!found.slot) return { status: found.status, key: 0 };
    const source = found.slot.attributes;
    if (!(source.usage & PSA_KEY_USAGE_COPY)) return { status: E.PSA_ERROR_NOT_PERMITTED, key: 0 };
    if ((attributes.type !== 0 && attributes.type !== source.type) || (attributes.bits !== 0 && attributes.bits !== source.bits)) {
      return { status: E.PSA_ERROR_INVALID_ARGUMENT, key: 0 };
    }
    const alg = intersectAlgorithms(source.alg, attributes.alg);
    if (alg === undefined) return { status: E.PSA_ERROR_INVALID_ARGUMENT, key: 0 };
    const usage = source.usage & withImpliedUsage(attributes.usage);
    const material = found.slot.material;
    return this.createKey({ ...attributes, type: source.type, bits: source.bits, alg, usage }, () => ok(source.bits, material));
  }

  async psa_export_key(key: number, dataSize: number): Promise<PsaDataResult> {
    const found = this.core.key(key);
    if (!found.slot) return { status: found.status, data: EMPTY };
    const { attributes, material } = found.slot;
    if (!this.exportPermitted(attributes)) return { status: E.PSA_ERROR_NOT_PERMITTED, data: EMPTY };
    return this.output(material, dataSize);
  }

  async psa_export_public_key(key: number, dataSize: number): Promise<PsaDataResult> {
    const found = this.core.key(key);
    if (!found.slot) return { status: found.status, data: EMPTY };
    const { type } = found.slot.attributes;
    const handler = keyTypeHandler(type);
    if (!PSA_KEY_TYPE_IS_ASYMMETRIC(type) || !handler?.exportPublic) return { status: E.PSA_ERROR_INVALID_ARGUMENT, data: EMPTY };
    return this.output(handler.exportPublic(type, found.slot.material), dataSize);
  }

  async psa_destroy_key(key: number): Promise<number> {
    if (!this.core.initialised) return E.PSA_ERROR_BAD_STATE;
    if (key === 0) return E.PSA_SUCCESS;
    return this.store.destroy(key);
  }

  async psa_purge_key(key: number): Promise<number> {
    return this.core.key(key).status;
  }

  async psa_get_key_attributes(key: number): Promise<PsaAttributesResult> {
    const found = this.core.key(key);
    if (!found.slot) return { status: found.status, attributes: psa_key_attributes_init() };
    return { status: E.PSA_SUCCESS, attributes: { ...found.slot.attributes } };
  }

  async close(): Promise<void> {
    this.core.initialised = false;
    this.store.close();
    for (const family of Object.values(this.families)) (family as { close?: () => void }).close?.();
  }

  /** §9.6 psa_export_key: "It must permit the usage PSA_KEY_USAGE_EXPORT, unless it is a public key." */
  protected exportPermitted(attributes: PsaKeyAttributes): boolean {
    return (attributes.usage & PSA_KEY_USAGE_EXPORT) !== 0 || PSA_KEY_TYPE_IS_PUBLIC_KEY(attributes.type);
  }

  private output(bytes: Uint8Array, dataSize: number): PsaDataResult {
    if (bytes.length > dataSize) return { status: E.PSA_ERROR_BUFFER_TOO_SMALL, data: EMPTY };
    return { status: E.PSA_SUCCESS, data: new Uint8Array(bytes) };
  }

  /** The steps shared by every key creation function: state, attributes, material, store. */
  protected createKey(attributes: PsaKeyAttributes, make: (type: number, bits: number) => KeyOutcome): PsaKeyResult {
    if (!this.core.initialised) return { status: E.PSA_ERROR_BAD_STATE, key: 0 };
    // §9.6: "The key usage flags include invalid values" → INVALID_ARGUMENT.
    if ((attributes.usage & ~PSA_KEY_USAGE_ALL) !== 0) return { status: E.PSA_ERROR_INVALID_ARGUMENT, key: 0 };
    const placement = this.store.checkCreation(attributes);
    if (placement !== E.PSA_SUCCESS) return { status: placement, key: 0 };
    if (!keyTypeHandler(attributes.type)) return { status: E.PSA_ERROR_NOT_SUPPORTED, key: 0 };
    const made = make(attributes.type, attributes.bits);
    if (!made.ok) return { status: made.status, key: 0 };
    const final: PsaKeyAttributes = { ...attributes, bits: made.bits, usage: withImpliedUsage(attributes.usage) };
    return this.store.create(final, made.material);
  }
}

/** Forwards every `psa_*` method of a family class from the simulator's prototype. */
function forward(family: keyof SimulatorFamilies, proto: object): void {
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (!name.startsWith('psa_')) continue;
    Object.defineProperty(PsaCryptoSimulator.prototype, name, {
      configurable: true,
      writable: true,
      value: function (this: { families: SimulatorFamilies }, ...args: unknown[]) {
        return (this.families[family] as unknown as Record<string, (...a: unknown[]) => unknown>)[name](...args);
      },
    });
  }
}

forward('hash', HashFamily.prototype);
forward('mac', MacFamily.prototype);
forward('cipher', CipherFamily.prototype);
forward('aead', AeadFamily.prototype);
forward('sign', SignFamily.prototype);
forward('asymmetric', AsymmetricFamily.prototype);
forward('keyAgreement', KeyAgreementFamily.prototype);
forward('kdf', KeyDerivationFamily.prototype);
forward('pake', PakeFamily.prototype);
