/**
 * Destroy steps (psa-arch-tests c005 test_c005.c, and the destroy checkpoints of c002–c004),
 * PSA Crypto API 1.2 §9.6 psa_destroy_key and §9.1 psa_get_key_attributes on a destroyed key.
 */
import { Then, When } from '@cucumber/cucumber';
import type { PsaKeyAttributes } from '../../targets/roles/psa-crypto';
import { PSA_KEY_ID_NULL } from '../../targets/reference/psa/constants';
import type { TestfestWorld } from '../support/world';
import { checkpoint, expectEqual, expectStatus, notReached } from './checkpoint';
import { conditionHolds, GUARD, type GuardCell } from './conditions';
import { parseStatusSet, SUCCESS_ONLY } from './parse';
import { psaScenario, psaTarget, recordDestroyed } from './psa-scenario';

async function destroy(world: TestfestWorld, key: number): Promise<number> {
  const status = await (await psaTarget(world)).psa_destroy_key(key);
  recordDestroyed(world, key, status);
  return status;
}

When(/^psa_destroy_key is called on that key$/, async function (this: TestfestWorld) {
  await destroy(this, psaScenario(this).key);
});

When(/^psa_destroy_key is called with PSA_KEY_ID_NULL$/, async function (this: TestfestWorld) {
  await destroy(this, PSA_KEY_ID_NULL);
});

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) ${GUARD}psa_destroy_key on the key returns SUCCESS$`),
  async function (this: TestfestWorld, n: number, condition: GuardCell) {
    const state = psaScenario(this);
    const criterion = checkpoint(n, 'psa_destroy_key status');
    if (!conditionHolds(state, condition)) return notReached(this, criterion, condition!);
    expectStatus(this, criterion, await destroy(this, state.key), SUCCESS_ONLY);
  },
);

Then(/^\(checkpoint (\d+)\) psa_destroy_key on the destroyed key returns (.+)$/, async function (this: TestfestWorld, n: number, expected: string) {
  const status = await destroy(this, psaScenario(this).key);
  expectStatus(this, checkpoint(n, 'psa_destroy_key on the destroyed key status'), status, parseStatusSet(expected));
});

Then(
  /^\(checkpoint (\d+)\) psa_get_key_attributes on the destroyed key returns (.+)$/,
  async function (this: TestfestWorld, n: number, expected: string) {
    const state = psaScenario(this);
    const { status, attributes } = await (await psaTarget(this)).psa_get_key_attributes(state.key);
    state.attributes = attributes;
    expectStatus(this, checkpoint(n, 'psa_get_key_attributes on the destroyed key status'), status, parseStatusSet(expected));
  },
);

/** test_c005.c checkpoints 6–11, in its order. */
const ZEROED: ReadonlyArray<[string, keyof PsaKeyAttributes]> = [
  ['type', 'type'],
  ['id', 'id'],
  ['lifetime', 'lifetime'],
  ['usage', 'usage'],
  ['algorithm', 'alg'],
  ['bits', 'bits'],
];

Then(
  /^\(checkpoints (\d+) to (\d+)\) the attributes it returned are all zero: type, id, lifetime, usage, algorithm and bits$/,
  function (this: TestfestWorld, from: number, to: number) {
    if (to - from !== ZEROED.length - 1) throw new Error(`checkpoints ${from} to ${to} must span ${ZEROED.length} attributes`);
    const attributes = psaScenario(this).attributes;
    if (!attributes) throw new Error('psa_get_key_attributes has not been called on the destroyed key');
    ZEROED.forEach(([name, field], i) => {
      expectEqual(this, checkpoint(from + i, `${name} of the destroyed key`), '0', String(attributes[field]));
    });
  },
);
