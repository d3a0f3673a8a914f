/**
 * Checkpoint assertions in the manner of psa-arch-tests `TEST_ASSERT_EQUAL(actual, expected,
 * TEST_CHECKPOINT_NUM(n))` (api-tests/val/common/val.h): a failure names the checkpoint, what was
 * expected and what the target did, as a CriterionFailed. Every verdict also goes to the
 * `psa-checkpoints` evidence.
 */
import { statusName } from '../../targets/reference/psa/constants';
import { CriterionFailed } from '../support/verdict';
import type { TestfestWorld } from '../support/world';
import { describeStatusSet, statusSetIncludes, type StatusSet } from './parse';

export function checkpoint(n: number | string, what: string): string {
  return `(checkpoint ${n}) ${what}`;
}

function verdict(world: TestfestWorld, criterion: string, ok: boolean, expected: string, actual: string): void {
  world.evidence.line('psa-checkpoints', `${ok ? 'PASS' : 'FAIL'} ${criterion}: expected ${expected}, got ${actual}`);
  if (!ok) throw new CriterionFailed(criterion, expected, actual);
}

export function expectStatus(world: TestfestWorld, criterion: string, actual: number, expected: StatusSet): void {
  verdict(world, criterion, statusSetIncludes(expected, actual), describeStatusSet(expected), statusName(actual));
}

export function expectEqual(world: TestfestWorld, criterion: string, expected: string, actual: string): void {
  verdict(world, criterion, expected === actual, expected, actual);
}

export function expectNotStatus(world: TestfestWorld, criterion: string, actual: number, forbidden: number): void {
  verdict(world, criterion, actual !== forbidden, `any status but ${statusName(forbidden)}`, statusName(actual));
}

/**
 * psa-arch-tests skips the remaining checkpoints of a row once its expected outcome is reached
 * ("If failure is expected, continue with the next data set"); a step guarded by a condition that
 * does not hold records that and passes.
 */
export function notReached(world: TestfestWorld, criterion: string, condition: string): void {
  world.evidence.line('psa-checkpoints', `---- ${criterion}: not reached (${condition} does not hold)`);
}
