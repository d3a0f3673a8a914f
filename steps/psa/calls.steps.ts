/**
 * Generic PSA call steps: any PsaCryptoTarget function called as written in the spec, with its
 * arguments (call-args.ts), and the checkpoints that look at what it returned. Used by every crypto
 * feature from c006 on, mirroring psa-arch-tests' `val->crypto_function(VAL_CRYPTO_…, args…)` +
 * `TEST_ASSERT_EQUAL(status, expected, TEST_CHECKPOINT_NUM(n))` (api-tests/val/common/val.h):
 *   Given (checkpoint 2) the key "key" is imported from key_data:16 as PSA_KEY_TYPE_AES, usage ENCRYPT, alg PSA_ALG_CCM
 *   When psa_aead_encrypt(key, PSA_ALG_CCM, nonce, additional_data:8, plaintext:23, 100) is called
 *   Then (checkpoint 3) the status is SUCCESS
 *   And (checkpoint 4) when the call succeeded, the output is aead_ciphertext_1
 */
import { Given, Then, When } from '@cucumber/cucumber';
import { PSA_KEY_ID_VENDOR_MAX, PSA_KEY_ID_VENDOR_MIN, PSA_KEY_LIFETIME_IS_VOLATILE, PSA_SUCCESS } from '../../targets/reference/psa/constants';
import type { TestfestWorld } from '../support/world';
import { parseBytes, parseCall, parseKey } from './call-args';
import { formatAttributes, formatBytes } from './call-format';
import { checkpoint, expectEqual, expectStatus, notReached } from './checkpoint';
import { keyAttributes, parseInteger, parseStatusSet, SUCCESS_ONLY } from './parse';
import { psaScenario, psaTarget, recordDestroyed, recordStatus, type PsaScenario } from './psa-scenario';

type Cell = string | null | undefined;

