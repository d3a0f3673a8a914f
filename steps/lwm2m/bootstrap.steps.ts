/**
 * The Bootstrap Interface cases (ETS §6.1, int-0..12; TS-Core §6.1, TS-Transport §6.4.2): the suite
 * plays the Bootstrap-Server at message level — it answers the Client's Bootstrap-Request and sends
 * Bootstrap-Write/Read/Delete/Discover/Finish — and judges every answer by its ETS criterion.
 */
import { Given, Then, When, type DataTable } from '@cucumber/cucumber';
import { isCompositeCodec } from '../../targets/reference/lwm2m/codecs/composite';
import { parseLinkFormat } from '../../targets/reference/lwm2m/codecs/link-format';
import { codecFor } from '../../targets/reference/lwm2m/codecs/registry';
import type { Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { formatPath, parsePath } from '../../targets/reference/lwm2m/model/path';
import { clientUnderTest, serverOf, sleep, Waits } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import { decodeAnswer } from '../harness/payload-decode';
import { describeRequest } from '../harness/request-match';
import { expectedVersion } from '../harness/scenario-transport';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';
import { BOOTSTRAP_AFTER_FAILED_REGISTER_S, bootstrapServerOf, bootstrapState, bootstrapWrite, recordsOf, serverAccountOf, startBootstrapServer } from './bootstrap-harness';
import { describeValues, sameValue, typedValue } from './bootstrap-values';

/** TS-Core §6.1.7.1 (BS-02): the Content-Formats a client may prefer with `pct`. */
const BOOTSTRAP_FORMATS = ['11542', '110', '112', '11544'];

Given("the suite's Bootstrap-Server is ready", async function (this: TestfestWorld) {
  await startBootstrapServer(this);
});

When(/^the Bootstrap-Server writes the Server Account of configuration (C\.\d+) to \/0( and|, \/21 and) \/1$/, async function (this: TestfestWorld, config: string, oscore: string) {
  const account = serverAccountOf(config, serverOf(clientUnderTest(this)).account);
  // 1.2-int-11: /0, then the OSCORE Object instance /0/x/17 links, then /1.
  const objects = oscore.includes('/21') ? [0, 21, 1] : [0, 1];
  if (objects.includes(21) && !account.some((i) => i.objectId === 21)) throw new Error('feature error: the Server is not reached with OSCORE, so the account has no /21 instance to write');
  for (const objectId of objects) {
    const records = recordsOf(account.filter((i) => i.objectId === objectId));
    await bootstrapWrite(this, { objectId }, `/${objectId}`, records);
  }
});

When(/^the Bootstrap-Server writes (\d+) to the ([A-Za-z -]+) Resource (\/\d+\/\d+\/\d+)$/, async function (this: TestfestWorld, value: number, name: string, pathText: string) {
  const path = parsePath(pathText);
  const def = defaultModel().resource(path.objectId, path.resourceId!);
  if (def?.name.toLowerCase() !== name.toLowerCase()) throw new Error(`feature error: ${pathText} is "${def?.name ?? 'not a resource'}", not "${name}"`);
  await bootstrapWrite(this, path, pathText, [{ path, value: Number(value) }]);
});

When(/^the Bootstrap-Server writes (\/\d+\/\d+) with these values:$/, async function (this: TestfestWorld, instance: string, table: DataTable) {
  const records: Lwm2mRecord[] = table.hashes().map((row) => ({ path: parsePath(row['path']!), value: typedValue(row['path']!, row['value']!) }));
  await bootstrapWrite(this, parsePath(instance), instance, records);
});

When(/^the Bootstrap-Server discovers \/$/, async function (this: TestfestWorld) {
  await bootstrapServerOf(this).operate('Bootstrap-Discover /', { method: 'GET', path: '/', accept: 40 });
});

When(/^the Bootstrap-Server reads (\/\d+)$/, async function (this: TestfestWorld, path: string) {
  await bootstrapServerOf(this).operate(`Bootstrap-Read ${path}`, { method: 'GET', path, accept: 11542 });
});

When(/^the Bootstrap-Server deletes (\/[\d/]*)$/, async function (this: TestfestWorld, path: string) {
  await bootstrapServerOf(this).operate(`Bootstrap-Delete ${path}`, { method: 'DELETE', path });
});

When('the Bootstrap-Server sends Bootstrap-Finish', async function (this: TestfestWorld) {
  await bootstrapServerOf(this).operate('Bootstrap-Finish', { method: 'POST', path: '/bs' });
});

/**
 * ETS int-0 criterion 1: the Bootstrap-Request `POST /bs?ep=` reaches the Bootstrap-Server and the
 * Client takes its 2.04 (no retransmission). Waits long enough for a client that first gave up on a
 * server that does not answer (int-7).
 */
Then(/^\(([A-Z])\) the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2\.04 Changed$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2.04 Changed');
  const session = clientUnderTest(this);
  const bs = bootstrapServerOf(this);
  const req = await bs.expectRequest({ method: 'POST', path: '/bs', description: 'Bootstrap-Request (POST /bs)' }, this.ms(BOOTSTRAP_AFTER_FAILED_REGISTER_S), name);
  const ep = req.query.find((q) => q.startsWith('ep='))?.slice(3);
  check(name, ep === session.endpoint, `ep=${session.endpoint}`, ep === undefined ? `no ep in ${describeRequest(req)}` : `ep=${ep}`);
  const pct = req.query.find((q) => q.startsWith('pct='))?.slice(4);
  check(name, pct === undefined || BOOTSTRAP_FORMATS.includes(pct), `no pct or one of ${BOOTSTRAP_FORMATS.join(', ')} (TS-Core §6.1.7.1)`, `pct=${pct}`);
  check(name, req.response?.code === '2.04', '2.04 Changed', req.response?.code ?? 'no answer');
  await sleep(Math.max(0, req.at + this.ms(Waits.retransmission) - Date.now()));
  const again = bs.retransmissionsOf(req);
  check(name, again === 0, 'the Client took the 2.04 (no retransmission)', `${again} retransmission(s)`);
});

