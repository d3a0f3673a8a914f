/**
 * Read-Composite (FETCH) and Write-Composite (iPATCH) on the root (TS-Core 1.2 §6.3.8, §6.3.9;
 * TS-Transport §6.4.4), ETS int-229, 230, 235, 236, 257, 280, 281.
 */
import { Then, When, type DataTable } from '@cucumber/cucumber';
import { isCompositeCodec } from '../../targets/reference/lwm2m/codecs/composite';
import { codecFor } from '../../targets/reference/lwm2m/codecs/registry';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { clientUnderTest, configurationOf, describeOutcome, exchange, serverOf } from '../harness/client-under-test';
import { compositeProblems, pathListBody } from '../harness/composite-check';
import { check, criterion } from '../harness/criteria';
import { allSaved, dmState, type CompositeExchange } from '../harness/dm-state';
import { describeRecords } from '../harness/expected-values';
import { parseHexLines } from '../harness/hex-payload';
import { decodeAnswer } from '../harness/payload-decode';
import { tableProblems } from '../harness/provisioned-records';
import { recordsOf } from '../harness/typed-values';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

function lastComposite(world: TestfestWorld): CompositeExchange {
  const last = dmState(world).lastComposite;
  if (!last) throw new Error('step order: no Read-Composite or Observe-Composite was sent');
  return last;
}

When(/^the Server reads these paths with a Read-Composite in [A-Za-z ]+ \((\d+)\):$/, async function (this: TestfestWorld, cf: number, table: DataTable) {
  const session = clientUnderTest(this);
  const server = serverOf(session);
  const paths = table.hashes().map((r) => r['path']!);
  const payload = pathListBody(paths, Number(cf));
  const x = await exchange(session, `Read-Composite of ${paths.join(', ')} (FETCH /, CF ${cf})`, () =>
    server.request('FETCH', '/', { contentFormat: Number(cf), accept: Number(cf), payload }),
  );
  dmState(this).lastComposite = { kind: 'Read-Composite', paths, exchange: x };
});

Then(/^\(([A-Z])\) the (Read-Composite|Observe-Composite|cancel) is answered 2\.05 Content with Content-Format (\d+)$/, function (this: TestfestWorld, letter: string, kind: string, cf: number) {
  const name = criterion(letter, `the ${kind} is answered 2.05 Content with Content-Format ${cf}`);
  const { exchange: x } = lastComposite(this);
  check(name, x.response?.code === '2.05', `2.05 to ${x.description}`, describeOutcome(x));
  check(name, x.response!.contentFormat === Number(cf), `Content-Format ${cf}`, `Content-Format ${x.response!.contentFormat ?? 'none'}`);
});

Then(/^\(([A-Z])\) the (?:Read-Composite|Observe-Composite|cancel) answer holds the provisioned values of the listed paths and nothing else$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the answer holds the provisioned values of the listed paths and nothing else');
  const { exchange: x, paths } = lastComposite(this);
  if (x.response?.code !== '2.05') throw new CriterionFailed(name, `2.05 Content to ${x.description}`, describeOutcome(x));
  const records = decodeAnswer(name, x.response, 'composite', x.description);
  const problems = compositeProblems(records, paths, configurationOf(clientUnderTest(this)));
  check(name, problems.length === 0, problems.join('; '), describeRecords(records));
});

Then(/^\(([A-Z])\) the (?:Read-Composite|Observe-Composite|cancel) answer holds exactly these values:$/, function (this: TestfestWorld, letter: string, table: DataTable) {
  const name = criterion(letter, 'the answer holds exactly these values');
  const { exchange: x } = lastComposite(this);
  if (x.response?.code !== '2.05') throw new CriterionFailed(name, `2.05 Content to ${x.description}`, describeOutcome(x));
  const records = decodeAnswer(name, x.response, 'composite', x.description);
  const sources = { configuration: clientUnderTest(this).configuration, saved: allSaved(dmState(this)) };
  const problems = tableProblems(records, table.hashes(), true, sources);
  check(name, problems.length === 0, problems.join('; '), describeRecords(records));
});

async function writeComposite(world: TestfestWorld, cf: number, payload: Buffer, description: string) {
  const session = clientUnderTest(world);
  const server = serverOf(session);
  await exchange(session, description, () => server.request('iPATCH', '/', { contentFormat: cf, payload }));
}

When(/^the Server writes these values with a Write-Composite in [A-Za-z ]+ \((\d+)\):$/, async function (this: TestfestWorld, cf: number, table: DataTable) {
  const codec = codecFor(Number(cf));
  if (!isCompositeCodec(codec)) throw new InconclusiveError(`the suite has no composite codec for Content-Format ${cf}`);
  const records = recordsOf(table.hashes());
  await writeComposite(this, Number(cf), codec.encodeComposite(records, defaultModel()), `Write-Composite (iPATCH /, CF ${cf}) ${describeRecords(records)}`);
});

When(/^the Server sends a Write-Composite with this [A-Za-z ]+ \((\d+)\) payload:$/, async function (this: TestfestWorld, cf: number, text: string) {
  const binary = Number(cf) === 112 || Number(cf) === 11544;
  const payload = binary ? parseHexLines(text) : Buffer.from(text.trim(), 'utf8');
  await writeComposite(this, Number(cf), payload, `Write-Composite (iPATCH /, CF ${cf}, ${payload.length} bytes as printed)`);
});
