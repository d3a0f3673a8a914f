/**
 * Export steps (psa-arch-tests c003 test_c003.c and c004 test_c004.c), PSA Crypto API 1.2 §9.6
 * psa_export_key and psa_export_public_key. The buffer size is the caller's `data_size`.
 */
import { Then, When } from '@cucumber/cucumber';
import type { PsaCryptoTarget } from '../../targets/roles/psa-crypto';
import type { TestfestWorld } from '../support/world';
import { checkpoint, expectEqual, expectStatus, notReached } from './checkpoint';
import { conditionHolds, GUARD, type GuardCell } from './conditions';
import { formatBytes } from './call-format';
import { keyData, parseInteger, parseStatusSet } from './parse';
import { psaScenario, psaTarget, recordStatus } from './psa-scenario';

type ExportFn = 'psa_export_key' | 'psa_export_public_key';
type Cell = GuardCell;

function exporter(target: PsaCryptoTarget, fn: ExportFn) {
  return fn === 'psa_export_key' ? target.psa_export_key.bind(target) : target.psa_export_public_key.bind(target);
}

When(
  /^(psa_export_key|psa_export_public_key) is called on that key with a (\d+) byte buffer$/,
  async function (this: TestfestWorld, fn: ExportFn, size: number) {
    const state = psaScenario(this);
    const result = await exporter(await psaTarget(this), fn)(state.key, size);
    state.exported = { fn, status: result.status, data: result.data };
    recordStatus(this, fn, result.status);
  },
);

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) ${GUARD}the exported length is (\S+)$`),
  function (this: TestfestWorld, n: number, condition: Cell, length: string) {
    const state = psaScenario(this);
    const criterion = checkpoint(n, `${state.exported?.fn ?? 'export'} data_length`);
    if (!conditionHolds(state, condition)) return notReached(this, criterion, condition!);
    expectEqual(this, criterion, String(parseInteger(length)), String(state.exported!.data.length));
  },
);

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) ${GUARD}the exported data equals (.+)$`),
  function (this: TestfestWorld, n: number, condition: Cell, expected: string) {
    const state = psaScenario(this);
    const criterion = checkpoint(n, `${state.exported?.fn ?? 'export'} data`);
    if (!conditionHolds(state, condition)) return notReached(this, criterion, condition!);
    const want = expected.trim() === 'the imported data' ? state.importedData! : keyData(expected);
    const got = Buffer.from(state.exported!.data);
    expectEqual(this, criterion, formatBytes(want), want.equals(got) ? formatBytes(want) : describeDifference(want, got));
  },
);

Then(
  new RegExp(String.raw`^\(checkpoint (\d+)\) ${GUARD}(psa_export_key|psa_export_public_key) on the destroyed key returns (.+)$`),
  async function (this: TestfestWorld, n: number, condition: Cell, fn: ExportFn, expected: string) {
    const state = psaScenario(this);
    const criterion = checkpoint(n, `${fn} on the destroyed key status`);
    if (!conditionHolds(state, condition)) return notReached(this, criterion, condition!);
    const { status } = await exporter(await psaTarget(this), fn)(state.key, 1200);
    expectStatus(this, criterion, status, parseStatusSet(expected));
  },
);

/** `16 B 0102…, first difference at byte 3` — enough to see what went wrong without 1 KiB of hex. */
function describeDifference(want: Buffer, got: Buffer): string {
  let i = 0;
  while (i < want.length && i < got.length && want[i] === got[i]) i++;
  return `${formatBytes(got)}, first difference at byte ${i}`;
}