/** TS-Core 1.2 §6.1.7.7: `GET /bspack?ep=` answered 2.05 with the pack (ETS int-12 prints 2.04: defect). */
Then(/^\(([A-Z])\) the Bootstrap-Server receives a Bootstrap-Pack-Request with the Endpoint Client Name and answers 2\.05 Content$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Bootstrap-Server receives a Bootstrap-Pack-Request with the Endpoint Client Name and answers 2.05 Content');
  const req = await bootstrapServerOf(this).expectRequest({ method: 'GET', path: '/bspack', description: 'Bootstrap-Pack-Request (GET /bspack)' }, this.ms(Waits.register), name);
  const ep = req.query.find((q) => q.startsWith('ep='))?.slice(3);
  check(name, ep === clientUnderTest(this).endpoint, `ep=${clientUnderTest(this).endpoint}`, ep === undefined ? 'no ep' : `ep=${ep}`);
  check(name, req.response?.code === '2.05', '2.05 Content with the pack', req.response?.code ?? 'no answer');
});

Given(/^the Bootstrap-Server holds the Server Account of configuration (C\.\d+) as a Bootstrap-Pack$/, async function (this: TestfestWorld, config: string) {
  const codec = codecFor(112);
  if (!isCompositeCodec(codec)) throw new InconclusiveError('harness: no SenML CBOR codec to build the Bootstrap-Pack');
  const world = this;
  (await startBootstrapServer(world)).servePack(() => {
    const records = recordsOf(serverAccountOf(config, serverOf(clientUnderTest(world)).account));
    bootstrapState(world).written.push(...records);
    return { contentFormat: 112, payload: codec.encodeComposite(records, defaultModel()) };
  });
});

Then(/^\(([A-Z])\) every Bootstrap-(Write|Delete) is answered (\d\.\d\d) ([A-Za-z ]+)$/, function (this: TestfestWorld, letter: string, kind: string, code: string, codeName: string) {
  const name = criterion(letter, `every Bootstrap-${kind} is answered ${code} ${codeName}`);
  const state = bootstrapState(this);
  const fresh = bootstrapServerOf(this).exchanges.slice(state.judged).filter((x) => x.operation.startsWith(`Bootstrap-${kind}`));
  if (fresh.length === 0) throw new Error(`step order: no Bootstrap-${kind} was sent`);
  for (const x of fresh) check(name, x.response?.code === code, `${code} to ${x.operation}`, x.response?.code ?? `no answer (${x.error?.message})`);
  state.judged = bootstrapServerOf(this).exchanges.length;
});

Then(/^\(([A-Z])\) the Bootstrap-Server receives (\d\.\d\d) ([A-Za-z ]+)$/, function (this: TestfestWorld, letter: string, code: string, codeName: string) {
  const x = bootstrapServerOf(this).exchanges.at(-1);
  if (!x) throw new Error('step order: the Bootstrap-Server sent nothing');
  check(criterion(letter, `the Bootstrap-Server receives ${code} ${codeName}`), x.response?.code === code, `${code} to ${x.operation}`, x.response?.code ?? `no answer (${x.error?.message})`);
});

