/**
 * Queue mode (TS-Transport §6.5): the scripted Client goes silent past MAX_TRANSMIT_WAIT, the
 * Server under test must hold requests for it, and send them after its next Update.
 */
import { Then, When } from '@cucumber/cucumber';
import { check, criterion } from '../harness/criteria';
import { serverSession, startedServer } from '../server-harness/server-under-test';
import { poll, sleep } from '../server-harness/wait';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

When(/^the scripted Client stays silent for (\d+) seconds$/, async function (this: TestfestWorld, seconds: number) {
  const session = serverSession(this);
  const since = session.last?.at ?? Date.now();
  // A little past the window, so "asleep" does not hinge on a timer's last millisecond.
  await sleep(Math.max(0, since + this.ms(Number(seconds) * 1.05) - Date.now()));
});

Then(/^\(([A-Z])\) the control API reports the Read as queued for a sleeping Client$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Server under test queues the Read for the sleeping Client');
  const session = serverSession(this);
  const last = session.lastApi;
  if (!last) throw new InconclusiveError(`${name}: the control API was not asked anything`);
  const error = last.body?.error;
  if (last.status !== 409) throw new CriterionFailed(name, 'HTTP 409 client-sleeping with a requestId', `HTTP ${last.status} ${JSON.stringify(last.body)}`);
  check(name, typeof error?.requestId === 'string', 'a requestId to follow the queued request', JSON.stringify(error));
  session.memo.set('queued', error.requestId);
});

Then(/^\(([A-Z])\) the control API reports the queued Read done with (\d\.\d\d) ([A-Za-z ]+)$/, async function (this: TestfestWorld, letter: string, code: string, codeName: string) {
  const name = criterion(letter, `the queued Read completes with ${code} ${codeName}`);
  const session = await startedServer(this);
  const id = session.memo.get('queued');
  if (!id) throw new InconclusiveError(`${name}: no queued request id`);
  const done = await poll(async () => {
    const { status, body } = await session.api.get(`/v1/requests/${encodeURIComponent(id)}`);
    return status === 200 && (body.state === 'done' || body.state === 'failed') ? body : undefined;
  }, this.ms(10));
  if (!done) throw new CriterionFailed(name, 'the request done', 'still not done');
  check(name, done.state === 'done' && done.result?.code === code, `done with ${code} ${codeName}`, `${done.state} ${done.result?.code ?? done.error ?? ''}`);
});
