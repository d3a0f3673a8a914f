/**
 * Device Management requests the suite's server sends to the client under test (TS-Core §6.3,
 * TS-Transport §6.4.4), and the criteria of the "basic information" cases (ETS int-201, int-203).
 * Resource names in the step text are checked against the DDF model, so a feature cannot name a
 * resource that the path does not address.
 */
import { Then, When, type DataTable } from '@cucumber/cucumber';
import { readTlvs } from '../../targets/reference/lwm2m/codecs/tlv-frame';
import type { Lwm2mPath, Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { formatPath, parsePath } from '../../targets/reference/lwm2m/model/path';
import { clientUnderTest, configurationOf, describeOutcome, exchange, serverOf, type DmExchange } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import { decodeAnswer } from '../harness/payload-decode';
import { describeProvisioned, isInstanceMap, requireProvisioned, sameAsProvisioned } from '../harness/provisioned';
import { CriterionFailed } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

/** `/1/0/1` named "Lifetime" in the step: the DDF must agree, or the feature itself is wrong. */
function resourcePath(path: string, name?: string): Lwm2mPath {
  const p = parsePath(path);
  if (name !== undefined) {
    const def = p.resourceId === undefined ? undefined : defaultModel().resource(p.objectId, p.resourceId);
    if (def?.name.toLowerCase() !== name.toLowerCase()) throw new Error(`feature error: ${path} is "${def?.name ?? 'not a resource'}", not "${name}"`);
  }
  return p;
}

When(/^the Server writes (\S+) to the ([A-Za-z -]+) Resource (\/[\d/]+) in plain text$/, async function (this: TestfestWorld, value: string, name: string, path: string) {
  resourcePath(path, name);
  const session = clientUnderTest(this);
  const server = serverOf(session);
  await exchange(session, `Write ${path} = ${value}`, () => server.request('PUT', path, { contentFormat: 0, payload: Buffer.from(value, 'utf8') }));
});

When(/^the Server executes the ([A-Za-z -]+) Resource (\/[\d/]+)$/, async function (this: TestfestWorld, name: string, path: string) {
  resourcePath(path, name);
  const session = clientUnderTest(this);
  const server = serverOf(session);
  await exchange(session, `Execute ${path}`, () => server.request('POST', path));
});

Then(/^\(([A-Z])\) the Server receives (\d\.\d\d) ([A-Za-z ]+)$/, function (this: TestfestWorld, letter: string, code: string, codeName: string) {
  const last = clientUnderTest(this).lastExchange;
  check(criterion(letter, `the Server receives ${code} ${codeName}`), last?.response?.code === code, `${code} to ${last?.description ?? 'the request'}`, describeOutcome(last));
});

When(/^the Server reads each of these Resources with Accept (\d+) \([^)]*\):$/, async function (this: TestfestWorld, accept: number, table: DataTable) {
  const session = clientUnderTest(this);
  const server = serverOf(session);
  for (const row of table.hashes()) {
    const path = row['path']!;
    resourcePath(path, row['resource']);
    const x = await exchange(session, `Read ${path} (Accept ${accept})`, () => server.request('GET', path, { accept: Number(accept) }));
    session.reads.push({ path, exchange: x });
  }
});

When(/^the Server reads (\/[\d/]+) with Accept (\d+) \([^)]*\)$/, async function (this: TestfestWorld, path: string, accept: number) {
  const session = clientUnderTest(this);
  const server = serverOf(session);
  const x = await exchange(session, `Read ${path} (Accept ${accept})`, () => server.request('GET', path, { accept: Number(accept) }));
  session.reads.push({ path, exchange: x });
});

Then(/^\(([A-Z])\) every Read is answered 2\.05 Content$/, function (this: TestfestWorld, letter: string) {
  for (const { exchange: x } of reads(this)) {
    check(criterion(letter, 'every Read is answered 2.05 Content'), x.response?.code === '2.05', `2.05 to ${x.description}`, describeOutcome(x));
  }
});

Then(/^\(([A-Z])\) every response has Content-Format (\d+) \([^)]*\)$/, function (this: TestfestWorld, letter: string, cf: number) {
  for (const { exchange: x } of reads(this)) {
    const actual = x.response?.contentFormat;
    check(criterion(letter, `every response has Content-Format ${cf}`), actual === Number(cf), `Content-Format ${cf} in the answer to ${x.description}`, actual === undefined ? 'no Content-Format' : `Content-Format ${actual}`);
  }
});

