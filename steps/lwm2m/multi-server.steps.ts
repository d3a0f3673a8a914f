/**
 * Steps addressed to a named LwM2M Server (named-servers.ts): the multi-server cases (ETS int-950,
 * int-951; configuration C.14) and the servers of the smartcard and bootstrap-sequence cases (int-3,
 * int-6). Each server keeps its own registration and its own last exchange; the Client must treat
 * them as separate servers (TS-Core §6.2: one registration per Server Account; §7.3: attributes are
 * per server).
 */
import { Given, Then, When } from '@cucumber/cucumber';
import { withAccountSecurity } from '../../targets/reference/lwm2m/configurations';
import { clientUnderTest, configurationOf, describeOutcome, sleep, switchOn, Waits, type DmExchange } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import { linkProblems } from '../harness/link-check';
import { describeRequest } from '../harness/request-match';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';
import { bootstrapState } from './bootstrap-harness';
import { namedServer, startNamedServer, type NamedServer } from './named-servers';

Given('the suite runs Server #1 and Server #2 for the Server Accounts with Short Server ID 1 and 2', async function (this: TestfestWorld) {
  const session = clientUnderTest(this);
  let config = configurationOf(session);
  for (const ssid of [1, 2]) {
    const { server } = await startNamedServer(this, `#${ssid}`, true);
    config = withAccountSecurity(config, { shortServerId: ssid }, server.account);
  }
  session.configuration = config;
});

async function expectRegister(world: TestfestWorld, entry: NamedServer, name: string) {
  const register = await entry.server.expectRequest({ method: 'POST', path: '/rd', description: 'Register (POST /rd)' }, world.ms(Waits.register), name);
  entry.register = register;
  const ep = register.query.find((q) => q.startsWith('ep='))?.slice(3);
  check(name, ep === clientUnderTest(world).endpoint, `ep=${clientUnderTest(world).endpoint}`, ep === undefined ? `no ep in ${describeRequest(register)}` : `ep=${ep}`);
  return register;
}

/** A precondition (int-951 "int-950 passed"): Inconclusive when the Client does not register to both. */
Given('the Client is switched on and registered with Server #1 and Server #2', async function (this: TestfestWorld) {
  await switchOn(this);
  try {
    for (const label of ['#1', '#2']) await expectRegister(this, namedServer(this, label), 'precondition: Register');
  } catch (e) {
    throw new InconclusiveError(`precondition not met (int-950): ${(e as Error).message}`);
  }
});

Then(/^\(([A-Z])\) Server (\S+) receives a Register request with the Endpoint Client Name$/, async function (this: TestfestWorld, letter: string, label: string) {
  await expectRegister(this, namedServer(this, label), criterion(letter, `Server ${label} receives a Register request with the Endpoint Client Name`));
});

Then(/^\(([A-Z])\) Server (\S+) answers its Register 2\.01 Created and the Client takes it$/, async function (this: TestfestWorld, letter: string, label: string) {
  const name = criterion(letter, `Server ${label} answers its Register 2.01 Created and the Client takes it`);
  const entry = namedServer(this, label);
  const register = entry.register;
  if (!register) throw new Error(`step order: no Register of Server ${label} was looked at`);
  check(name, register.response?.code === '2.01', '2.01 Created', register.response?.code ?? 'no answer');
  await sleep(Math.max(0, register.at + this.ms(Waits.retransmission) - Date.now()));
  const again = entry.server.retransmissionsOf(register);
  check(name, again === 0, 'the Client took the 2.01 (no retransmission)', `${again} retransmission(s)`);
});

Then(/^\(([A-Z])\) Server (\S+) receives a Register request and refuses it with 4\.03 Forbidden$/, async function (this: TestfestWorld, letter: string, label: string) {
  const entry = namedServer(this, label);
  const register = await expectRegister(this, entry, criterion(letter, `Server ${label} receives a Register request`));
  entry.server.respond(register, { code: '4.03' });
});

