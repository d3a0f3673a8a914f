/**
 * The Registration Interface from the Server's side (TS-Core §6.2, TS-Transport §6.4.3): the
 * scripted Client registers, updates and de-registers; the criteria check the Server's answers and
 * what its control API then lists.
 */
import { Then, When } from '@cucumber/cucumber';
import { CODE_NAMES } from '../../targets/reference/transport/coap-udp/codes';
import { check, criterion } from '../harness/criteria';
import { registerQuery } from '../server-harness/register-query';
import { clientPath, exchange, scriptedClient, serverSession, startedServer, type ServerSession } from '../server-harness/server-under-test';
import { poll, sleep } from '../server-harness/wait';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

const LINK_FORMAT = 40;

When(/^the scripted Client sends a Register with query "([^"]*)" and its object list$/, async function (this: TestfestWorld, query: string) {
  const session = serverSession(this);
  const client = await scriptedClient(this);
  const previous = client.location;
  const { response } = await exchange(session, 'Register', () => client.register(registerQuery(session.endpointName, query)));
  if (previous) session.memo.set('previous-location', previous.join('/'));
  if (response?.code === '2.01') session.memo.set('location', response.locationPath.join('/'));
});

When(/^the scripted Client sends a Register without ep with query "([^"]*)" and its object list$/, async function (this: TestfestWorld, query: string) {
  const session = serverSession(this);
  const client = await scriptedClient(this);
  await exchange(session, 'Register without ep', () => client.register(registerQuery(undefined, query)));
});

When(/^the scripted Client sends a Register with query "([^"]*)" and the object list "([^"]*)"$/, async function (this: TestfestWorld, query: string, links: string) {
  const session = serverSession(this);
  const client = await scriptedClient(this);
  await exchange(session, 'Register', () => client.register(registerQuery(session.endpointName, query), Buffer.from(links, 'utf8'), LINK_FORMAT));
});

When(/^the scripted Client sends an Update with query "([^"]*)"$/, async function (this: TestfestWorld, query: string) {
  const session = serverSession(this);
  const client = await scriptedClient(this);
  await exchange(session, 'Update', () => client.update(registerQuery(undefined, query)));
});

When(/^the scripted Client sends an Update to the unknown location "([^"]*)"$/, async function (this: TestfestWorld, location: string) {
  const session = serverSession(this);
  const client = await scriptedClient(this);
  await exchange(session, `Update of /${location}`, () => client.update([], undefined, location.split('/')));
});

When('the scripted Client sends an Update to its previous location', async function (this: TestfestWorld) {
  const session = serverSession(this);
  const previous = session.memo.get('previous-location');
  if (!previous) throw new InconclusiveError('harness: the scripted Client has registered only once');
  const client = await scriptedClient(this);
  await exchange(session, `Update of the previous location /${previous}`, () => client.update([], undefined, previous.split('/')));
});

When('the scripted Client sends a De-register', async function (this: TestfestWorld) {
  const session = serverSession(this);
  const client = await scriptedClient(this);
  await exchange(session, 'De-register', () => client.deregister());
});

When(/^the scripted Client sends a De-register to the unknown location "([^"]*)"$/, async function (this: TestfestWorld, location: string) {
  const session = serverSession(this);
  const client = await scriptedClient(this);
  await exchange(session, `De-register of /${location}`, () => client.deregister(location.split('/')));
});

When(/^the scripted Client waits (\d+) seconds$/, async function (this: TestfestWorld, seconds: number) {
  await sleep(this.ms(Number(seconds)));
});

When(/^the scripted Client waits (\d+) seconds and sends an Update with query "([^"]*)"$/, async function (this: TestfestWorld, seconds: number, query: string) {
  await sleep(this.ms(Number(seconds)));
  const session = serverSession(this);
  const client = await scriptedClient(this);
  await exchange(session, 'Update', () => client.update(registerQuery(undefined, query)));
});

/**
 * Waits out the lifetime counted from the last exchange (TS-Core §6.2.2: the Server removes a
 * registration whose lifetime passed without an Update), polling the control API so the step ends
 * as soon as the Server dropped it; bounded by the lifetime + 10 % + 2 s of grace.
 */
When(/^the scripted Client lets (\d+) seconds pass without an Update$/, async function (this: TestfestWorld, seconds: number) {
  const session = await startedServer(this);
  const since = session.last?.at ?? Date.now();
  const bound = since + this.ms(Number(seconds) * 1.1 + 2) - Date.now();
  await poll(async () => ((await session.api.get(clientPath(session))).status === 404 ? true : undefined), Math.max(0, bound), this.ms(0.5));
});

function lastAnswer(session: ServerSession, name: string): string {
  const last = session.last;
  if (!last) throw new InconclusiveError(`${name}: the scripted Client has sent nothing yet`);
  if (!last.response) throw new CriterionFailed(name, `an answer to the ${last.what}`, `none (${last.error ?? 'no response'})`);
  return last.response.code;
}

Then(/^\(([A-Z])\) the Server under test answers (\d\.\d\d) ([A-Za-z ]+)$/, function (this: TestfestWorld, letter: string, code: string, codeName: string) {
  const session = serverSession(this);
  const name = criterion(letter, `the Server under test answers the ${session.last?.what ?? 'request'} with ${code} ${codeName}`);
  const got = lastAnswer(session, name);
  check(name, got === code, `${code} ${codeName}`, `${got} ${CODE_NAMES[got] ?? ''}`.trim());
});

function checkLocation(session: ServerSession, name: string): string[] {
  const got = lastAnswer(session, name);
  check(name, got === '2.01', '2.01 Created', `${got} ${CODE_NAMES[got] ?? ''}`.trim());
  const { message, locationPath } = session.last!.response!;
  check(name, locationPath.length > 0, 'a Location-Path (TS-Transport §6.4.3)', 'no Location-Path option');
  const query = message.options.filter((o) => o.name === 'Location-Query');
  check(name, query.length === 0, 'no Location-Query (the client replays Location-Path only)', `Location-Query ${query.map((o) => o.value.toString()).join('&')}`);
  return locationPath;
}

Then(/^\(([A-Z])\) the Server under test answers 2\.01 Created with a Location-Path$/, function (this: TestfestWorld, letter: string) {
  checkLocation(serverSession(this), criterion(letter, 'the Server under test answers the Register with 2.01 Created and a Location-Path'));
});

Then(/^\(([A-Z])\) the Server under test answers 4\.04 Not Found, unless it gave the same location again$/, function (this: TestfestWorld, letter: string) {
  const session = serverSession(this);
  const name = criterion(letter, 'the Server under test answers an Update on the replaced registration with 4.04 Not Found');
  const got = lastAnswer(session, name);
  const reused = session.memo.get('previous-location') === session.memo.get('location');
  check(name, reused ? got === '2.04' : got === '4.04', reused ? '2.04 Changed (the location was given out again)' : '4.04 Not Found', `${got} ${CODE_NAMES[got] ?? ''}`.trim());
});
