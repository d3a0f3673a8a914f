/**
 * Secure Storage call steps (psa-arch-tests api-tests/dev_apis/storage, Secure Storage API 1.0):
 * `When the client calls psa_its_set(6, s001_write_buff, NONE)`, `Given the caller is client 3001`,
 * and the call-and-check form `(checkpoint 5) the client's psa_its_remove(6) returns SUCCESS`, with
 * the guard of psa-arch-tests s006 (`when the set succeeded, …`).
 */
import { Given, Then, When } from '@cucumber/cucumber';
import type { TestfestWorld } from '../support/world';
import { checkpoint, expectStatus, notReached } from '../psa/checkpoint';
import { parseStatusSet } from '../psa/parse';
import { psaScenario } from '../psa/psa-scenario';
import { callStorage, STORAGE_CALL } from './storage-calls';
import { storageScenario, type StorageApi } from './storage-scenario';
import { setGuardHolds, SET_GUARD } from './storage-guard';

Given(/^the caller is client (-?\d+)$/, function (this: TestfestWorld, client: string) {
  const id = Number(client);
  if (id === 0) throw new Error('client id 0 is not a valid PSA client id');
  storageScenario(this).client = id;
});

When(new RegExp(`^the client calls ${STORAGE_CALL}$`), async function (this: TestfestWorld, api: StorageApi, fn: string, args: string) {
  await callStorage(this, api, fn, args);
});

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) (?:${SET_GUARD})?the client's ${STORAGE_CALL} returns (.+)$`),
  async function (this: TestfestWorld, n: string, guard: string | null, api: StorageApi, fn: string, args: string, expected: string) {
    const criterion = checkpoint(n, `psa_${api}_${fn} status`);
    if (guard && !setGuardHolds(this, guard)) return notReached(this, criterion, `the set ${guard}`);
    await callStorage(this, api, fn, args);
    expectStatus(this, criterion, psaScenario(this).last!.status, parseStatusSet(expected));
  },
);