Then(/^\(([A-Z])\) every value equals the provisioned value$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'every value equals the provisioned value');
  const config = configurationOf(clientUnderTest(this));
  for (const { path, exchange: x } of reads(this)) {
    const p = parsePath(path);
    const expected = requireProvisioned(config, p);
    const records = decode(name, x, p);
    const value = records.length === 1 ? records[0]!.value : undefined;
    check(name, value !== undefined && !isInstanceMap(expected) && sameAsProvisioned(value, expected), `${path} = ${describeProvisioned(expected)}`, `"${x.response!.payload.toString('utf8')}"`);
  }
});

Then(/^\(([A-Z])\) the Read is answered 2\.05 Content with Content-Format (\d+)$/, function (this: TestfestWorld, letter: string, cf: number) {
  const name = criterion(letter, `the Read is answered 2.05 Content with Content-Format ${cf}`);
  const x = lastRead(this).exchange;
  check(name, x.response?.code === '2.05', `2.05 to ${x.description}`, describeOutcome(x));
  check(name, x.response?.contentFormat === Number(cf), `Content-Format ${cf}`, `Content-Format ${x.response?.contentFormat ?? 'none'}`);
});

/**
 * ETS int-203 steps 2–3: an Object Instance TLV (bits 7-6 = 00) wrapping Resource TLVs (11, or 10
 * for the Multiple Resource /3/0/11). TS-Core §7.4.3 lets a client leave out the Object Instance TLV
 * when the request names the instance (Leshan and Wakaama do), so bare Resource TLVs are accepted too.
 */
Then(/^\(([A-Z])\) the payload is an Object Instance TLV for instance (\d+) holding Resource TLVs$/, function (this: TestfestWorld, letter: string, instance: number) {
  const name = criterion(letter, `the payload is an Object Instance TLV for instance ${instance} holding Resource TLVs`);
  const payload = lastRead(this).exchange.response?.payload ?? Buffer.alloc(0);
  let top;
  try {
    top = readTlvs(payload);
  } catch (e) {
    throw new CriterionFailed(name, 'well-formed TLV', (e as Error).message);
  }
  const wrapped = top.length === 1 && top[0]!.kind === 'Object Instance';
  if (wrapped) check(name, top[0]!.id === Number(instance), `Object Instance TLV id ${instance}`, `id ${top[0]!.id}`);
  const resources = wrapped ? readTlvs(top[0]!.value) : top;
  const wrong = resources.filter((e) => e.kind !== 'Resource with Value' && e.kind !== 'Multiple Resource');
  check(name, resources.length > 0 && wrong.length === 0, 'Resource TLVs (bits 7-6 = 11 or 10)', wrong.length ? wrong.map((e) => `${e.kind} ${e.id}`).join(', ') : 'no TLV');
});

Then(/^\(([A-Z])\) the payload holds these Resources with their provisioned values:$/, function (this: TestfestWorld, letter: string, table: DataTable) {
  const name = criterion(letter, 'the payload holds these Resources with their provisioned values');
  const read = lastRead(this);
  const instancePath = parsePath(read.path);
  const records = decode(name, read.exchange, instancePath);
  const config = configurationOf(clientUnderTest(this));
  for (const row of table.hashes()) {
    const resourceId = Number(row['resource']);
    const path = resourcePath(formatPath({ ...instancePath, resourceId }), row['name']);
    const expected = requireProvisioned(config, path);
    const found = records.filter((r) => r.path.resourceId === resourceId);
    const actual = found.length === 0 ? 'absent' : found.map((r) => `${formatPath(r.path)}=${JSON.stringify(r.value)}`).join(', ');
    const ok = isInstanceMap(expected)
      ? Object.entries(expected).every(([ri, v]) => found.some((r) => r.path.resourceInstanceId === Number(ri) && sameAsProvisioned(r.value, v))) &&
        found.length === Object.keys(expected).length
      : found.length === 1 && sameAsProvisioned(found[0]!.value, expected);
    check(name, ok, `${formatPath(path)} = ${describeProvisioned(expected)}`, actual);
  }
});

function reads(world: TestfestWorld) {
  const all = clientUnderTest(world).reads;
  if (all.length === 0) throw new Error('step order: no Read was sent');
  return all;
}

function lastRead(world: TestfestWorld) {
  return reads(world)[reads(world).length - 1]!;
}

/** Decodes a Read response in its own Content-Format; undecodable content fails the criterion with the codec's reason. */
function decode(name: string, x: DmExchange, path: Lwm2mPath): Lwm2mRecord[] {
  if (!x.response) throw new CriterionFailed(name, `an answer to ${x.description}`, describeOutcome(x));
  return decodeAnswer(name, x.response, path, x.description);
}
