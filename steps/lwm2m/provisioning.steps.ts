/**
 * Configurations some Device Management and Information Reporting cases need beyond the ETS names
 * that client-setup.steps.ts handles: "C.1 + /16" (C.1 with a Portfolio Object Instance, ETS int-228,
 * 230, 233, 234, 308, 309) and a configuration with one resource value set, e.g. Mute Send /1/0/23
 * false so that the Client may Send (TS-Core App. E.2: absent or true means Send is disabled).
 */
import { Given } from '@cucumber/cucumber';
import { configurationByName, withResource } from '../../targets/reference/lwm2m/configurations';
import { parsePath } from '../../targets/reference/lwm2m/model/path';
import { clientUnderTest } from '../harness/client-under-test';
import { assertResourceName } from '../harness/resource-names';
import { typedValue } from '../harness/typed-values';
import { InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

function configuration(name: string) {
  const found = configurationByName(name);
  if (!found) throw new InconclusiveError(`configuration ${name} is not available in this suite yet`);
  return found;
}

Given(/^the Client is provisioned with configuration (C\.\d+\+\/\d+)$/, function (this: TestfestWorld, name: string) {
  clientUnderTest(this).configuration = configuration(name);
});

Given(/^the Client is provisioned with configuration (\S+) where (\/\d+\/\d+\/\d+) ([A-Za-z -]+) is (\S+)$/, function (this: TestfestWorld, name: string, path: string, resource: string, value: string) {
  assertResourceName(path, resource);
  const p = parsePath(path);
  const typed = typedValue(p, value);
  if (typeof typed === 'object' || typeof typed === 'bigint') throw new Error(`feature error: ${path} takes a plain value here`);
  clientUnderTest(this).configuration = withResource(configuration(name), { objectId: p.objectId, instanceId: p.instanceId!, resourceId: p.resourceId! }, typed);
});
