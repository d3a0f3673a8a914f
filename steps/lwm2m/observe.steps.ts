/**
 * Observe, Notify and Cancel Observation on single paths (TS-Core 1.2 §6.4.1–§6.4.3; TS-Transport
 * §6.4.5; RFC 7641), ETS int-301, 302, 303, 312, 313: the Server observes with a fresh token, watches
 * the notifications arrive, cancels them by RST or by Observe=1, and judges their timing against the
 * attributes (pmin/pmax) it attached or passed as Observe parameters.
 */
import { randomBytes } from 'node:crypto';
import { Given, Then, When } from '@cucumber/cucumber';
import { formatPath, parsePath } from '../../targets/reference/lwm2m/model/path';
import { clientUnderTest, configurationOf, describeOutcome, exchange, serverOf, sleep } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import { describeRecords } from '../harness/expected-values';
import { pmaxViolations, pminViolations, sequenceProblem } from '../harness/notification-checks';
import { pmaxBound } from '../harness/notification-timing';
import { observationStreams, type ObservationStream } from '../harness/observation-streams';
import { decodeAnswer } from '../harness/payload-decode';
import { provisionedUnder } from '../harness/provisioned-records';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import { scenarioState, type TestfestWorld } from '../support/world';

interface WatchState {
  /** End of the last watch: pmax is judged up to here. */
  watchedUntil?: number;
}

const watch = (world: TestfestWorld) => scenarioState<WatchState>(world, 'lwm2m:observe-watch', () => ({}));
const streams = (world: TestfestWorld) => observationStreams(world, serverOf(clientUnderTest(world)));
/** Notifications already on their way when the Server cancelled do not count against it. */
const graceMs = (world: TestfestWorld) => world.ms(0.5) + 10;

async function observe(world: TestfestWorld, path: string, parameters?: string): Promise<ObservationStream> {
  const session = clientUnderTest(world);
  const server = serverOf(session);
  const token = randomBytes(4);
  const stream = streams(world).open(path, token);
  const query = parameters ? parameters.split('&') : [];
  stream.observe = await exchange(session, `Observe ${path}${parameters ? `?${parameters}` : ''}`, () => server.request('GET', path, { observe: 0, token, query }));
  return stream;
}

When(/^the Server observes (\/[\d/]+)(?: with the parameters (\S+))?$/, async function (this: TestfestWorld, path: string, parameters?: string | null) {
  await observe(this, path, parameters ?? undefined);
});

/** A precondition (int-302/303: "int-301 observations active"): Inconclusive when it cannot be set up. */
Given(/^the Server observes (\/[\d/]+) with the attributes (\S+) attached$/, async function (this: TestfestWorld, path: string, attributes: string) {
  const session = clientUnderTest(this);
  const server = serverOf(session);
  const wa = await exchange(session, `Write-Attributes ${path}?${attributes}`, () => server.request('PUT', path, { query: attributes.split('&') }));
  if (wa.response?.code !== '2.04') throw new InconclusiveError(`precondition not met: Write-Attributes ${path}?${attributes} gave ${describeOutcome(wa)}`);
  const stream = await observe(this, path);
  if (stream.observe?.response?.code !== '2.05' || stream.observe.response.observe === undefined) {
    throw new InconclusiveError(`precondition not met: Observe ${path} gave ${describeOutcome(stream.observe)}${stream.observe?.response ? ' without an Observe option' : ''}`);
  }
});

Then(/^\(([A-Z])\) the Observe of (\S+) is answered 2\.05 Content with an Observe option$/, function (this: TestfestWorld, letter: string, path: string) {
  const name = criterion(letter, `the Observe of ${path} is answered 2.05 Content with an Observe option`);
  const x = streams(this).get(path).observe;
  check(name, x?.response?.code === '2.05', `2.05 to ${x?.description ?? `Observe ${path}`}`, describeOutcome(x));
  check(name, x!.response!.observe !== undefined, 'an Observe option (RFC 7641 §4.1: the initial notification)', 'none: the Client did not accept the observation');
});

When(/^the Server watches the notifications for (\d+) seconds$/, async function (this: TestfestWorld, secs: number) {
  await sleep(this.ms(Number(secs)));
  watch(this).watchedUntil = Date.now();
});

Then(/^\(([A-Z])\) the Server receives at least (\d+) notifications of (\/[\d/]+) with increasing Observe numbers$/, function (this: TestfestWorld, letter: string, count: number, path: string) {
  const name = criterion(letter, `the Server receives at least ${count} notifications of ${path} with increasing Observe numbers`);
  const stream = streams(this).get(path);
  check(name, stream.notifications.length >= Number(count), `${count} notifications echoing the token`, `${stream.notifications.length}`);
  const problem = sequenceProblem(stream);
  check(name, problem === undefined, 'increasing Observe numbers (RFC 7641 §4.4)', problem ?? '');
});

