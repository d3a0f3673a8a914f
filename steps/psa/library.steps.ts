/**
 * Library steps (psa-arch-tests c001, PSA Crypto API 1.2 §8.2 psa_crypto_init) and the generic
 * `(checkpoint N) the status is <set>` criterion used by every PSA scenario.
 */
import { Given, Then, When } from '@cucumber/cucumber';
import type { PsaCryptoTarget } from '../../targets/roles/psa-crypto';
import { PSA_KEY_TYPE_AES, PSA_KEY_USAGE_EXPORT } from '../../targets/reference/psa/constants';
import type { TestfestWorld } from '../support/world';
import { checkpoint, expectStatus } from './checkpoint';
import { keyData, parseStatusSet, SUCCESS_ONLY } from './parse';
import { psaScenario, psaTarget, recordCreated, recordDestroyed, recordStatus } from './psa-scenario';

/** psa-arch-tests c001 asks for GENERATE_SIZE random bytes; we ask for 32. */
const RANDOM_BYTES = 32;
/** A USER-range identifier no key has been given: before initialisation nothing exists. */
const NEVER_CREATED_KEY = 1;
const AES_128 = { type: PSA_KEY_TYPE_AES, bits: 128, usage: PSA_KEY_USAGE_EXPORT, alg: 0, lifetime: 0, id: 0 };

/** How each function is called "before psa_crypto_init" (its arguments are otherwise valid). */
const BEFORE_INIT: Record<string, (w: TestfestWorld, t: PsaCryptoTarget) => Promise<void>> = {
  psa_generate_random: async (w, t) => recordStatus(w, 'psa_generate_random', (await t.psa_generate_random(RANDOM_BYTES)).status),
  psa_import_key: async (w, t) => recordCreated(w, 'psa_import_key', await t.psa_import_key(AES_128, keyData('key_data:16'))),
  psa_generate_key: async (w, t) => recordCreated(w, 'psa_generate_key', await t.psa_generate_key(AES_128)),
  psa_export_key: async (w, t) => recordStatus(w, 'psa_export_key', (await t.psa_export_key(NEVER_CREATED_KEY, 1200)).status),
  psa_export_public_key: async (w, t) =>
    recordStatus(w, 'psa_export_public_key', (await t.psa_export_public_key(NEVER_CREATED_KEY, 1200)).status),
  psa_destroy_key: async (w, t) => recordDestroyed(w, NEVER_CREATED_KEY, await t.psa_destroy_key(NEVER_CREATED_KEY)),
  psa_get_key_attributes: async (w, t) =>
    recordStatus(w, 'psa_get_key_attributes', (await t.psa_get_key_attributes(NEVER_CREATED_KEY)).status),
};

Given(/^a PSA Crypto target on which psa_crypto_init has not been called$/, async function (this: TestfestWorld) {
  await psaTarget(this);
});

Given(/^\(checkpoint (\d+)\) psa_crypto_init returns SUCCESS$/, async function (this: TestfestWorld, n: number) {
  const status = await (await psaTarget(this)).psa_crypto_init();
  expectStatus(this, checkpoint(n, 'psa_crypto_init status'), status, SUCCESS_ONLY);
});

When(/^(psa_\w+) is called before psa_crypto_init$/, async function (this: TestfestWorld, fn: string) {
  const call = BEFORE_INIT[fn];
  if (!call) throw new Error(`no "before psa_crypto_init" call defined for ${fn}; known: ${Object.keys(BEFORE_INIT).join(', ')}`);
  await call(this, await psaTarget(this));
});

When(/^psa_crypto_init is called(?: (\d+) times)?$/, async function (this: TestfestWorld, times?: number | null) {
  const target = await psaTarget(this);
  const statuses: number[] = [];
  for (let i = 0; i < Number(times ?? 1); i++) statuses.push(await target.psa_crypto_init());
  psaScenario(this).repeated = statuses;
  recordStatus(this, 'psa_crypto_init', statuses[statuses.length - 1]);
});

Then(/^\(checkpoint (\d+)\) the status is (.+)$/, function (this: TestfestWorld, n: number, expected: string) {
  const last = psaScenario(this).last;
  if (!last) throw new Error('no PSA call has been made yet in this scenario');
  expectStatus(this, checkpoint(n, `${last.fn} status`), last.status, parseStatusSet(expected));
});

Then(/^\(checkpoint (\d+)\) every status is (.+)$/, function (this: TestfestWorld, n: number, expected: string) {
  const set = parseStatusSet(expected);
  if (psaScenario(this).repeated.length === 0) throw new Error('no repeated call has been made in this scenario');
  psaScenario(this).repeated.forEach((status, i) => expectStatus(this, checkpoint(n, `psa_crypto_init call ${i + 1} status`), status, set));
});
