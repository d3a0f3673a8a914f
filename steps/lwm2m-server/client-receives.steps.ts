/**
 * "The scripted Client receives …": the request the Server under test put on the wire, checked
 * field by field — method, path, Accept / Content-Format / Observe options, query, token, and the
 * payload decoded by its Content-Format (TS-Transport §6.4.4 Table 6.4.4-1).
 */
import { Then } from '@cucumber/cucumber';
import { codecFor } from '../../targets/reference/lwm2m/codecs/registry';
import { isCompositeCodec } from '../../targets/reference/lwm2m/codecs/composite';
import { CodecError, type Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { formatPath, parsePath } from '../../targets/reference/lwm2m/model/path';
import { check, criterion } from '../harness/criteria';
import { contractRecords, describeRecords, parseGherkinValue, sameRecords, type ContractRecord } from '../server-harness/contract-values';
import { pathList } from '../server-harness/path-list';
import type { ReceivedDmRequest } from '../server-harness/scripted-client';
import { scriptedClient, serverSession } from '../server-harness/server-under-test';
import { ServerWaits, sleep } from '../server-harness/wait';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

const describe = (r: ReceivedDmRequest): string =>
  `${r.method} ${r.path}${r.query.length ? `?${r.query.join('&')}` : ''}${r.accept !== undefined ? ` Accept=${r.accept}` : ''}${r.contentFormat !== undefined ? ` CF=${r.contentFormat}` : ''}${r.observe !== undefined ? ` Observe=${r.observe}` : ''}`;

/** The first request with that method and path since the last control API call (or from `fromIndex`). */
async function received(world: TestfestWorld, name: string, method: string, path: string, fromIndex?: number): Promise<ReceivedDmRequest> {
  const session = serverSession(world);
  const since = fromIndex ?? Number(session.memo.get('asked-index') ?? 0);
  const client = await scriptedClient(world);
  const found = await client.nextRequest((r) => r.method === method && r.path === path, world.ms(ServerWaits.prompt), since);
  if (found) return found;
  const others = client.received.slice(since).map(describe);
  throw new CriterionFailed(name, `${method} ${path}`, others.length ? `only ${others.join(', ')}` : 'no request');
}

function decoded(name: string, req: ReceivedDmRequest, cf: number): ContractRecord[] {
  check(name, req.contentFormat === cf, `Content-Format ${cf}`, req.contentFormat === undefined ? 'no Content-Format' : `Content-Format ${req.contentFormat}`);
  const codec = codecFor(cf);
  if (!codec) throw new InconclusiveError(`harness: the suite has no codec for Content-Format ${cf}`);
  let records: Lwm2mRecord[];
  try {
    records = req.pathSegments.length === 0 && isCompositeCodec(codec) ? codec.decodeComposite(req.payload, defaultModel()) : codec.decode(req.payload, parsePath(req.path), defaultModel());
  } catch (e) {
    if (e instanceof CodecError) throw new CriterionFailed(name, `a valid Content-Format ${cf} payload`, `${e.message} (${req.payload.toString('hex')})`);
    throw e;
  }
  return contractRecords(records);
}

Then(/^\(([A-Z])\) the scripted Client receives (GET|PUT|POST|DELETE|FETCH|iPATCH) "([^"]*)"$/, async function (this: TestfestWorld, letter: string, method: string, path: string) {
  await received(this, criterion(letter, `the scripted Client receives ${method} ${path}`), method, path);
});

Then(/^\(([A-Z])\) the scripted Client receives GET "([^"]*)" with (Accept|Observe) (\d+)$/, async function (this: TestfestWorld, letter: string, path: string, option: string, value: number) {
  const name = criterion(letter, `the scripted Client receives GET ${path} with ${option} ${value}`);
  const req = await received(this, name, 'GET', path);
  const got = option === 'Accept' ? req.accept : req.observe;
  check(name, got === Number(value), `${option} ${value}`, got === undefined ? `no ${option}` : `${option} ${got}`);
});

Then(/^\(([A-Z])\) the scripted Client receives GET "([^"]*)" without Accept$/, async function (this: TestfestWorld, letter: string, path: string) {
  const name = criterion(letter, `the scripted Client receives GET ${path} without Accept`);
  const req = await received(this, name, 'GET', path);
  check(name, req.accept === undefined, 'no Accept option (the Client chooses the format)', `Accept ${req.accept}`);
});

Then(/^\(([A-Z])\) the scripted Client receives GET "([^"]*)" with Observe 1 and the observation's token$/, async function (this: TestfestWorld, letter: string, path: string) {
  const name = criterion(letter, `the scripted Client receives GET ${path} with Observe 1 and the token of the observation`);
  const req = await received(this, name, 'GET', path);
  check(name, req.observe === 1, 'Observe 1 (RFC 7641 §3.6)', req.observe === undefined ? 'no Observe' : `Observe ${req.observe}`);
  const client = await scriptedClient(this);
  const tokens = client.observations.all.map((o) => o.token.toString('hex'));
  check(name, tokens.includes(req.message.token.toString('hex')), `a token of an observation (${tokens.join(', ')})`, `token ${req.message.token.toString('hex') || '(empty)'}`);
});

