/**
 * psa-arch-tests s003 (test_s003.c psa_sst_insufficient_space): fill the storage with
 * ARCH_TEST_STORAGE_UID_MAX_SIZE-byte assets from uid 5 until a set fails (checkpoint 1: with
 * INSUFFICIENT_STORAGE), remove them all (checkpoint 2), twice; both fills must take the same number
 * of assets (psa-arch-tests reports that without a checkpoint number). A target that never fills
 * within MAX_FILL_ASSETS fails checkpoint 1 with the status of its last set.
 */
import { Then, When } from '@cucumber/cucumber';
import { PSA_SUCCESS } from '../../targets/reference/psa/constants';
import type { TestfestWorld } from '../support/world';
import { checkpoint, expectEqual, expectStatus } from '../psa/checkpoint';
import { SUCCESS_ONLY } from '../psa/parse';
import { noteCreated, noteRemoved, recordStorageStatus, storageScenario, storageTarget, type StorageApi } from './storage-scenario';

/** Bound on one fill, so a target with vast storage ends the case. */
export const MAX_FILL_ASSETS = 4096;
const FIRST_UID = 5;

When(/^the client fills psa_(its|ps) with (\d+)-byte assets from uid 5 until a set fails$/, async function (this: TestfestWorld, api: StorageApi, size: string) {
  const t = await storageTarget(this);
  const client = storageScenario(this).client;
  const data = new Uint8Array(Number(size));
  let status = PSA_SUCCESS;
  let count = 0;
  for (; count < MAX_FILL_ASSETS; count++) {
    const uid = BigInt(FIRST_UID + count);
    status = await t[`psa_${api}_set`](client, uid, data, 0);
    if (status !== PSA_SUCCESS) break;
    noteCreated(this, api, uid, status);
  }
  storageScenario(this).fills.push(count);
  this.evidence.line('psa-checkpoints', `---- fill ${storageScenario(this).fills.length}: ${count} assets of ${size} bytes stored`);
  recordStorageStatus(this, `psa_${api}_set`, status);
});

Then(/^\(checkpoint (\d+)\) psa_(its|ps)_remove of every asset of the fill returns SUCCESS$/, async function (this: TestfestWorld, n: string, api: StorageApi) {
  const t = await storageTarget(this);
  const state = storageScenario(this);
  const count = state.fills[state.fills.length - 1];
  if (count === undefined) throw new Error('no fill has been made in this scenario');
  for (let i = 0; i < count; i++) {
    const uid = BigInt(FIRST_UID + i);
    const status = await t[`psa_${api}_remove`](state.client, uid);
    noteRemoved(this, api, uid, status);
    if (status !== PSA_SUCCESS) return expectStatus(this, checkpoint(n, `psa_${api}_remove of uid ${uid}`), status, SUCCESS_ONLY);
  }
  expectStatus(this, checkpoint(n, `psa_${api}_remove of ${count} assets`), PSA_SUCCESS, SUCCESS_ONLY);
});

Then(/^\(checkpoint (\d+)\) every fill stored the same number of assets$/, function (this: TestfestWorld, n: string) {
  const fills = storageScenario(this).fills;
  if (fills.length < 2) throw new Error('fewer than two fills were made in this scenario');
  expectEqual(this, checkpoint(n, 'assets per fill'), fills.map(() => fills[0]).join(', '), fills.join(', '));
});