Then(/^\(([A-Z])\) neither Server (\S+) nor the Bootstrap-Server has heard from the Client$/, function (this: TestfestWorld, letter: string, label: string) {
  const name = criterion(letter, `neither Server ${label} nor the Bootstrap-Server has heard from the Client`);
  const heard = [...namedServer(this, label).server.received, ...(bootstrapState(this).server?.received ?? [])];
  check(name, heard.length === 0, 'nothing (the smartcard comes first, TS-Core §6.1.3 Bootstrap Sequence)', heard.map(describeRequest).join(', '));
});

async function send(world: TestfestWorld, label: string, description: string, method: 'GET' | 'PUT', path: string, options: { accept?: number; query?: string[] }): Promise<void> {
  const entry = namedServer(world, label);
  const record: DmExchange = { description: `${description} (Server ${label})`, at: Date.now() };
  try {
    record.response = await entry.server.request(method, path, options);
    record.answeredAt = Date.now();
  } catch (e) {
    if (e instanceof InconclusiveError) throw e;
    record.error = e as Error;
  }
  entry.lastExchange = record;
}

When(/^Server (\S+) reads (\/[\d/]+) with Accept (\d+) \([^)]*\)$/, async function (this: TestfestWorld, label: string, path: string, accept: number) {
  await send(this, label, `Read ${path} (Accept ${accept})`, 'GET', path, { accept: Number(accept) });
});

When(/^Server (\S+) writes the attributes (\S+) to (\/[\d/]*)$/, async function (this: TestfestWorld, label: string, attributes: string, path: string) {
  await send(this, label, `Write-Attributes ${path}?${attributes}`, 'PUT', path, { query: attributes.split('&').filter(Boolean) });
});

When(/^Server (\S+) discovers (\/[\d/]+)$/, async function (this: TestfestWorld, label: string, path: string) {
  await send(this, label, `Discover ${path}`, 'GET', path, { accept: 40 });
});

function lastExchangeOf(world: TestfestWorld, label: string): DmExchange {
  const x = namedServer(world, label).lastExchange;
  if (!x) throw new Error(`step order: Server ${label} sent nothing`);
  return x;
}

Then(/^\(([A-Z])\) Server (\S+) receives (\d\.\d\d) ([A-Za-z ]+)$/, function (this: TestfestWorld, letter: string, label: string, code: string, codeName: string) {
  const x = lastExchangeOf(this, label);
  check(criterion(letter, `Server ${label} receives ${code} ${codeName}`), x.response?.code === code, `${code} to ${x.description}`, describeOutcome(x));
});

Then(/^\(([A-Z])\) Server (\S+) receives 2\.05 Content with the value (\S+)$/, function (this: TestfestWorld, letter: string, label: string, value: string) {
  const name = criterion(letter, `Server ${label} receives 2.05 Content with the value ${value}`);
  const x = lastExchangeOf(this, label);
  if (x.response?.code !== '2.05') throw new CriterionFailed(name, `2.05 Content to ${x.description}`, describeOutcome(x));
  check(name, x.response.contentFormat === 0, 'Content-Format 0 (plain text)', `Content-Format ${x.response.contentFormat ?? 'none'}`);
  const text = x.response.payload.toString('utf8');
  check(name, text === value, value, text);
});

/** ETS int-951: each server's Discover shows the attributes that server wrote, and no one else's. */
Then(/^\(([A-Z])\) the Discover answer to Server (\S+) has these links:$/, function (this: TestfestWorld, letter: string, label: string, expected: string) {
  const name = criterion(letter, `the Discover answer to Server ${label} has the expected links`);
  const x = lastExchangeOf(this, label);
  if (x.response?.code !== '2.05') throw new CriterionFailed(name, `2.05 Content to ${x.description}`, describeOutcome(x));
  const text = x.response.payload.toString('utf8');
  const path = /^Discover (\S+)/.exec(x.description)![1]!;
  const problems = linkProblems(text, expected, path);
  check(name, problems.length === 0, `${expected.replace(/\s+/g, '')} (${problems.join('; ')})`, text);
});
