/**
 * Observation in the object cases (ETS int-710, 810, 910, 1203, 1204, 1900): Write-Attributes and
 * Observe as ETS procedure steps, then criteria on the notifications (RFC 7641; TS-Core 1.2 Table
 * 7.3.2-1 for pmin/pmax). The notification streams, their timing bounds and the Observe sequence check
 * are the harness's (steps/harness/observation-streams.ts, notification-checks.ts).
 */
import { randomBytes } from 'node:crypto';
import { Then, When } from '@cucumber/cucumber';
import type { Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { Obj } from '../../targets/reference/lwm2m/model/ids.generated';
import { parsePath } from '../../targets/reference/lwm2m/model/path';
import { clientUnderTest, configurationOf, describeOutcome, serverOf } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import { pmaxViolations, pminViolations, sequenceProblem } from '../harness/notification-checks';
import { pmaxBound } from '../harness/notification-timing';
import { observationStreams, type ObservationStream } from '../harness/observation-streams';
import type { TestfestWorld } from '../support/world';
import { decodeContent, readRecords, responseOf } from './objects-content';
import { requestOf, requestsOf, sendStep } from './objects-state';
import { invalidValues, missingResources } from './objects-validity';
import { describeRecord, mismatches, provisionedRecords } from './objects-values';

const streams = (world: TestfestWorld) => observationStreams(world, serverOf(clientUnderTest(world)));
const numberList = (text: string) => text.split(/, | and /).map(Number);
/** How far ahead of the Server's clock a device clock may run. */
const TIMESTAMP_SKEW_S = 300;

When(/^(\d+)\. the Server writes the attributes (\S+) to (\/[\d/]+)$/, async function (this: TestfestWorld, step: number, attributes: string, path: string) {
  // TS-Transport §6.4.4: Write-Attributes is a PUT with the attributes as Uri-Query and no payload.
  await sendStep(this, step, `Write-Attributes ${path}?${attributes}`, 'PUT', path, { query: attributes.split('&') });
});

When(/^(\d+)\. the Server observes (\/[\d/]+)$/, async function (this: TestfestWorld, step: number, path: string) {
  const token = randomBytes(4);
  const stream = streams(this).open(path, token); // open first: a notification may beat the answer's filing
  const request = await sendStep(this, step, `Observe ${path}`, 'GET', path, { observe: 0, token });
  stream.observe = request.exchange;
});

When(/^(\d+)\. the Server cancels the observation of (\/[\d/]+)$/, async function (this: TestfestWorld, step: number, path: string) {
  // RFC 7641 §3.6: GET with Observe=1 and the token and options of the Observe.
  const stream = streams(this).get(path);
  const request = await sendStep(this, step, `Cancel Observe ${path}`, 'GET', path, { observe: 1, token: stream.token });
  if (request.exchange.response) stream.cancelledAt = Date.now();
});

Then(/^\(([A-Z])\) in step (\d+) the Server receives 2\.05 Content with an Observe option and the initial values$/, function (this: TestfestWorld, letter: string, step: number) {
  const name = criterion(letter, `in step ${step} the Server receives 2.05 Content with an Observe option and the initial values`);
  for (const r of requestsOf(this, step)) {
    const response = responseOf(name, r, '2.05');
    check(name, response.observe !== undefined, `an Observe option in the answer to ${r.description}`, 'none: the Client does not observe (RFC 7641 §2)');
    check(name, readRecords(name, r).length > 0, `the values of ${r.spec.path}`, 'an empty payload');
  }
});

Then(/^\(([A-Z])\) the Client notifies (\/[\d/]+) at least (\d+) times, honouring pmin=(\d+) and pmax=(\d+)$/, async function (this: TestfestWorld, letter: string, path: string, count: number, pmin: number, pmax: number) {
  const name = criterion(letter, `the Client notifies ${path} at least ${count} times, honouring pmin=${pmin} and pmax=${pmax}`);
  const stream = streams(this).get(path);
  const ms = (s: number) => this.ms(s);
  const enough = await stream.waitForMore(Number(count) - 1, Number(count) * pmaxBound(ms, Number(pmax)));
  check(name, enough, `${count} notifications within ${count} × pmax`, `${stream.notifications.length}`);
  const notOk = stream.notifications.filter((n) => n.code !== '2.05');
  check(name, notOk.length === 0, 'every notification 2.05 Content', notOk.map((n) => n.code).join(', '));
  const sequence = sequenceProblem(stream);
  check(name, sequence === undefined, 'increasing Observe numbers (RFC 7641 §4.4)', sequence ?? '');
  const times = stream.timeline();
  const early = pminViolations(times, Number(pmin), ms);
  check(name, early.length === 0, `notifications at least pmin=${pmin} s apart`, early.join('; '));
  const late = pmaxViolations(times, Number(pmax), ms);
  check(name, late.length === 0, `notifications at most pmax=${pmax} s apart`, late.join('; '));
});

Then(/^\(([A-Z])\) every notification of (\/[\d/]+) holds the mandatory Resources ([\d, and]+) and every value is valid for its definition$/, function (this: TestfestWorld, letter: string, path: string, ids: string) {
  const name = criterion(letter, `every notification of ${path} holds the mandatory Resources ${ids} and every value is valid for its definition`);
  for (const [i, records] of notified(this, name, path).entries()) {
    const missing = missingResources(records, numberList(ids));
    check(name, missing.length === 0, `Resources ${ids} in notification ${i + 1}`, `no Resource ${missing.join(', ')}`);
    const invalid = invalidValues(records);
    check(name, invalid.length === 0, `values valid for their definitions in notification ${i + 1}`, invalid.join('; '));
  }
});

Then(/^\(([A-Z])\) every notification of ((?:\/[\d/]+)(?: and \/[\d/]+)*) carries the value of configuration (C\.\d+)$/, function (this: TestfestWorld, letter: string, paths: string, configName: string) {
  const name = criterion(letter, `every notification of ${paths} carries the value of configuration ${configName}`);
  const config = configurationOf(clientUnderTest(this));
  if (config.id !== configName) throw new Error(`feature error: the Client was provisioned with ${config.id}, not ${configName}`);
  for (const path of paths.split(' and ')) {
    const expected = provisionedRecords(config, parsePath(path));
    for (const [i, records] of notified(this, name, path).entries()) {
      const wrong = mismatches(expected, records);
      check(name, wrong.length === 0, `${expected.map(describeRecord).join(', ')} in notification ${i + 1} of ${path}`, wrong.join(', '));
    }
  }
});

Then(/^\(([A-Z])\) the Timestamp (\/\d+\/\d+\/\d+) never goes back from one notification of (\/[\d/]+) to the next$/, function (this: TestfestWorld, letter: string, timestamp: string, path: string) {
  const name = criterion(letter, `the Timestamp ${timestamp} never goes back from one notification of ${path} to the next`);
  const stream = streams(this).get(path);
  const times = notified(this, name, path).map((records) => records.find((r) => describeRecord(r).startsWith(`${timestamp}=`))?.value);
  times.forEach((t, i) => {
    check(name, typeof t === 'number', `${timestamp} in notification ${i + 1}`, t === undefined ? 'absent' : String(t));
    const arrived = stream.notifications[i]!.at / 1000;
    check(name, (t as number) <= arrived + TIMESTAMP_SKEW_S, `a fix no later than the arrival of notification ${i + 1}`, `${t} (arrived ${Math.floor(arrived)})`);
    if (i > 0) check(name, (t as number) >= (times[i - 1] as number), `a fix no older than notification ${i}'s`, `${t} after ${times[i - 1]}`);
  });
});

const S = Obj.ConnectivityStatistics;
const COUNTERS = [S.SMSTxCounter, S.SMSRxCounter, S.TxData, S.RxData, S.MaxMessageSize];
const counter = (records: Lwm2mRecord[], id: number) => {
  const v = records.find((r) => r.path.resourceId === id)?.value;
  return typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : undefined;
};

Then(/^\(([A-Z])\) the notifications of (\/[\d/]+) after step (\d+) show the statistics growing$/, function (this: TestfestWorld, letter: string, path: string, step: number) {
  const name = criterion(letter, `the notifications of ${path} after step ${step} show the statistics growing`);
  const since = requestOf(this, step).exchange.answeredAt ?? requestOf(this, step).exchange.at;
  const stream = streams(this).get(path);
  const after = stream.notifications.filter((n) => n.at > since).map((n, i) => decodeContent(name, n.contentFormat, n.payload, parsePath(path), `notification ${i + 1} after step ${step}`));
  check(name, after.length >= 2, `at least 2 notifications after step ${step}`, `${after.length}`);
  const counted = after.some((records) => [S.TxData, S.RxData, S.MaxMessageSize].some((id) => (counter(records, id) ?? 0) > 0));
  check(name, counted, 'a notification with traffic counted (Tx Data, Rx Data or Max Message Size above 0)', after.map((r) => r.map(describeRecord).join(', ')).join(' | '));
  for (let i = 1; i < after.length; i++) {
    const shrunk = COUNTERS.filter((id) => (counter(after[i]!, id) ?? 0) < (counter(after[i - 1]!, id) ?? 0));
    check(name, shrunk.length === 0, 'counters that never decrease during one collection', `/7/x/${shrunk.join(', /7/x/')} decreased in notification ${i + 1} after step ${step}`);
  }
});

Then(/^\(([A-Z])\) every notification of (\/[\d/]+) holds statistics valid for their definitions$/, function (this: TestfestWorld, letter: string, path: string) {
  const name = criterion(letter, `every notification of ${path} holds statistics valid for their definitions`);
  for (const [i, records] of notified(this, name, path).entries()) {
    const invalid = invalidValues(records);
    check(name, invalid.length === 0, `values valid for their definitions in notification ${i + 1}`, invalid.join('; '));
    const [max, avg] = [counter(records, S.MaxMessageSize), counter(records, S.AverageMessageSize)];
    check(name, max === undefined || avg === undefined || avg <= max, `Average Message Size ≤ Max Message Size in notification ${i + 1}`, `${avg} > ${max}`);
  }
});

/** The decoded notifications of a stream (at least one, or the criterion fails). */
function notified(world: TestfestWorld, name: string, path: string): Lwm2mRecord[][] {
  const stream: ObservationStream = streams(world).get(path);
  check(name, stream.notifications.length > 0, `notifications of ${path}`, `none (Observe answered ${describeOutcome(stream.observe)})`);
  return stream.notifications.map((n, i) => decodeContent(name, n.contentFormat, n.payload, parsePath(path), `notification ${i + 1} of ${path}`));
}
