/**
 * What the scripted Client holds after the Server under test's operation: the effect on the
 * Client side that the ETS reads back (values written, instances created or deleted).
 */
import { Then } from '@cucumber/cucumber';
import { parsePath } from '../../targets/reference/lwm2m/model/path';
import { check, criterion } from '../harness/criteria';
import { contractValue, parseGherkinValue } from '../server-harness/contract-values';
import { scriptedClient } from '../server-harness/server-under-test';
import type { TestfestWorld } from '../support/world';

Then(/^\(([A-Z])\) the scripted Client's "([^"]*)" (?:still|now) holds (.+)$/, async function (this: TestfestWorld, letter: string, path: string, value: string) {
  const name = criterion(letter, `the Client's ${path} holds ${value}`);
  const held = (await scriptedClient(this)).objects.get(path);
  const expected = JSON.stringify(parseGherkinValue(value));
  const got = held === undefined ? 'nothing' : JSON.stringify(contractValue(held.value));
  check(name, got === expected, expected, got);
});

Then(/^\(([A-Z])\) the scripted Client (now has|no longer has) Object Instance "([^"]*)"$/, async function (this: TestfestWorld, letter: string, how: string, path: string) {
  const name = criterion(letter, `the Client ${how} ${path}`);
  const p = parsePath(path);
  const has = (await scriptedClient(this)).objects.hasInstance(p.objectId, p.instanceId!);
  check(name, has === (how === 'now has'), how === 'now has' ? `${path} exists` : `${path} is gone`, has ? `${path} exists` : `${path} does not exist`);
});
