/**
 * Observations from the Server's side (RFC 7641, TS-Core §6.4): the scripted Client notifies, the
 * Server answers each notification (ACK keeps it, RST cancels it) and records what it received.
 */
import { Given, Then, When } from '@cucumber/cucumber';
import { parsePath } from '../../targets/reference/lwm2m/model/path';
import { check, criterion } from '../harness/criteria';
import { contractValue, parseGherkinValue, resourceValue, type ContractRecord } from '../server-harness/contract-values';
import { clientPath, scriptedClient, serverSession, startedServer } from '../server-harness/server-under-test';
import { poll, ServerWaits } from '../server-harness/wait';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

// control API bodies are JSON: loosely typed on purpose
type Body = Record<string, any>;

Given(/^the Server under test observes "([^"]*)" at the scripted Client$/, async function (this: TestfestWorld, path: string) {
  const session = await startedServer(this);
  const { status, body } = await session.api.post(clientPath(session, 'observe'), { path });
  if (status !== 200 || typeof body?.observationId !== 'string') throw new InconclusiveError(`precondition not met: observe ${path} answered ${status} ${JSON.stringify(body)}`);
  session.memo.set('observation', body.observationId);
});

When(/^the scripted Client's "([^"]*)" changes to (.+) and it sends a (CON|NON) notification$/, async function (this: TestfestWorld, path: string, value: string, type: string) {
  const client = await scriptedClient(this);
  const p = parsePath(path);
  client.objects.put({ path: p, value: resourceValue(parseGherkinValue(value)) });
  // The Client's side of the observation: it may outlive the Server's (that is what re-registration tests).
  const observation = [...client.observations.all].reverse().find((o) => o.ended === undefined && o.paths.some((q) => path.startsWith(`/${[q.objectId, q.instanceId, q.resourceId, q.resourceInstanceId].filter((x) => x !== undefined).join('/')}`)));
  if (!observation) throw new InconclusiveError(`harness: the scripted Client has no observation covering ${path}`);
  const session = serverSession(this);
  session.memo.set('notified-at', String(Date.now()));
  session.memo.set('notification-outcome', await client.observations.notify(observation, type === 'CON', this.ms(ServerWaits.reply)));
});

Then(/^\(([A-Z])\) the Server under test (acknowledges the notification|rejects the notification with RST)$/, function (this: TestfestWorld, letter: string, what: string) {
  const session = serverSession(this);
  if (session.client?.tcp === true && what.startsWith('acknowledges')) {
    // RFC 8323 §2: over TCP nothing is acknowledged; the Server accepts a notification by keeping the connection.
    const name = criterion(letter, 'the Server under test keeps the connection open after the notification (RFC 8323: no ACK over TCP)');
    const outcome = session.memo.get('notification-outcome');
    check(name, outcome === 'delivered', 'the connection still open', outcome === 'none' ? 'the connection closed' : String(outcome));
    return;
  }
  const expected = what.startsWith('acknowledges') ? 'ACK' : 'RST';
  const name = criterion(letter, `the Server under test answers the notification with ${expected}`);
  const outcome = session.memo.get('notification-outcome');
  check(name, outcome === expected, expected === 'ACK' ? 'an ACK (RFC 7252 §4.2)' : 'a RST (RFC 7641 §3.6: no longer interested)', outcome === 'none' ? 'no answer' : String(outcome));
});

async function notifications(world: TestfestWorld): Promise<Body[]> {
  const session = await startedServer(world);
  const { status, body } = await session.api.get(`${clientPath(session, 'notifications')}`);
  if (status !== 200 || !Array.isArray(body)) throw new InconclusiveError(`GET notifications answered ${status}: ${JSON.stringify(body)}`);
  return body as Body[];
}

const carries = (n: Body, path: string, value: string): boolean =>
  Array.isArray(n['records']) && (n['records'] as ContractRecord[]).some((r) => r.path === path && JSON.stringify(r.value) === JSON.stringify(contractValue(resourceValue(parseGherkinValue(value)))));

Then(/^\(([A-Z])\) the control API lists a notification of "([^"]*)" with the value (.+)$/, async function (this: TestfestWorld, letter: string, path: string, value: string) {
  const name = criterion(letter, `the Server under test records the notification ${path} = ${value}`);
  // A NON notification has no ACK to wait for: poll briefly.
  const found = await poll(async () => (await notifications(this)).find((n) => carries(n, path, value)), this.ms(ServerWaits.reply));
  if (!found) {
    const seen = (await notifications(this)).map((n) => JSON.stringify(n['records'] ?? n['decodeError'])).join('; ');
    throw new CriterionFailed(name, `a notification with ${path} = ${value}`, seen || 'no notifications');
  }
  const id = serverSession(this).memo.get('observation');
  check(name, found['observationId'] === id, `it belongs to observation ${id}`, `observation ${found['observationId']}`);
});

Then(/^\(([A-Z])\) the control API lists no notification with the value (.+)$/, async function (this: TestfestWorld, letter: string, value: string) {
  const name = criterion(letter, `the Server under test does not record the notification with ${value}`);
  const bad = (await notifications(this)).filter((n) => Array.isArray(n['records']) && (n['records'] as ContractRecord[]).some((r) => JSON.stringify(r.value) === JSON.stringify(parseGherkinValue(value))));
  check(name, bad.length === 0, 'no such notification', bad.map((n) => JSON.stringify(n)).join('; '));
});

Then(/^\(([A-Z])\) the control API lists the observation as ended, (cancelled-passive|cancelled-active|re-registered)$/, async function (this: TestfestWorld, letter: string, reason: string) {
  const name = criterion(letter, `the Server under test ended the observation (${reason})`);
  const session = await startedServer(this);
  const id = session.memo.get('observation');
  const { status, body } = await session.api.get(`${clientPath(session, 'observations')}/${id}`);
  if (status !== 200) throw new CriterionFailed(name, `observation ${id} listed as ended`, `HTTP ${status} ${JSON.stringify(body)}`);
  check(name, body.active === false, 'active: false', `active: ${body.active}`);
  check(name, body.endReason === reason, `endReason ${reason}`, `endReason ${body.endReason}`);
});
