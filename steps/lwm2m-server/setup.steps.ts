/**
 * Preconditions of the server-under-test cases: the configuration the scripted Client holds, the
 * format it answers in, and a registration to start from. A precondition that cannot be met makes
 * the case Inconclusive, never Failed.
 */
import { Given } from '@cucumber/cucumber';
import { codecFor } from '../../targets/reference/lwm2m/codecs/registry';
import { exchange, scriptedClient, serverSession } from '../server-harness/server-under-test';
import { registerQuery } from '../server-harness/register-query';
import { InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

Given(/^the scripted Client holds configuration (C\.\d+)$/, function (this: TestfestWorld, name: string) {
  const session = serverSession(this);
  if (session.client) throw new InconclusiveError('harness: the configuration must be chosen before the scripted Client starts');
  session.configuration = name;
});

Given(/^the scripted Client answers every Read in Content-Format (\d+)$/, async function (this: TestfestWorld, cf: number) {
  if (!codecFor(Number(cf))) throw new InconclusiveError(`harness: the suite has no codec for Content-Format ${cf} yet`);
  (await scriptedClient(this)).forcedFormat = Number(cf);
});

async function registered(world: TestfestWorld, query: string): Promise<void> {
  const session = serverSession(world);
  const client = await scriptedClient(world);
  const { response, error } = await exchange(session, 'Register', () => client.register(registerQuery(session.endpointName, query)));
  if (response?.code !== '2.01') {
    throw new InconclusiveError(`precondition not met: the Server under test did not accept the Register ?${query} (${error ?? `answered ${response?.code}`})`);
  }
  session.memo.set('location', response.locationPath.join('/'));
}

Given('the scripted Client is registered with the Server under test', function (this: TestfestWorld) {
  return registered(this, 'lwm2m=1.1&lt=86400&b=U');
});

Given(/^the scripted Client is registered with the Server under test with lifetime (\d+)$/, function (this: TestfestWorld, lifetime: number) {
  return registered(this, `lwm2m=1.1&lt=${lifetime}&b=U`);
});

Given(/^the scripted Client is registered with the Server under test with query "([^"]*)"$/, function (this: TestfestWorld, query: string) {
  return registered(this, query);
});