/** The last Bootstrap-Discover, parsed; the ETS 1.0 form `lwm2m="1.0",</0/0>…` (no link) is accepted too. */
function lastDiscover(world: TestfestWorld, name: string): { version?: string; links: Array<{ target: string; params: Record<string, string | true> }> } {
  const x = [...bootstrapServerOf(world).exchanges].reverse().find((e) => e.operation === 'Bootstrap-Discover /');
  if (!x) throw new Error('step order: no Bootstrap-Discover was sent');
  if (x.response?.code !== '2.05') throw new CriterionFailed(name, '2.05 Content to Bootstrap-Discover /', x.response?.code ?? `no answer (${x.error?.message})`);
  check(name, x.response.contentFormat === 40, 'Content-Format 40 (link format)', `Content-Format ${x.response.contentFormat ?? 'none'}`);
  let text = x.response.payload.toString('utf8');
  let version: string | undefined;
  const bare = /^\s*lwm2m="?([\d.]+)"?\s*,?/.exec(text);
  if (bare) {
    version = bare[1];
    text = text.slice(bare[0].length);
  }
  try {
    const links = parseLinkFormat(text);
    const root = links.find((l) => l.target === '/' && l.params['lwm2m'] !== undefined);
    if (root) version = String(root.params['lwm2m']);
    return { version, links: links.filter((l) => l !== root) };
  } catch (e) {
    throw new CriterionFailed(name, 'a CoRE Link Format payload', `${x.response.payload.toString('utf8')} (${(e as Error).message})`);
  }
}

Then(/^\(([A-Z])\) the Bootstrap-Discover answer lists the enabler version (\d\.\d) and these links:$/, function (this: TestfestWorld, letter: string, version: string, table: DataTable) {
  version = expectedVersion(this, version);
  const name = criterion(letter, `the Bootstrap-Discover answer lists lwm2m="${version}" and the expected links`);
  const { version: actual, links } = lastDiscover(this, name);
  check(name, actual === version, `lwm2m="${version}"`, actual === undefined ? 'no lwm2m version' : `lwm2m="${actual}"`);
  const shown = links.map((l) => `<${l.target}>${Object.entries(l.params).map(([k, v]) => (v === true ? `;${k}` : `;${k}=${v}`)).join('')}`).join(',');
  for (const row of table.hashes()) {
    const link = links.find((l) => l.target === row['link']);
    check(name, link !== undefined, `<${row['link']}> listed`, shown);
    const ssid = row['ssid'];
    if (ssid === 'none') check(name, link!.params['ssid'] === undefined, `<${row['link']}> without ssid (the Bootstrap-Server Account)`, shown);
    else if (ssid) check(name, link!.params['ssid'] === ssid, `<${row['link']}>;ssid=${ssid}`, shown);
  }
});

Then(/^\(([A-Z])\) the Bootstrap-Discover answer lists no Object Instance of (\/\d+)$/, function (this: TestfestWorld, letter: string, object: string) {
  const name = criterion(letter, `the Bootstrap-Discover answer lists no Object Instance of ${object}`);
  const instances = lastDiscover(this, name).links.filter((l) => l.target.startsWith(`${object}/`));
  check(name, instances.length === 0, `no <${object}/i>`, instances.map((l) => `<${l.target}>`).join(','));
});

function lastRead(world: TestfestWorld, object: string, name: string): Lwm2mRecord[] | undefined {
  const x = [...bootstrapServerOf(world).exchanges].reverse().find((e) => e.operation === `Bootstrap-Read ${object}`);
  if (!x) throw new Error(`step order: ${object} was not read`);
  if (x.response?.code === '4.04') return undefined;
  if (x.response?.code !== '2.05') throw new CriterionFailed(name, `2.05 Content to Bootstrap-Read ${object}`, x.response?.code ?? `no answer (${x.error?.message})`);
  // An empty 2.05 holds no instance in any format (over HTTP it comes without a Content-Type, RFC 9110 §8.3).
  if (x.response.payload.length === 0) return [];
  return decodeAnswer(name, x.response, parsePath(object), `the Bootstrap-Read of ${object}`);
}

Then(/^\(([A-Z])\) the Bootstrap-Read of (\/\d+) is answered 2\.05 Content with the values written$/, function (this: TestfestWorld, letter: string, object: string) {
  const name = criterion(letter, `the Bootstrap-Read of ${object} is answered 2.05 Content with the values written`);
  const records = lastRead(this, object, name);
  if (!records) throw new CriterionFailed(name, `2.05 Content to Bootstrap-Read ${object}`, '4.04');
  const objectId = parsePath(object).objectId;
  const written = bootstrapState(this).written.filter((r) => r.path.objectId === objectId);
  for (const w of written) {
    const got = records.find((r) => formatPath(r.path) === formatPath(w.path));
    check(name, got !== undefined && sameValue(got.value, w.value), `${formatPath(w.path)} = ${describeValues([w])}`, describeValues(records));
  }
});

Then(/^\(([A-Z])\) the Bootstrap-Read of (\/\d+) shows no Object Instance$/, function (this: TestfestWorld, letter: string, object: string) {
  const name = criterion(letter, `the Bootstrap-Read of ${object} shows no Object Instance`);
  const records = lastRead(this, object, name) ?? [];
  check(name, records.length === 0, `no instance of ${object} (2.05 empty or 4.04)`, describeValues(records));
});
