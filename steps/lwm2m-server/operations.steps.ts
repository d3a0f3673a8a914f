/**
 * "The control API asks the Server under test to …": each DM / Information Reporting operation as
 * one call of the control API (docs/server-control-api.md "Operations"). The answer, whatever its
 * status, is kept for the criteria; the time of the call bounds which Client requests count.
 */
import { When, type DataTable } from '@cucumber/cucumber';
import { clientPath, serverSession, startedServer } from '../server-harness/server-under-test';
import { parseGherkinValue } from '../server-harness/contract-values';
import { tableRecords } from '../server-harness/tables';
import { pathList } from '../server-harness/path-list';
import { InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

async function ask(world: TestfestWorld, operation: string, body: Record<string, unknown>): Promise<void> {
  const session = await startedServer(world);
  // Which of the scripted Client's requests came after this call (an index: times can tie).
  session.memo.set('asked-index', String(session.client?.received.length ?? 0));
  session.lastApi = await session.api.post(clientPath(session, operation), body, world.ms(120) + 5000);
  const id = (session.lastApi.body as { observationId?: unknown } | undefined)?.observationId;
  if (typeof id === 'string') session.memo.set('observation', id);
}

/** `pmin=10&pmax=200&st` → `{ pmin: 10, pmax: 200, st: null }`. */
function attributes(query: string): Record<string, number | null> {
  return Object.fromEntries(
    query.split('&').map((item) => {
      const [name, value] = item.split('=');
      return [name!, value === undefined ? null : Number(value)];
    }),
  );
}

When(/^the control API asks the Server under test to read "([^"]*)"(?: with Accept (\d+))?$/, function (this: TestfestWorld, path: string, accept?: number) {
  return ask(this, 'read', { path, ...(accept !== undefined && accept !== null ? { accept: Number(accept) } : {}) });
});

When(/^the control API asks the Server under test to write (.+) to "([^"]*)" in Content-Format (\d+)$/, function (this: TestfestWorld, value: string, path: string, cf: number) {
  serverSession(this).memo.set('written', JSON.stringify([{ path, value: parseGherkinValue(value) }]));
  return ask(this, 'write', { path, value: parseGherkinValue(value), contentFormat: Number(cf) });
});

When(/^the control API asks the Server under test to update "([^"]*)" in Content-Format (\d+) with:$/, function (this: TestfestWorld, path: string, cf: number, table: DataTable) {
  const records = tableRecords(table);
  serverSession(this).memo.set('written', JSON.stringify(records));
  return ask(this, 'write', { path, mode: 'partial', records, contentFormat: Number(cf) });
});

When(/^the control API asks the Server under test to execute "([^"]*)"$/, function (this: TestfestWorld, path: string) {
  return ask(this, 'execute', { path });
});

When(/^the control API asks the Server under test to write the attributes "([^"]*)" to "([^"]*)"$/, function (this: TestfestWorld, query: string, path: string) {
  return ask(this, 'write-attributes', { path, attributes: attributes(query) });
});

When(/^the control API asks the Server under test to discover "([^"]*)"$/, function (this: TestfestWorld, path: string) {
  return ask(this, 'discover', { path });
});

When(/^the control API asks the Server under test to create in "([^"]*)" in Content-Format (\d+):$/, function (this: TestfestWorld, path: string, cf: number, table: DataTable) {
  const records = tableRecords(table);
  serverSession(this).memo.set('written', JSON.stringify(records));
  return ask(this, 'create', { path, records, contentFormat: Number(cf) });
});

When(/^the control API asks the Server under test to delete "([^"]*)"$/, function (this: TestfestWorld, path: string) {
  return ask(this, 'delete', { path });
});

When(/^the control API asks the Server under test to read-composite (.+) in Content-Format (\d+)$/, function (this: TestfestWorld, list: string, cf: number) {
  return ask(this, 'read-composite', { paths: pathList(list), contentFormat: Number(cf) });
});

When(/^the control API asks the Server under test to write-composite in Content-Format (\d+):$/, function (this: TestfestWorld, cf: number, table: DataTable) {
  const records = tableRecords(table);
  serverSession(this).memo.set('written', JSON.stringify(records));
  return ask(this, 'write-composite', { records, contentFormat: Number(cf) });
});

When(/^the control API asks the Server under test to observe "([^"]*)"$/, function (this: TestfestWorld, path: string) {
  return ask(this, 'observe', { path });
});

When(/^the control API asks the Server under test to observe-composite (.+) in Content-Format (\d+)$/, function (this: TestfestWorld, list: string, cf: number) {
  return ask(this, 'observe-composite', { paths: pathList(list), contentFormat: Number(cf) });
});

When(/^the control API asks the Server under test to cancel the observation (passively|actively)$/, function (this: TestfestWorld, how: string) {
  const id = serverSession(this).memo.get('observation');
  if (!id) throw new InconclusiveError('harness: no observation to cancel');
  return ask(this, 'cancel-observe', { observationId: id, mode: how === 'passively' ? 'passive' : 'active' });
});
