/**
 * psa_ps_get_support gating, as psa-arch-tests s011–s017 do it: the optional-API cases run only when
 * it reports PSA_STORAGE_SUPPORT_SET_EXTENDED (they are tagged `@requires:api=psa_ps_set_extended`,
 * so a target that declares the API and does not report it fails checkpoint 0); s014 runs only when
 * it does not, and is otherwise Not Applicable, exactly as psa-arch-tests skips it (RESULT_SKIP).
 */
import { Given } from '@cucumber/cucumber';
import { PSA_STORAGE_SUPPORT_SET_EXTENDED } from '../../targets/reference/psa/storage/flags';
import { VERDICT_MEDIA_TYPE, type VerdictAttachment } from '../support/verdict';
import type { TestfestWorld } from '../support/world';
import { checkpoint, expectEqual } from '../psa/checkpoint';
import { callStorage } from './storage-calls';
import { storageScenario } from './storage-scenario';

async function support(world: TestfestWorld): Promise<number> {
  await callStorage(world, 'ps', 'get_support', '');
  return storageScenario(world).support!;
}

Given(/^\(checkpoint (\d+)\) psa_ps_get_support reports PSA_STORAGE_SUPPORT_SET_EXTENDED$/, async function (this: TestfestWorld, n: string) {
  const reported = ((await support(this)) & PSA_STORAGE_SUPPORT_SET_EXTENDED) !== 0;
  expectEqual(this, checkpoint(n, 'psa_ps_get_support() & PSA_STORAGE_SUPPORT_SET_EXTENDED'), 'set', reported ? 'set' : 'clear');
});

Given(/^psa_ps_get_support does not report PSA_STORAGE_SUPPORT_SET_EXTENDED, else the case is Not Applicable$/, async function (this: TestfestWorld) {
  if (((await support(this)) & PSA_STORAGE_SUPPORT_SET_EXTENDED) === 0) return undefined;
  const verdict: VerdictAttachment = {
    verdict: 'not-applicable',
    reason: 'psa_ps_get_support() reports PSA_STORAGE_SUPPORT_SET_EXTENDED: this case covers targets without psa_ps_create / psa_ps_set_extended (psa-arch-tests skips it, RESULT_SKIP)',
  };
  this.attach(JSON.stringify(verdict), { mediaType: VERDICT_MEDIA_TYPE, fileName: 'verdict.json' });
  return 'skipped';
});
