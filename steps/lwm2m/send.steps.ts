/**
 * Send (TS-Core 1.2 §6.4.6; TS-Transport §6.4.5: the Client POSTs to `/dp`) and Mute Send (/1/x/23),
 * ETS int-306, 307, 311. The Client sends when the operator triggers it (the target's `trigger('send')`;
 * for a real device, the operator's action) and the Server accepts with 2.04 Changed.
 */
import { Then, When, type DataTable } from '@cucumber/cucumber';
import { parseRegistrationLinks } from '../../targets/reference/lwm2m/codecs/registration-links';
import type { Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { clientUnderTest, serverOf, sleep, Waits } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import { describeRecords } from '../harness/expected-values';
import { decodeAnswer } from '../harness/payload-decode';
import { tableProblems } from '../harness/provisioned-records';
import { InconclusiveError } from '../support/verdict';
import { scenarioState, type TestfestWorld } from '../support/world';

/** Send payload formats (TS-Core 1.2 §6.4.6: SenML JSON, SenML CBOR or LwM2M CBOR). */
const SEND_FORMATS = [110, 112, 11544];

interface SendState {
  triggeredAt?: number;
  lastSend?: Lwm2mRecord[];
}

const sendState = (world: TestfestWorld) => scenarioState<SendState>(world, 'lwm2m:send', () => ({}));

When(/^the operator makes the Client send (its data|(?:\/[\d/]+)(?: and \/[\d/]+)*)$/, async function (this: TestfestWorld, what: string) {
  const session = clientUnderTest(this);
  const client = session.client;
  if (!client?.trigger) throw new InconclusiveError('the target offers no operator trigger for a Send (capability operation=trigger-send)');
  const paths = what === 'its data' ? undefined : what.split(' and ');
  sendState(this).triggeredAt = Date.now();
  await client.trigger('send', paths);
});

Then(/^\(([A-Z])\) the Server receives a Send request with values of registered Objects only$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Server receives a Send request with values of registered Objects only');
  const session = clientUnderTest(this);
  const server = serverOf(session);
  const after = sendState(this).triggeredAt ?? 0;
  const req = await server.expectRequest({ method: 'POST', path: '/dp', description: 'Send (POST /dp)' }, this.ms(Waits.prompt), name, after);
  server.respond(req, { code: '2.04' }); // the Server accepts (ETS int-306 "S accepts with 2.04")
  session.lastTaken = req;
  check(name, req.contentFormat !== undefined && SEND_FORMATS.includes(req.contentFormat), 'Content-Format 110 or 112 (SenML JSON/CBOR) or 11544', `Content-Format ${req.contentFormat ?? 'none'}`);
  const records = decodeAnswer(name, { code: '0.02', contentFormat: req.contentFormat, payload: req.payload }, 'composite', 'the Send payload');
  check(name, records.length > 0, 'values in the Send', 'no values');
  const register = session.register;
  if (!register) throw new InconclusiveError('no Register was recorded');
  const registered = new Set(parseRegistrationLinks(register.payload.toString('utf8')).objects.map((o) => o.objectId));
  const foreign = records.filter((r) => !registered.has(r.path.objectId));
  check(name, foreign.length === 0, `values of the registered Objects ${[...registered].map((o) => `/${o}`).join(', ')} only`, describeRecords(foreign));
  sendState(this).lastSend = records;
});

Then(/^\(([A-Z])\) the Send carries exactly these values:$/, function (this: TestfestWorld, letter: string, table: DataTable) {
  const name = criterion(letter, 'the Send carries exactly these values');
  const records = sendState(this).lastSend;
  if (!records) throw new Error('step order: no Send was received');
  const problems = tableProblems(records, table.hashes(), true, { configuration: clientUnderTest(this).configuration });
  check(name, problems.length === 0, problems.join('; '), describeRecords(records));
});

Then(/^\(([A-Z])\) no Send request reaches the Server within (\d+) seconds$/, async function (this: TestfestWorld, letter: string, secs: number) {
  const name = criterion(letter, `no Send request reaches the Server within ${secs} seconds`);
  const after = sendState(this).triggeredAt ?? 0;
  await sleep(Math.max(0, after + this.ms(Number(secs)) - Date.now()));
  const server = serverOf(clientUnderTest(this));
  const sends = server.requestsBetween(after).filter((r) => r.method === 'POST' && r.path === '/dp');
  for (const r of sends) if (!r.response) server.respond(r, { code: '2.04' });
  check(name, sends.length === 0, 'no POST /dp while Mute Send is true', `${sends.length} Send request(s)`);
});
