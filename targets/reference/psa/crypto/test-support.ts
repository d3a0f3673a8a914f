/**
 * Helpers for the simulator's unit specs (not a spec itself): a fresh initialised simulator and a
 * one-line key import.
 */
import type { PsaKeyAttributes } from '../../../roles/psa-crypto';
import { PsaCryptoSimulator } from './simulator';

export const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
export const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

export async function initialised(): Promise<PsaCryptoSimulator> {
  const psa = new PsaCryptoSimulator();
  await psa.psa_crypto_init();
  return psa;
}

/** Imports `data` as a volatile key and returns its identifier (throws if the import fails). */
export async function importKey(psa: PsaCryptoSimulator, type: number, data: Uint8Array, usage: number, alg: number): Promise<number> {
  const attributes: PsaKeyAttributes = { type, bits: 0, usage, alg, lifetime: 0, id: 0 };
  const { status, key } = await psa.psa_import_key(attributes, data);
  if (status !== 0) throw new Error(`import failed with ${status}`);
  return key;
}
