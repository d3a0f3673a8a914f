/**
 * Checks on the outputs of the last get / get_info (psa-arch-tests TEST_ASSERT_EQUAL on
 * p_data_length, info.size, info.capacity, info.flags, and TEST_ASSERT_MEMCMP on the data read).
 * `no data is returned` is psa-arch-tests' storage_buffer_comparison: the read buffer is untouched.
 */
import { Then } from '@cucumber/cucumber';
import { storageFlagNames, storageFlagsByName } from '../../targets/reference/psa/storage/flags';
import type { TestfestWorld } from '../support/world';
import { checkpoint, expectEqual, notReached } from '../psa/checkpoint';
import { storageData } from './storage-data';
import { storageScenario } from './storage-scenario';
import { setGuardHolds, SET_GUARD } from './storage-guard';

function lastData(world: TestfestWorld): Uint8Array {
  const data = storageScenario(world).data;
  if (!data) throw new Error('no psa_*_get has been called in this scenario');
  return data;
}

function lastInfo(world: TestfestWorld) {
  const info = storageScenario(world).info;
  if (!info) throw new Error('no psa_*_get_info has been called in this scenario');
  return info;
}

Then(/^\(checkpoint (\d+)\) the data length is (\d+)$/, function (this: TestfestWorld, n: string, length: string) {
  expectEqual(this, checkpoint(n, 'p_data_length'), String(length), String(lastData(this).length));
});

Then(/^\(checkpoint (\d+)\) the data read is (\S+)$/, function (this: TestfestWorld, n: string, spec: string) {
  // Full hex, so any differing byte shows: equal length and equal bytes.
  const full = (b: Uint8Array) => `${b.length} B ${Buffer.from(b).toString('hex')}`;
  expectEqual(this, checkpoint(n, `data read (${spec})`), full(storageData(spec)), full(lastData(this)));
});

Then(/^\(checkpoint (\d+)\) no data is returned$/, function (this: TestfestWorld, n: string) {
  expectEqual(this, checkpoint(n, 'read buffer untouched (p_data_length)'), '0', String(lastData(this).length));
});

Then(/^\(checkpoint (\d+)\) the info (size|capacity) is (\d+)$/, function (this: TestfestWorld, n: string, field: 'size' | 'capacity', value: string) {
  expectEqual(this, checkpoint(n, `info.${field}`), String(value), String(lastInfo(this)[field]));
});

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) (?:${SET_GUARD})?the info flags are (.+)$`),
  function (this: TestfestWorld, n: string, guard: string | null, flags: string) {
    const criterion = checkpoint(n, 'info.flags');
    if (guard && !setGuardHolds(this, guard)) return notReached(this, criterion, `the set ${guard}`);
    expectEqual(this, criterion, storageFlagNames(storageFlagsByName(flags)), storageFlagNames(lastInfo(this).flags));
  },
);

Then(/^\(checkpoint (\d+)\) bytes (\d+) to (\d+) of the data read are (\S+)$/, function (this: TestfestWorld, n: string, from: string, to: string, spec: string) {
  const full = (b: Uint8Array) => `${b.length} B ${Buffer.from(b).toString('hex')}`;
  const part = lastData(this).subarray(Number(from), Number(to));
  expectEqual(this, checkpoint(n, `data read [${from}:${to}] (${spec})`), full(storageData(spec)), full(part));
});
