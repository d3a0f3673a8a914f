/**
 * Read (TS-Core §6.3.1; TS-Transport §6.4.4 GET) as the ETS Device Management cases use it: with or
 * without Accept, one path or a table of them (int-222..225, 231, 232, 237), and the criteria on the
 * values read back, decoded in whatever Content-Format the Client answered.
 */
import { Given, Then, When, type DataTable } from '@cucumber/cucumber';
import { parsePath } from '../../targets/reference/lwm2m/model/path';
import { clientUnderTest, configurationOf, describeOutcome, exchange, serverOf, type DmExchange } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import { allSaved, dmState } from '../harness/dm-state';
import { describeRecords } from '../harness/expected-values';
import { decodeAnswer } from '../harness/payload-decode';
import { missingProvisioned, provisionedUnder, tableProblems } from '../harness/provisioned-records';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

async function read(world: TestfestWorld, path: string, accept?: number): Promise<DmExchange> {
  const session = clientUnderTest(world);
  const server = serverOf(session);
  const how = accept === undefined ? 'no Accept' : `Accept ${accept}`;
  const x = await exchange(session, `Read ${path} (${how})`, () => server.request('GET', path, accept === undefined ? {} : { accept }));
  session.reads.push({ path, exchange: x });
  return x;
}

function lastReadOf(world: TestfestWorld, path: string): DmExchange {
  const found = [...clientUnderTest(world).reads].reverse().find((r) => r.path === path);
  if (!found) throw new Error(`step order: ${path} was not read`);
  return found.exchange;
}

When(/^the Server reads (\/[\d/]*) without an Accept option$/, async function (this: TestfestWorld, path: string) {
  await read(this, path);
});

When(/^the Server reads each of these paths (?:with Accept (\d+) \([^)]*\)|without an Accept option):$/, async function (this: TestfestWorld, accept: number | null | undefined, table: DataTable) {
  for (const row of table.hashes()) await read(this, row['path']!, accept == null ? undefined : Number(accept));
});

/** ETS int-215/220/226 precondition "the Server saved the initial values": Inconclusive if it cannot. */
Given(/^the Server has saved the values of (\/[\d/]+)$/, async function (this: TestfestWorld, path: string) {
  const x = await read(this, path);
  if (x.response?.code !== '2.05') throw new InconclusiveError(`precondition not met: reading ${path} to save it gave ${describeOutcome(x)}`);
  try {
    dmState(this).saved.set(path, decodeAnswer('precondition', x.response, parsePath(path), `the Read of ${path}`));
  } catch (e) {
    throw new InconclusiveError(`precondition not met: ${(e as Error).message}`);
  }
});

Then(/^\(([A-Z])\) the Read of (\/[\d/]*) is answered (\d\.\d\d) ([A-Za-z ]+)$/, function (this: TestfestWorld, letter: string, path: string, code: string, codeName: string) {
  const x = lastReadOf(this, path);
  check(criterion(letter, `the Read of ${path} is answered ${code} ${codeName}`), x.response?.code === code, `${code} to ${x.description}`, describeOutcome(x));
});

Then(/^\(([A-Z])\) the Read of (\/[\d/]+) holds (exactly )?these values:$/, function (this: TestfestWorld, letter: string, path: string, exactly: string | null, table: DataTable) {
  const name = criterion(letter, `the Read of ${path} holds ${exactly ?? ''}these values`);
  const x = lastReadOf(this, path);
  if (x.response?.code !== '2.05') throw new CriterionFailed(name, `2.05 Content to ${x.description}`, describeOutcome(x));
  const records = decodeAnswer(name, x.response, parsePath(path), x.description);
  const sources = { configuration: clientUnderTest(this).configuration, saved: allSaved(dmState(this)) };
  const problems = tableProblems(records, table.hashes(), Boolean(exactly), sources);
  check(name, problems.length === 0, problems.join('; '), describeRecords(records));
});

Then(/^\(([A-Z])\) the Read of (\/[\d/]+) holds every provisioned value under it$/, function (this: TestfestWorld, letter: string, path: string) {
  const name = criterion(letter, `the Read of ${path} holds every provisioned value under it`);
  const x = lastReadOf(this, path);
  if (x.response?.code !== '2.05') throw new CriterionFailed(name, `2.05 Content to ${x.description}`, describeOutcome(x));
  const target = parsePath(path);
  const records = decodeAnswer(name, x.response, target, x.description);
  const missing = missingProvisioned(records, provisionedUnder(configurationOf(clientUnderTest(this)), target));
  check(name, missing.length === 0, missing.join('; '), describeRecords(records));
});

/** ETS int-231/232: each level (Object, Instance, Resource, Resource Instance) answered in full. */
Then(/^\(([A-Z])\) every response holds the provisioned values under its path$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'every response holds the provisioned values under its path');
  const session = clientUnderTest(this);
  if (session.reads.length === 0) throw new Error('step order: no Read was sent');
  for (const { path, exchange: x } of session.reads) {
    if (x.response?.code !== '2.05') throw new CriterionFailed(name, `2.05 Content to ${x.description}`, describeOutcome(x));
    const target = parsePath(path);
    const records = decodeAnswer(name, x.response, target, x.description);
    const missing = missingProvisioned(records, provisionedUnder(configurationOf(session), target));
    check(name, missing.length === 0, `${x.description}: ${missing.join('; ')}`, describeRecords(records));
  }
});