Then(/^\(([A-Z])\) the scripted Client receives (PUT|POST) "([^"]*)" in Content-Format (\d+) carrying "([^"]*)" = (.+)$/, async function (this: TestfestWorld, letter: string, method: string, path: string, cf: number, valuePath: string, value: string) {
  const name = criterion(letter, `the scripted Client receives ${method} ${path} carrying ${valuePath} = ${value}`);
  const req = await received(this, name, method, path);
  const got = decoded(name, req, Number(cf));
  const expected = [{ path: valuePath, value: parseGherkinValue(value) }];
  check(name, sameRecords(got, expected), describeRecords(expected), describeRecords(got));
});

Then(/^\(([A-Z])\) the scripted Client receives (PUT|POST|iPATCH) "([^"]*)" in Content-Format (\d+) carrying exactly those values$/, async function (this: TestfestWorld, letter: string, method: string, path: string, cf: number) {
  const name = criterion(letter, `the scripted Client receives ${method} ${path} in Content-Format ${cf} with exactly the values asked for`);
  const req = await received(this, name, method, path);
  const expected = JSON.parse(serverSession(this).memo.get('written') ?? '[]') as ContractRecord[];
  const got = decoded(name, req, Number(cf));
  check(name, sameRecords(got, expected), describeRecords(expected), describeRecords(got));
});

Then(/^\(([A-Z])\) the scripted Client receives POST "([^"]*)" without payload$/, async function (this: TestfestWorld, letter: string, path: string) {
  const name = criterion(letter, `the scripted Client receives POST ${path} (Execute) without arguments`);
  const req = await received(this, name, 'POST', path);
  check(name, req.payload.length === 0, 'no payload', `${req.payload.length} bytes (${JSON.stringify(req.payload.toString('utf8'))})`);
});

Then(/^\(([A-Z])\) the scripted Client receives PUT "([^"]*)" with exactly the query "([^"]*)" and no payload$/, async function (this: TestfestWorld, letter: string, path: string, query: string) {
  const name = criterion(letter, `the scripted Client receives Write-Attributes PUT ${path}?${query} without payload`);
  const req = await received(this, name, 'PUT', path);
  const expected = query.split('&').sort();
  check(name, JSON.stringify([...req.query].sort()) === JSON.stringify(expected), `Uri-Query ${expected.join('&')}`, `Uri-Query ${req.query.join('&') || '(none)'}`);
  check(name, req.payload.length === 0, 'no payload (TS-Transport Table 6.4.4-1)', `${req.payload.length} payload bytes`);
});

Then(/^\(([A-Z])\) the scripted Client receives FETCH "\/" in Content-Format (\d+) naming exactly (.+)$/, async function (this: TestfestWorld, letter: string, cf: number, list: string) {
  const name = criterion(letter, `the scripted Client receives FETCH / with the path list ${list}`);
  const req = await received(this, name, 'FETCH', '/');
  check(name, req.contentFormat === Number(cf), `Content-Format ${cf}`, `Content-Format ${req.contentFormat}`);
  const codec = codecFor(Number(cf));
  if (!isCompositeCodec(codec)) throw new InconclusiveError(`harness: no composite codec for ${cf}`);
  let paths: string[];
  try {
    paths = codec.decodePathList(req.payload).map(formatPath);
  } catch (e) {
    throw new CriterionFailed(name, 'a valid path list', (e as Error).message);
  }
  const expected = pathList(list);
  check(name, JSON.stringify([...paths].sort()) === JSON.stringify([...expected].sort()), expected.join(', '), paths.join(', ') || '(none)');
});

Then(/^\(([A-Z])\) the scripted Client receives GET "([^"]*)" with Accept (\d+) after its Update$/, async function (this: TestfestWorld, letter: string, path: string, accept: number) {
  const name = criterion(letter, `the scripted Client receives GET ${path} only after its Update`);
  const session = serverSession(this);
  const update = session.last;
  if (!update) throw new InconclusiveError('harness: no Update was sent');
  const req = await received(this, name, 'GET', path);
  check(name, req.at >= update.at, 'the request after the Update', `it arrived ${update.at - req.at} ms before the Update`);
  check(name, req.accept === Number(accept), `Accept ${accept}`, `Accept ${req.accept}`);
});

Then(/^\(([A-Z])\) the scripted Client receives no request within (\d+) seconds$/, async function (this: TestfestWorld, letter: string, seconds: number) {
  const name = criterion(letter, 'the Server under test sends nothing while the Client sleeps');
  const since = Number(serverSession(this).memo.get('asked-index') ?? 0);
  await sleep(this.ms(Number(seconds)));
  const client = await scriptedClient(this);
  const sent = client.received.slice(since);
  check(name, sent.length === 0, 'no request', sent.map(describe).join(', '));
});
