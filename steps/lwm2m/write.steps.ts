/**
 * Write (TS-Core §6.3.3), Create (§6.3.6) and Delete (§6.3.7) as the ETS Device Management and
 * Information Reporting cases send them: Replace (PUT) of single values or of an Object Instance,
 * Partial Update (POST /o/i), in any data format, from a table of values or from the exact bytes the
 * ETS prints (int-215 TLV, int-220 JSON), and restoring what the Server saved beforehand.
 */
import { Given, Then, When, type DataTable } from '@cucumber/cucumber';
import { codecFor } from '../../targets/reference/lwm2m/codecs/registry';
import type { Lwm2mPath, Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { parseLinkFormat } from '../../targets/reference/lwm2m/codecs/link-format';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { isUnder, parsePath, pathDepth } from '../../targets/reference/lwm2m/model/path';
import type { CoapMethod } from '../../targets/reference/transport/coap-udp/types';
import { clientUnderTest, describeOutcome, exchange, serverOf, type DmExchange } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import { dmState } from '../harness/dm-state';
import { parseHexLines } from '../harness/hex-payload';
import { assertResourceName } from '../harness/resource-names';
import { recordsOf, typedValue } from '../harness/typed-values';
import { InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

/** Formats whose payloads a feature writes as hex bytes; the others are text. */
const BINARY_FORMATS = new Set([42, 60, 112, 11542, 11544]);

function encode(records: Lwm2mRecord[], path: Lwm2mPath, cf: number): Buffer {
  const codec = codecFor(cf);
  if (!codec) throw new InconclusiveError(`the suite has no codec for Content-Format ${cf}`);
  return codec.encode(records, path, defaultModel());
}

async function send(world: TestfestWorld, method: CoapMethod, path: string, description: string, cf: number | undefined, payload: Buffer): Promise<DmExchange> {
  const session = clientUnderTest(world);
  const server = serverOf(session);
  return exchange(session, description, () => server.request(method, path, cf === undefined ? { payload } : { contentFormat: cf, payload }));
}

const isWritable = (p: Lwm2mPath) => p.resourceId !== undefined && (defaultModel().resource(p.objectId, p.resourceId)?.operations.includes('W') ?? false);

When(/^the Server writes these values in [A-Za-z ]+ \((\d+)\):$/, async function (this: TestfestWorld, cf: number, table: DataTable) {
  const batch: DmExchange[] = [];
  for (const row of table.hashes()) {
    const path = row['path']!;
    assertResourceName(path, row['resource']);
    const p = parsePath(path);
    const payload = encode([{ path: p, value: typedValue(p, row['value']!) }], p, Number(cf));
    batch.push(await send(this, 'PUT', path, `Write ${path} = ${row['value']} (CF ${cf})`, Number(cf), payload));
  }
  dmState(this).lastBatch = batch;
});

Then(/^\(([A-Z])\) each Write is answered (\d\.\d\d) ([A-Za-z ]+)$/, function (this: TestfestWorld, letter: string, code: string, codeName: string) {
  const batch = dmState(this).lastBatch;
  if (batch.length === 0) throw new Error('step order: no batch of Writes was sent');
  for (const x of batch) check(criterion(letter, `each Write is answered ${code} ${codeName}`), x.response?.code === code, `${code} to ${x.description}`, describeOutcome(x));
});

When(/^the Server writes (".*"|\S+) to (\/[\d/]+) in [A-Za-z ]+ \((\d+)\)$/, async function (this: TestfestWorld, value: string, path: string, cf: number) {
  const p = parsePath(path);
  await send(this, 'PUT', path, `Write ${path} = ${value} (CF ${cf})`, Number(cf), encode([{ path: p, value: typedValue(p, value) }], p, Number(cf)));
});

When(/^the Server writes these values to (\/\d+\/\d+) as a (Partial Update|Replace) in [A-Za-z ]+ \((\d+)\):$/, async function (this: TestfestWorld, path: string, mode: string, cf: number, table: DataTable) {
  const p = parsePath(path);
  const records = recordsOf(table.hashes());
  if (records.some((r) => !isUnder(r.path, p))) throw new Error(`feature error: every path must lie under ${path}`);
  const method = mode === 'Replace' ? 'PUT' : 'POST';
  await send(this, method, path, `${mode} (${method}) ${path} (CF ${cf})`, Number(cf), encode(records, p, Number(cf)));
});

When(/^the Server sends a (Partial Update|Replace) of (\/\d+\/\d+) with this [A-Za-z ]+ \((\d+)\) payload:$/, async function (this: TestfestWorld, mode: string, path: string, cf: number, text: string) {
  const payload = BINARY_FORMATS.has(Number(cf)) ? parseHexLines(text) : Buffer.from(text.trim(), 'utf8');
  const method = mode === 'Replace' ? 'PUT' : 'POST';
  await send(this, method, path, `${mode} (${method}) ${path} (CF ${cf}, ${payload.length} bytes as printed)`, Number(cf), payload);
});

/** Restores what "Given the Server has saved the values of …" read: its writable values, replaced in one PUT. */
When(/^the Server replaces (\/\d+\/\d+) with the saved values in [A-Za-z ]+ \((\d+)\)$/, async function (this: TestfestWorld, path: string, cf: number) {
  const saved = dmState(this).saved.get(path);
  if (!saved) throw new Error(`step order: the values of ${path} were not saved`);
  const p = parsePath(path);
  await send(this, 'PUT', path, `Replace (PUT) ${path} with the saved values (CF ${cf})`, Number(cf), encode(saved.filter((r) => isWritable(r.path)), p, Number(cf)));
});

When(/^the Server creates (\/\d+\/\d+) in [A-Za-z ]+ \((\d+)\) with these values:$/, async function (this: TestfestWorld, instance: string, cf: number, table: DataTable) {
  const p = parsePath(instance);
  const records = recordsOf(table.hashes());
  if (records.some((r) => !isUnder(r.path, p))) throw new Error(`feature error: every path must lie under ${instance}`);
  const object = `/${p.objectId}`;
  await send(this, 'POST', object, `Create ${instance} (POST ${object}, CF ${cf})`, Number(cf), encode(records, { objectId: p.objectId }, Number(cf)));
});

Then(/^\(([A-Z])\) the Create is answered 2\.01 Created with the location (\/\d+\/\d+)$/, function (this: TestfestWorld, letter: string, location: string) {
  const name = criterion(letter, `the Create is answered 2.01 Created with the location ${location}`);
  const x = clientUnderTest(this).lastExchange;
  check(name, x?.response?.code === '2.01', `2.01 to ${x?.description ?? 'the Create'}`, describeOutcome(x));
  const got = '/' + x!.response!.locationPath.join('/');
  check(name, got === location, `Location-Path ${location}`, x!.response!.locationPath.length === 0 ? 'no Location-Path' : `Location-Path ${got}`);
});

When(/^the Server deletes (\/[\d/]+)$/, async function (this: TestfestWorld, path: string) {
  await send(this, 'DELETE', path, `Delete ${path}`, undefined, Buffer.alloc(0));
});

/** A precondition ("No /16/1", ETS int-308): every instance the Client lists under the Object is deleted. */
Given(/^the Object (\/\d+) has no instances$/, async function (this: TestfestWorld, object: string) {
  const session = clientUnderTest(this);
  const server = serverOf(session);
  const x = await exchange(session, `Discover ${object}`, () => server.request('GET', object, { accept: 40 }));
  if (x.response?.code !== '2.05') throw new InconclusiveError(`precondition not met: Discover ${object} gave ${describeOutcome(x)}`);
  const instances = parseLinkFormat(x.response.payload.toString('utf8'))
    .map((l) => parsePath(l.target))
    .filter((p) => pathDepth(p) === 2);
  for (const p of instances) {
    const del = await send(this, 'DELETE', `/${p.objectId}/${p.instanceId}`, `Delete /${p.objectId}/${p.instanceId}`, undefined, Buffer.alloc(0));
    if (del.response?.code !== '2.02') throw new InconclusiveError(`precondition not met: Delete /${p.objectId}/${p.instanceId} gave ${describeOutcome(del)}`);
  }
});
