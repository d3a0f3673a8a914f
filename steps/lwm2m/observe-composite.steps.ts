/**
 * Observe-Composite and its cancellation (TS-Core 1.2 §6.4.4, §6.4.5; TS-Transport §6.4.5: FETCH on
 * `/` with Observe=0/1 and a SenML path list), ETS int-304, 305, 308, 309, 310. The stream is called
 * "the Observe-Composite" in the steps; criteria look at its latest notification.
 */
import { randomBytes } from 'node:crypto';
import { Given, Then, When, type DataTable } from '@cucumber/cucumber';
import { clientUnderTest, configurationOf, describeOutcome, exchange, serverOf } from '../harness/client-under-test';
import { compositeProblems, pathListBody } from '../harness/composite-check';
import { check, criterion } from '../harness/criteria';
import { allSaved, dmState } from '../harness/dm-state';
import { describeRecords } from '../harness/expected-values';
import { pmaxViolations } from '../harness/notification-checks';
import { pmaxBound, pminBound, seconds } from '../harness/notification-timing';
import { observationStreams, type ObservationStream, type ReceivedNotification } from '../harness/observation-streams';
import { decodeAnswer } from '../harness/payload-decode';
import { tableProblems } from '../harness/provisioned-records';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

const LABEL = 'the Observe-Composite';
const stream = (world: TestfestWorld) => observationStreams(world, serverOf(clientUnderTest(world))).get(LABEL);

interface CompositeObservation {
  paths: string[];
  cf: number;
}

function listed(world: TestfestWorld): CompositeObservation {
  const last = dmState(world).lastComposite;
  if (!last || last.kind === 'Read-Composite') throw new Error('step order: no Observe-Composite was sent');
  const cf = last.exchange.response?.contentFormat ?? 0;
  return { paths: last.paths, cf };
}

When(/^the Server observes these paths with an Observe-Composite in [A-Za-z ]+ \((\d+)\):$/, async function (this: TestfestWorld, cf: number, table: DataTable) {
  const session = clientUnderTest(this);
  const server = serverOf(session);
  const paths = table.hashes().map((r) => r['path']!);
  const token = randomBytes(4);
  const s = observationStreams(this, server).open(LABEL, token);
  const payload = pathListBody(paths, Number(cf));
  s.observe = await exchange(session, `Observe-Composite of ${paths.join(', ')} (FETCH /, Observe=0, CF ${cf})`, () =>
    server.request('FETCH', '/', { observe: 0, token, contentFormat: Number(cf), accept: Number(cf), payload }),
  );
  dmState(this).lastComposite = { kind: 'Observe-Composite', paths, exchange: s.observe };
});

Then(/^\(([A-Z])\) the Observe-Composite is answered 2\.05 Content with an Observe option$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Observe-Composite is answered 2.05 Content with an Observe option');
  const x = stream(this).observe;
  check(name, x?.response?.code === '2.05', `2.05 to ${x?.description ?? 'the Observe-Composite'}`, describeOutcome(x));
  check(name, x!.response!.observe !== undefined, 'an Observe option (the initial notification)', 'none: the Client did not accept the observation');
});

async function awaitNext(world: TestfestWorld, s: ObservationStream, secs: number): Promise<boolean> {
  return s.waitForMore(s.notifications.length, Math.max(0, pmaxBound((x) => world.ms(x), secs)));
}

When(/^the Server waits up to (\d+) seconds for the next notification of the Observe-Composite$/, async function (this: TestfestWorld, secs: number) {
  await awaitNext(this, stream(this), Number(secs));
});

/** A precondition (int-305 "as int-304"): the observation is live before it is cancelled. */
Given(/^the Server has received a notification of the Observe-Composite within (\d+) seconds$/, async function (this: TestfestWorld, secs: number) {
  if (!(await awaitNext(this, stream(this), Number(secs)))) throw new InconclusiveError(`precondition not met: no notification of the Observe-Composite within ${secs} s`);
});

function latest(name: string, s: ObservationStream): { n: ReceivedNotification; previous: number } {
  const n = s.notifications[s.notifications.length - 1];
  const times = s.timeline();
  if (!n || times.length < 2) throw new CriterionFailed(name, 'a notification of the Observe-Composite', 'none arrived');
  return { n, previous: times[times.length - 2]! };
}