/** Calls `fn(argsText)` on the target and records what came back. */
async function call(world: TestfestWorld, fn: string, argsText: string, saveAs: Cell): Promise<number> {
  const state = psaScenario(world);
  const target = await psaTarget(world);
  const args = await parseCall(state, target, fn, argsText);
  const method = (target as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[fn];
  const result = await method.apply(target, args);
  return record(world, state, fn, args, result, saveAs ?? undefined);
}

function record(world: TestfestWorld, state: PsaScenario, fn: string, args: unknown[], result: unknown, saveAs?: string): number {
  if (typeof result === 'number') {
    if (fn === 'psa_destroy_key') recordDestroyed(world, args[0] as number, result);
    else recordStatus(world, fn, result);
    if (/_setup$/.test(fn)) state.collected = Buffer.alloc(0);
    state.result = { status: result };
    return result;
  }
  const r = result as Record<string, unknown>;
  const status = r.status as number;
  recordStatus(world, fn, status);
  state.result = r;
  if ('key' in r) {
    state.key = r.key as number;
    state.created = status === PSA_SUCCESS;
    if (state.created) state.liveKeys.add(state.key);
    if (saveAs) state.keys.set(saveAs, state.key);
  }
  const output = (r.data ?? r.ciphertext) as Uint8Array | undefined;
  if (output && /_(update|finish|verify)$/.test(fn)) state.collected = Buffer.concat([state.collected, output]);
  if (output && saveAs && !('key' in r)) state.saved.set(saveAs, Buffer.from(output));
  return status;
}

Given(
  /^the attributes "(\w+)" are (.+?), bits (\S+), usage (.+?), alg (.+?)(?:, id (\S+), lifetime (\S+))?$/,
  function (this: TestfestWorld, name: string, type: string, bits: string, usage: string, alg: string, id: Cell, lifetime: Cell) {
    const attributes = keyAttributes({ type, bits, usage, alg, id: id ?? undefined, lifetime: lifetime ?? undefined });
    psaScenario(this).attributeSets.set(name, attributes);
  },
);

Given(
  /^\(checkpoint (\d+)\) the key "(\w+)" is (imported from \S+|generated) as (.+?), (?:bits (\S+), )?usage (.+?), alg (.+)$/,
  async function (this: TestfestWorld, n: number, name: string, how: string, type: string, bits: Cell, usage: string, alg: string) {
    const state = psaScenario(this);
    const attributes = keyAttributes({ type, bits: bits ?? '0', usage, alg });
    const target = await psaTarget(this);
    const imported = how.startsWith('imported');
    const result = imported
      ? await target.psa_import_key(attributes, parseBytes(state, how.slice('imported from '.length)))
      : await target.psa_generate_key(attributes);
    record(this, state, imported ? 'psa_import_key' : 'psa_generate_key', [attributes], result, name);
    expectStatus(this, checkpoint(n, `${imported ? 'psa_import_key' : 'psa_generate_key'} of "${name}" status`), result.status, SUCCESS_ONLY);
  },
);

When(/^(psa_\w+)\((.*)\) is called(?: giving "(\w+)")?$/, async function (this: TestfestWorld, fn: string, args: string, saveAs: Cell) {
  await call(this, fn, args, saveAs);
});

Then(
  /^\(checkpoint (\d+)\) (when the call succeeded, )?(psa_\w+)\((.*)\) returns (.+?)(?: giving "(\w+)")?$/,
  async function (this: TestfestWorld, n: number, guard: Cell, fn: string, args: string, expected: string, saveAs: Cell) {
    const criterion = checkpoint(n, `${fn} status`);
    if (guard && psaScenario(this).last?.status !== PSA_SUCCESS) return notReached(this, criterion, 'the call succeeded');
    const status = await call(this, fn, args, saveAs);
    expectStatus(this, criterion, status, parseStatusSet(expected));
  },
);

const SUCCEEDED = '(when the call succeeded, )?';

/** Runs a check only if the guard is absent or the last call succeeded (psa-arch-tests `continue`). */
function guarded(world: TestfestWorld, criterion: string, guard: Cell, check: (state: PsaScenario) => void): void {
  const state = psaScenario(world);
  if (guard && state.last?.status !== PSA_SUCCESS) return notReached(world, criterion, 'the call succeeded');
  if (!state.result) throw new Error('no PSA call has returned a result yet in this scenario');
  check(state);
}

function bytesField(state: PsaScenario, field: string): Buffer {
  if (field === 'collected output') return state.collected;
  const value = state.result![field === 'output' ? ('data' in state.result! ? 'data' : 'ciphertext') : field];
  if (!(value instanceof Uint8Array)) throw new Error(`the last call (${state.last?.fn}) returned no ${field}`);
  return Buffer.from(value);
}

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) ${SUCCEEDED}the (output|tag|ciphertext|collected output) is (.+)$`),
  function (this: TestfestWorld, n: number, guard: Cell, field: string, expected: string) {
    const criterion = checkpoint(n, `${psaScenario(this).last?.fn ?? 'call'} ${field}`);
    guarded(this, criterion, guard, (state) => {
      const want = parseBytes(state, expected);
      const got = bytesField(state, field);
      expectEqual(this, criterion, formatBytes(want), want.equals(got) ? formatBytes(want) : `${formatBytes(got)} (differs)`);
    });
  },
);

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) ${SUCCEEDED}the (output|tag|collected output) length is (\S+)$`),
  function (this: TestfestWorld, n: number, guard: Cell, field: string, length: string) {
    const criterion = checkpoint(n, `${psaScenario(this).last?.fn ?? 'call'} ${field} length`);
    guarded(this, criterion, guard, (state) => expectEqual(this, criterion, String(parseInteger(length)), String(bytesField(state, field).length)));
  },
);

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) ${SUCCEEDED}the output differs from (.+)$`),
  function (this: TestfestWorld, n: number, guard: Cell, other: string) {
    const criterion = checkpoint(n, `${psaScenario(this).last?.fn ?? 'call'} output is fresh`);
    guarded(this, criterion, guard, (state) => {
      const got = bytesField(state, 'output');
      const old = parseBytes(state, other);
      expectEqual(this, criterion, `not ${formatBytes(old)}`, got.equals(old) ? formatBytes(got) : `not ${formatBytes(old)}`);
    });
  },
);

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) ${SUCCEEDED}the capacity is (\S+)$`),
  function (this: TestfestWorld, n: number, guard: Cell, capacity: string) {
    const criterion = checkpoint(n, 'psa_key_derivation_get_capacity capacity');
    guarded(this, criterion, guard, (state) => expectEqual(this, criterion, String(parseInteger(capacity)), String(state.result!.capacity)));
  },
);

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) ${SUCCEEDED}the key "(\w+)" has attributes (.+?), bits (\S+), usage (.+?), alg (.+?)(?:, id (\S+), lifetime (\S+))?$`),
  async function (this: TestfestWorld, n: number, guard: Cell, name: string, type: string, bits: string, usage: string, alg: string, id: Cell, lifetime: Cell) {
    const state = psaScenario(this);
    const criterion = checkpoint(n, `attributes of "${name}"`);
    if (guard && state.last?.status !== PSA_SUCCESS) return notReached(this, criterion, 'the call succeeded');
    const want = keyAttributes({ type, bits, usage, alg, id: id ?? undefined, lifetime: lifetime ?? undefined });
    const { status, attributes } = await (await psaTarget(this)).psa_get_key_attributes(parseKey(state, name));
    expectStatus(this, checkpoint(n, `psa_get_key_attributes of "${name}" status`), status, SUCCESS_ONLY);
    // A volatile key's identifier is the implementation's choice, from the vendor range (§9.4).
    if (want.id === 0 && PSA_KEY_LIFETIME_IS_VOLATILE(want.lifetime) && attributes.id >= PSA_KEY_ID_VENDOR_MIN && attributes.id <= PSA_KEY_ID_VENDOR_MAX) {
      want.id = attributes.id;
    }
    expectEqual(this, criterion, formatAttributes(want), formatAttributes(attributes));
  },
);
