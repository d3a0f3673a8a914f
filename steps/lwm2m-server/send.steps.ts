/**
 * Send (TS-Core §6.4.4): the scripted Client posts composite data to /dp; the Server under test
 * answers and keeps it.
 */
import { Then, When, type DataTable } from '@cucumber/cucumber';
import { codecFor } from '../../targets/reference/lwm2m/codecs/registry';
import { isCompositeCodec } from '../../targets/reference/lwm2m/codecs/composite';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { check, criterion } from '../harness/criteria';
import { describeRecords, lwm2mRecords, sameRecords, type ContractRecord } from '../server-harness/contract-values';
import { clientPath, exchange, scriptedClient, secondClient, serverSession, startedServer } from '../server-harness/server-under-test';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';
import { tableRecords } from '../server-harness/tables';

function payload(records: ContractRecord[], cf: number): Buffer {
  const codec = codecFor(cf);
  if (!isCompositeCodec(codec)) throw new InconclusiveError(`harness: no composite codec for Content-Format ${cf}`);
  return codec.encodeComposite(lwm2mRecords(records), defaultModel());
}

When(/^the scripted Client sends to \/dp in Content-Format (\d+):$/, async function (this: TestfestWorld, cf: number, table: DataTable) {
  const session = serverSession(this);
  const records = tableRecords(table);
  session.memo.set('sent', JSON.stringify(records));
  const client = await scriptedClient(this);
  await exchange(session, 'Send', () => client.send(payload(records, Number(cf)), Number(cf)));
});

When(/^a second scripted Client that never registered sends to \/dp in Content-Format (\d+):$/, async function (this: TestfestWorld, cf: number, table: DataTable) {
  const session = await startedServer(this);
  const stranger = await secondClient(this, `${session.endpointName}-stranger`);
  await exchange(session, 'Send from an unregistered Client', () => stranger.send(payload(tableRecords(table), Number(cf)), Number(cf)));
});

async function sends(world: TestfestWorld): Promise<ContractRecord[][]> {
  const session = await startedServer(world);
  const { status, body } = await session.api.get(clientPath(session, 'sends'));
  if (status === 404) return [];
  if (status !== 200 || !Array.isArray(body)) throw new InconclusiveError(`GET sends answered ${status}: ${JSON.stringify(body)}`);
  return (body as Array<{ records: ContractRecord[] }>).map((s) => s.records);
}

Then(/^\(([A-Z])\) the control API lists a Send with exactly those values$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Server under test keeps the values of the Send');
  const expected = JSON.parse(serverSession(this).memo.get('sent') ?? '[]') as ContractRecord[];
  const got = await sends(this);
  if (got.length === 0) throw new CriterionFailed(name, describeRecords(expected), 'no Send listed');
  const last = got[got.length - 1]!;
  check(name, sameRecords(last, expected), describeRecords(expected), describeRecords(last));
});

Then(/^\(([A-Z])\) the control API lists no Send for the Client$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Server under test keeps nothing from the refused Send');
  const got = await sends(this);
  check(name, got.length === 0, 'no Send', got.map(describeRecords).join('; '));
});