Then(/^\(([A-Z])\) that notification arrives between (\d+) and (\d+) seconds after the previous one$/, function (this: TestfestWorld, letter: string, pmin: number, pmax: number) {
  const name = criterion(letter, `that notification arrives between ${pmin} and ${pmax} seconds after the previous one`);
  const { n, previous } = latest(name, stream(this));
  const ms = (x: number) => this.ms(x);
  const gap = n.at - previous;
  check(name, gap >= pminBound(ms, Number(pmin)) && gap <= pmaxBound(ms, Number(pmax)), `${pmin}–${pmax} s after the previous one`, seconds(gap, ms));
});

Then(/^\(([A-Z])\) that notification is 2\.05 Content with an Observe option holding the provisioned values of the listed paths$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'that notification is 2.05 Content with an Observe option holding the provisioned values of the listed paths');
  const { n } = latest(name, stream(this));
  check(name, n.code === '2.05' && n.observe !== undefined, '2.05 Content with an Observe option', `${n.code}${n.observe === undefined ? ' without Observe' : ''}`);
  const records = decodeAnswer(name, n, 'composite', 'the notification');
  const problems = compositeProblems(records, listed(this).paths, configurationOf(clientUnderTest(this)));
  check(name, problems.length === 0, problems.join('; '), describeRecords(records));
});

Then(/^\(([A-Z])\) that notification holds exactly these values:$/, function (this: TestfestWorld, letter: string, table: DataTable) {
  const name = criterion(letter, 'that notification holds exactly these values');
  const { n } = latest(name, stream(this));
  check(name, n.code === '2.05', '2.05 Content', n.code);
  const records = decodeAnswer(name, n, 'composite', 'the notification');
  const problems = tableProblems(records, table.hashes(), true, { configuration: clientUnderTest(this).configuration, saved: allSaved(dmState(this)) });
  check(name, problems.length === 0, problems.join('; '), describeRecords(records));
});

When(/^the Server cancels the Observe-Composite with Observe=1 and the same path list$/, async function (this: TestfestWorld) {
  const session = clientUnderTest(this);
  const server = serverOf(session);
  const s = stream(this);
  const { paths } = listed(this);
  const cf = s.observe?.response?.contentFormat ?? 112;
  // TS-Core 1.2 §6.4.5: exactly the same path list, with the observation's token (RFC 7641 §3.6).
  const x = await exchange(session, `Cancel Observe-Composite (FETCH /, Observe=1)`, () =>
    server.request('FETCH', '/', { observe: 1, token: s.token, contentFormat: cf, accept: cf, payload: pathListBody(paths, cf) }),
  );
  s.cancelledAt = x.answeredAt ?? Date.now();
  dmState(this).lastComposite = { kind: 'cancel', paths, exchange: x };
});

/** ETS int-310: after `/3?pmax=5` the composite notifications come at least every 5 s. */
Then(/^\(([A-Z])\) after the Write-Attributes the Server receives (\d+) notifications of the Observe-Composite at most (\d+) seconds apart$/, async function (this: TestfestWorld, letter: string, count: number, pmax: number) {
  const name = criterion(letter, `after the Write-Attributes the Server receives ${count} notifications of the Observe-Composite at most ${pmax} seconds apart`);
  const since = clientUnderTest(this).lastExchange?.answeredAt;
  if (since === undefined) throw new Error('step order: no Write-Attributes was answered');
  const s = stream(this);
  const ms = (x: number) => this.ms(x);
  const already = s.notifications.filter((n) => n.at <= since).length;
  for (let i = 0; i < Number(count); i++) if (!(await s.waitForMore(already + i, pmaxBound(ms, Number(pmax))))) break;
  const times = [since, ...s.notifications.filter((n) => n.at > since).map((n) => n.at)];
  check(name, times.length > Number(count), `${count} notifications`, `${times.length - 1}`);
  const violations = pmaxViolations(times.slice(0, Number(count) + 1), Number(pmax), ms);
  check(name, violations.length === 0, `no gap longer than ${pmax} s`, violations.join(', '));
});
