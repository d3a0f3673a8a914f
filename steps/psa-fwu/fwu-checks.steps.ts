/**
 * Checks through psa_fwu_query (FWU API 1.0 psa_fwu_component_info_t): the component's state, the
 * version of its active image, the error recorded for the second image, and its flags.
 */
import { Then } from '@cucumber/cucumber';
import { formatVersion, fwuStateByName, fwuStateName, parseVersion, PSA_FWU_FLAG_VOLATILE_STAGING } from '../../targets/reference/psa/fwu';
import { statusByName, statusName } from '../../targets/reference/psa/constants';
import type { TestfestWorld } from '../support/world';
import { checkpoint, expectEqual, expectStatus } from '../psa/checkpoint';
import { parseStatusSet, SUCCESS_ONLY } from '../psa/parse';
import { fwuTarget } from './fwu-scenario';

async function query(world: TestfestWorld, n: number, component: number) {
  const r = await (await fwuTarget(world)).psa_fwu_query(Number(component));
  expectStatus(world, checkpoint(n, `psa_fwu_query(${component}) status`), r.status, SUCCESS_ONLY);
  return r.info;
}

Then(/^\(checkpoint (\d+)\) component (\d+) is in state (\w+)$/, async function (this: TestfestWorld, n: number, component: number, state: string) {
  const info = await query(this, n, component);
  expectEqual(this, checkpoint(n, `component ${component} state`), fwuStateName(fwuStateByName(state)), fwuStateName(info.state));
});

Then(/^\(checkpoint (\d+)\) the active version of component (\d+) is (\S+)$/, async function (this: TestfestWorld, n: number, component: number, version: string) {
  const info = await query(this, n, component);
  expectEqual(this, checkpoint(n, `component ${component} active version`), formatVersion(parseVersion(version)), formatVersion(info.version));
});

Then(/^\(checkpoint (\d+)\) the error recorded for component (\d+) is (\S+)$/, async function (this: TestfestWorld, n: number, component: number, error: string) {
  const info = await query(this, n, component);
  expectEqual(this, checkpoint(n, `component ${component} error`), statusName(statusByName(error)), statusName(info.error));
});

Then(/^\(checkpoint (\d+)\) component (\d+) (has|does not have) volatile staging$/, async function (this: TestfestWorld, n: number, component: number, has: string) {
  const info = await query(this, n, component);
  const set = (info.flags & PSA_FWU_FLAG_VOLATILE_STAGING) !== 0;
  expectEqual(this, checkpoint(n, `component ${component} PSA_FWU_FLAG_VOLATILE_STAGING`), has === 'has' ? 'set' : 'clear', set ? 'set' : 'clear');
});

Then(/^\(checkpoint (\d+)\) psa_fwu_query of component (\d+) returns (.+)$/, async function (this: TestfestWorld, n: number, component: number, expected: string) {
  const r = await (await fwuTarget(this)).psa_fwu_query(Number(component));
  expectStatus(this, checkpoint(n, 'psa_fwu_query status'), r.status, parseStatusSet(expected));
});
