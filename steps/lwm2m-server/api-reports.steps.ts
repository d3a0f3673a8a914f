/**
 * "The control API reports …": what the Server under test made of the Client's answer — the CoAP
 * code, the Content-Format, and the content it decoded (ETS int-237: whatever format the Client
 * chose), compared with what the scripted Client holds.
 */
import { Then } from '@cucumber/cucumber';
import { parseLinkFormat, type Link } from '../../targets/reference/lwm2m/codecs/link-format';
import { parsePath } from '../../targets/reference/lwm2m/model/path';
import { check, criterion } from '../harness/criteria';
import type { ApiResponse } from '../server-harness/control-api';
import { contractRecords, describeRecords, parseGherkinValue, sameRecords, type ContractRecord } from '../server-harness/contract-values';
import { pathList } from '../server-harness/path-list';
import { scriptedClient, serverSession } from '../server-harness/server-under-test';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

// control API bodies are JSON: loosely typed on purpose
type Body = Record<string, any>;

/** The last control API answer as a DM result: HTTP 200 with a `code`. */
export function apiResult(world: TestfestWorld, name: string): Body {
  const last: ApiResponse | undefined = serverSession(world).lastApi;
  if (!last) throw new InconclusiveError(`${name}: the control API was not asked anything`);
  if (last.status !== 200) throw new CriterionFailed(name, 'HTTP 200 with the operation result', `HTTP ${last.status} ${JSON.stringify(last.body?.error ?? last.body)}`);
  return last.body as Body;
}

function checkCode(name: string, body: Body, code: string, codeName: string): void {
  check(name, body['code'] === code, `${code} ${codeName}`, `${body['code']}${body['payload'] ? ` (${Buffer.from(String(body['payload']), 'base64').toString('utf8').slice(0, 120)})` : ''}`);
}

function decodedRecords(name: string, body: Body): ContractRecord[] {
  if (!Array.isArray(body['records'])) throw new CriterionFailed(name, 'decoded records', body['decodeError'] ? `not decoded: ${body['decodeError']}` : 'no records in the result');
  return body['records'] as ContractRecord[];
}

Then(/^\(([A-Z])\) the control API reports (\d\.\d\d) ([A-Za-z ]+)$/, function (this: TestfestWorld, letter: string, code: string, codeName: string) {
  const name = criterion(letter, `the Server under test reports ${code} ${codeName}`);
  checkCode(name, apiResult(this, name), code, codeName);
});

async function checkValues(world: TestfestWorld, letter: string, code: string, codeName: string, cf: number | undefined, list: string): Promise<void> {
  const paths = pathList(list);
  const name = criterion(letter, `the Server under test reports ${code} ${codeName}${cf !== undefined ? ` in Content-Format ${cf}` : ''} decoded to the values under ${paths.join(', ')}`);
  const body = apiResult(world, name);
  checkCode(name, body, code, codeName);
  if (cf !== undefined) check(name, body['contentFormat'] === cf, `Content-Format ${cf}`, `Content-Format ${body['contentFormat']}`);
  const client = await scriptedClient(world);
  const expected = contractRecords(paths.flatMap((p) => client.objects.read(parsePath(p))));
  const got = decodedRecords(name, body);
  check(name, sameRecords(got, expected), describeRecords(expected), describeRecords(got));
}

Then(/^\(([A-Z])\) the control API reports (\d\.\d\d) ([A-Za-z ]+?) in Content-Format (\d+) with the values the Client holds under (.+)$/, function (this: TestfestWorld, letter: string, code: string, codeName: string, cf: number, list: string) {
  return checkValues(this, letter, code, codeName, Number(cf), list);
});

Then(/^\(([A-Z])\) the control API reports (\d\.\d\d) ([A-Za-z ]+?) with the values the Client holds under (.+)$/, function (this: TestfestWorld, letter: string, code: string, codeName: string, list: string) {
  return checkValues(this, letter, code, codeName, undefined, list);
});

Then(/^\(([A-Z])\) the control API reports 2\.05 Content in Content-Format (\d+) with the value (.+) for "([^"]*)"$/, function (this: TestfestWorld, letter: string, cf: number, value: string, path: string) {
  const name = criterion(letter, `the Server under test reads back ${path} = ${value}`);
  const body = apiResult(this, name);
  checkCode(name, body, '2.05', 'Content');
  check(name, body['contentFormat'] === Number(cf), `Content-Format ${cf}`, `Content-Format ${body['contentFormat']}`);
  const expected = [{ path, value: parseGherkinValue(value) }];
  const got = decodedRecords(name, body);
  check(name, sameRecords(got, expected), describeRecords(expected), describeRecords(got));
});

const linkText = (l: Link): string => `<${l.target}>${Object.entries(l.params).map(([k, v]) => (v === true ? `;${k}` : `;${k}=${v}`)).join('')}`;

Then(/^\(([A-Z])\) the control API reports 2\.05 Content with the links the Client sent, including "([^"]*)"$/, async function (this: TestfestWorld, letter: string, link: string) {
  const name = criterion(letter, `the Server under test reports the Discover links, ${link} among them`);
  const body = apiResult(this, name);
  checkCode(name, body, '2.05', 'Content');
  if (!Array.isArray(body['links'])) throw new CriterionFailed(name, 'decoded links', body['decodeError'] ?? 'no links in the result');
  const got = (body['links'] as Link[]).map(linkText);
  const client = await scriptedClient(this);
  const answer = [...client.received].reverse().find((r) => r.accept === 40 && r.response.payload);
  if (!answer?.response.payload) throw new InconclusiveError('harness: the scripted Client answered no Discover');
  const sent = parseLinkFormat(answer.response.payload.toString('utf8')).map(linkText);
  check(name, JSON.stringify(got) === JSON.stringify(sent), sent.join(','), got.join(','));
  check(name, got.includes(link), `a link ${link}`, got.join(','));
});

Then(/^\(([A-Z])\) the control API reports 2\.05 Content with an observation of (.+)$/, function (this: TestfestWorld, letter: string, list: string) {
  const name = criterion(letter, `the Server under test reports an established observation of ${list}`);
  const body = apiResult(this, name);
  checkCode(name, body, '2.05', 'Content');
  check(name, typeof body['observationId'] === 'string' && body['observationId'] !== '', 'an observationId', JSON.stringify(body['observationId']));
  check(name, Array.isArray(body['records']), 'the decoded first value', body['decodeError'] ?? 'no records');
  const expected = pathList(list);
  const covered = expected.filter((p) => (body['records'] as ContractRecord[]).some((r) => r.path === p || r.path.startsWith(`${p}/`)));
  check(name, covered.length === expected.length, `values of ${expected.join(', ')}`, describeRecords(body['records'] as ContractRecord[]));
});