Then(/^\(([A-Z])\) the notifications of (\/[\d/]+|the Observe-Composite) are at least (\d+) seconds apart$/, function (this: TestfestWorld, letter: string, label: string, pmin: number) {
  const name = criterion(letter, `the notifications of ${label} are at least ${pmin} seconds apart`);
  const violations = pminViolations(streams(this).get(label).timeline(), Number(pmin), (s) => this.ms(s));
  check(name, violations.length === 0, `no gap shorter than pmin ${pmin} s`, violations.join(', '));
});

Then(/^\(([A-Z])\) the notifications of (\/[\d/]+|the Observe-Composite) are at most (\d+) seconds apart$/, function (this: TestfestWorld, letter: string, label: string, pmax: number) {
  const name = criterion(letter, `the notifications of ${label} are at most ${pmax} seconds apart`);
  const stream = streams(this).get(label);
  const until = stream.cancelledAt ?? watch(this).watchedUntil;
  const violations = pmaxViolations(stream.timeline(), Number(pmax), (s) => this.ms(s), until);
  check(name, violations.length === 0, `no gap longer than pmax ${pmax} s`, violations.join(', '));
});

Then(/^\(([A-Z])\) every notification of (\/[\d/]+) is 2\.05 Content with a value for each provisioned Resource Instance$/, function (this: TestfestWorld, letter: string, path: string) {
  const name = criterion(letter, `every notification of ${path} is 2.05 Content with a value for each provisioned Resource Instance`);
  const stream = streams(this).get(path);
  const expected = provisionedUnder(configurationOf(clientUnderTest(this)), parsePath(path)).map((v) => formatPath(v.path));
  stream.notifications.forEach((n, i) => {
    const what = `notification ${i + 1} of ${path}`;
    if (n.code !== '2.05') throw new CriterionFailed(name, `2.05 Content in ${what}`, n.code);
    const records = decodeAnswer(name, n, parsePath(path), what);
    const got = records.map((r) => formatPath(r.path));
    check(name, expected.every((p) => got.includes(p)) && got.length === expected.length, `${what} with values of ${expected.join(', ')}`, describeRecords(records));
  });
});

When(/^the Server answers the next notification of (\/[\d/]+), due within (\d+) seconds, with RST$/, async function (this: TestfestWorld, path: string, secs: number) {
  const stream = streams(this).get(path);
  stream.resetNext = true;
  if (!(await stream.waitForMore(stream.notifications.length, pmaxBound((s) => this.ms(s), Number(secs))))) {
    throw new InconclusiveError(`the procedure cannot go on: no notification of ${path} came within ${secs} s to answer with RST`);
  }
});

When(/^the Server cancels the observation of (\/[\d/]+) with Observe=1$/, async function (this: TestfestWorld, path: string) {
  const session = clientUnderTest(this);
  const server = serverOf(session);
  const stream = streams(this).get(path);
  // RFC 7641 §3.6: the same token and options as the Observe, with Observe=1.
  const x = await exchange(session, `Cancel Observe ${path} (Observe=1)`, () => server.request('GET', path, { observe: 1, token: stream.token }));
  stream.cancelledAt = x.answeredAt ?? Date.now();
});

Then(/^\(([A-Z])\) no notification of (\/[\d/]+|the Observe-Composite) arrives within (\d+) seconds after the cancellation$/, async function (this: TestfestWorld, letter: string, label: string, secs: number) {
  const name = criterion(letter, `no notification of ${label} arrives within ${secs} seconds after the cancellation`);
  const stream = streams(this).get(label);
  if (stream.cancelledAt === undefined) throw new Error(`step order: the observation of ${label} was not cancelled`);
  await sleep(Math.max(0, stream.cancelledAt + this.ms(Number(secs)) - Date.now()));
  const late = stream.notifications.filter((n) => n.at > stream.cancelledAt! + graceMs(this));
  check(name, late.length === 0, 'no notification after the cancellation', `${late.length} notification(s), the first ${((late[0]?.at ?? 0) - stream.cancelledAt) / this.ms(1)} s after it`);
});

Then(/^\(([A-Z])\) meanwhile the Server received notifications of (\/[\d/]+) since (\/[\d/]+) was cancelled$/, function (this: TestfestWorld, letter: string, path: string, cancelled: string) {
  const name = criterion(letter, `meanwhile the Server received notifications of ${path} since ${cancelled} was cancelled`);
  const since = streams(this).get(cancelled).cancelledAt;
  if (since === undefined) throw new Error(`step order: the observation of ${cancelled} was not cancelled`);
  const after = streams(this).get(path).notifications.filter((n) => n.at > since);
  check(name, after.length > 0, `notifications of ${path} after ${cancelled} was cancelled`, 'none');
});
