/**
 * Key derivation input steps (`psa_key_derivation_step_t`), PSA Crypto API 1.2 §10.6.3. The spec
 * leaves the values implementation-defined; these are Mbed TLS's (include/psa/crypto_values.h), so a
 * C shim over Mbed TLS and the simulator agree.
 */
export const PSA_KEY_DERIVATION_INPUT_SECRET = 0x0101;
export const PSA_KEY_DERIVATION_INPUT_PASSWORD = 0x0102;
export const PSA_KEY_DERIVATION_INPUT_OTHER_SECRET = 0x0103;
export const PSA_KEY_DERIVATION_INPUT_LABEL = 0x0201;
export const PSA_KEY_DERIVATION_INPUT_SALT = 0x0202;
export const PSA_KEY_DERIVATION_INPUT_INFO = 0x0203;
export const PSA_KEY_DERIVATION_INPUT_SEED = 0x0204;
export const PSA_KEY_DERIVATION_INPUT_COST = 0x0205;
export const PSA_KEY_DERIVATION_INPUT_CONTEXT = 0x0206;

/** PSA_KEY_DERIVATION_UNLIMITED_CAPACITY (§10.6.2): the maximum value of size_t; here 2^53 - 1. */
export const PSA_KEY_DERIVATION_UNLIMITED_CAPACITY = Number.MAX_SAFE_INTEGER;

export const KDF_STEPS: Record<string, number> = {
  PSA_KEY_DERIVATION_INPUT_SECRET,
  PSA_KEY_DERIVATION_INPUT_PASSWORD,
  PSA_KEY_DERIVATION_INPUT_OTHER_SECRET,
  PSA_KEY_DERIVATION_INPUT_LABEL,
  PSA_KEY_DERIVATION_INPUT_SALT,
  PSA_KEY_DERIVATION_INPUT_INFO,
  PSA_KEY_DERIVATION_INPUT_SEED,
  PSA_KEY_DERIVATION_INPUT_COST,
  PSA_KEY_DERIVATION_INPUT_CONTEXT,
};

/** `PSA_KEY_DERIVATION_INPUT_SALT`, `SALT` or a number → the step value. */
export function kdfStepByName(text: string): number {
  const t = text.trim();
  if (/^(0x[0-9a-f]+|\d+)$/i.test(t)) return Number(t);
  const n = t.toUpperCase();
  const full = n.startsWith('PSA_KEY_DERIVATION_INPUT_') ? n : `PSA_KEY_DERIVATION_INPUT_${n}`;
  if (full in KDF_STEPS) return KDF_STEPS[full];
  throw new Error(`unknown key derivation step "${text}"`);
}

export function kdfStepName(step: number): string {
  const found = Object.entries(KDF_STEPS).find(([, v]) => v === step);
  return found ? found[0] : `0x${step.toString(16).padStart(4, '0')}`;
}
