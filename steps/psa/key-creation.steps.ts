/**
 * Key creation and attribute steps (psa-arch-tests c002 test_c002.c, and the import preconditions of
 * c003–c005), PSA Crypto API 1.2 §9.6 psa_import_key and §9.1 psa_get_key_attributes.
 */
import { Given, Then, When } from '@cucumber/cucumber';
import { keyTypeByName, keyTypeName, PSA_SUCCESS } from '../../targets/reference/psa/constants';
import { psa_key_attributes_init } from '../../targets/reference/psa/crypto/attributes';
import type { TestfestWorld } from '../support/world';
import { checkpoint, expectEqual, expectNotStatus, expectStatus, notReached } from './checkpoint';
import { conditionHolds, GUARD, type GuardCell } from './conditions';
import { formatKeyId } from './call-format';
import { keyAttributes, keyData, parseInteger, SUCCESS_ONLY, type KeyDescription } from './parse';
import { psaScenario, psaTarget, recordCreated } from './psa-scenario';

/** `<data> as <type>, bits <bits>, usage <usage>[, alg <alg>, id <id>, lifetime <lifetime>]` */
const KEY = String.raw`(\S+) as (.+?), bits (\S+), usage (.+?)(?:, alg (.+?), id (\S+), lifetime (\S+))?`;

type Cell = GuardCell;

function describe(type: string, bits: string, usage: string, alg: Cell, id: Cell, lifetime: Cell): KeyDescription {
  return { type, bits, usage, alg: alg ?? undefined, id: id ?? undefined, lifetime: lifetime ?? undefined };
}

async function importKey(world: TestfestWorld, data: string, d: KeyDescription): Promise<number> {
  const bytes = keyData(data);
  const result = await (await psaTarget(world)).psa_import_key(keyAttributes(d), bytes);
  recordCreated(world, 'psa_import_key', result);
  psaScenario(world).importedData = bytes;
  return result.status;
}

When(
  new RegExp(`^psa_import_key is called with ${KEY}$`),
  async function (this: TestfestWorld, data: string, type: string, bits: string, usage: string, alg: Cell, id: Cell, lifetime: Cell) {
    await importKey(this, data, describe(type, bits, usage, alg, id, lifetime));
  },
);

Given(
  new RegExp(String.raw`^\(checkpoint (\d+)\) psa_import_key of ${KEY} returns SUCCESS$`),
  async function (this: TestfestWorld, n: number, data: string, type: string, bits: string, usage: string, alg: Cell, id: Cell, lifetime: Cell) {
    const status = await importKey(this, data, describe(type, bits, usage, alg, id, lifetime));
    expectStatus(this, checkpoint(n, 'psa_import_key status'), status, SUCCESS_ONLY);
  },
);

Then(/^\(§9\.6\) when no key was created, the key identifier returned is PSA_KEY_ID_NULL$/, function (this: TestfestWorld) {
  const state = psaScenario(this);
  if (state.created) return notReached(this, '(§9.6) key identifier on failure', 'no key was created');
  expectEqual(this, '(§9.6) psa_import_key key identifier on failure', formatKeyId(0), formatKeyId(state.key));
});

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) ${GUARD}psa_get_key_attributes on the key returns SUCCESS$`),
  async function (this: TestfestWorld, n: number, condition: Cell) {
    const state = psaScenario(this);
    const criterion = checkpoint(n, 'psa_get_key_attributes status');
    if (!conditionHolds(state, condition)) return notReached(this, criterion, condition!);
    const { status, attributes } = await (await psaTarget(this)).psa_get_key_attributes(state.key);
    state.attributes = attributes;
    expectStatus(this, criterion, status, SUCCESS_ONLY);
  },
);

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) ${GUARD}the key type is (.+)$`),
  function (this: TestfestWorld, n: number, condition: Cell, type: string) {
    const state = psaScenario(this);
    const criterion = checkpoint(n, 'key type');
    if (!conditionHolds(state, condition)) return notReached(this, criterion, condition!);
    expectEqual(this, criterion, keyTypeName(keyTypeByName(type)), keyTypeName(attributesOf(state).type));
  },
);

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) ${GUARD}the key bits are (\S+)$`),
  function (this: TestfestWorld, n: number, condition: Cell, bits: string) {
    const state = psaScenario(this);
    const criterion = checkpoint(n, 'key bits');
    if (!conditionHolds(state, condition)) return notReached(this, criterion, condition!);
    expectEqual(this, criterion, String(parseInteger(bits)), String(attributesOf(state).bits));
  },
);

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) ${GUARD}psa_import_key of the same data with reset attributes does not return SUCCESS$`),
  async function (this: TestfestWorld, n: number, condition: Cell) {
    const state = psaScenario(this);
    const criterion = checkpoint(n, 'psa_import_key with reset attributes status');
    if (!conditionHolds(state, condition)) return notReached(this, criterion, condition!);
    // test_c002.c: psa_reset_key_attributes, then import again: type NONE cannot be imported.
    const result = await (await psaTarget(this)).psa_import_key(psa_key_attributes_init(), state.importedData!);
    state.resetImport = result;
    if (result.status === PSA_SUCCESS) state.liveKeys.add(result.key);
    expectNotStatus(this, criterion, result.status, PSA_SUCCESS);
  },
);

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) ${GUARD}that import returned PSA_KEY_ID_NULL$`),
  function (this: TestfestWorld, n: number, condition: Cell) {
    const state = psaScenario(this);
    const criterion = checkpoint(n, 'key identifier of the failed import');
    if (!conditionHolds(state, condition)) return notReached(this, criterion, condition!);
    expectEqual(this, criterion, formatKeyId(0), formatKeyId(state.resetImport!.key));
  },
);

function attributesOf(state: ReturnType<typeof psaScenario>) {
  if (!state.attributes) throw new Error('psa_get_key_attributes has not been called on the key yet');
  return state.attributes;
}
