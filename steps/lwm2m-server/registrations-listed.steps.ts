/**
 * What the Server under test's control API lists after the registration exchanges: the criteria
 * that the Server understood (or refused, or dropped) what the scripted Client sent.
 */
import { Then } from '@cucumber/cucumber';
import { check, criterion } from '../harness/criteria';
import { clientPath, scriptedClient, serverSession, startedServer, type ServerSession } from '../server-harness/server-under-test';
import { bindingFor, learnsLocation, versionFor } from '../server-harness/client-transport';
import type { ControlApi } from '../server-harness/control-api';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

// control API bodies are JSON: loosely typed on purpose
type Listed = Record<string, any>;

async function listed(world: TestfestWorld, name: string): Promise<Listed> {
  const session = await startedServer(world);
  const { status, body } = await session.api.get(clientPath(session));
  if (status === 404) throw new CriterionFailed(name, `the control API lists "${session.endpointName}"`, 'GET /v1/clients/{ep}: 404, not registered');
  if (status !== 200) throw new InconclusiveError(`${name}: GET ${clientPath(session)} answered ${status}: ${JSON.stringify(body)}`);
  return body as Listed;
}

const locationOf = (l: Listed): string => String(l['location'] ?? '').replace(/^\//, '');

Then(
  /^\(([A-Z])\) the control API lists the Client with lifetime (\d+), version (\d\.\d), binding (\w+) and the object list it registered$/,
  async function (this: TestfestWorld, letter: string, lifetime: number, version: string, binding: string) {
    const name = criterion(letter, 'the Server under test registered the Client with its parameters and objects');
    const l = await listed(this, name);
    // The scripted Client registers with the binding of its transport (T over TCP, M over MQTT, TS-Core
    // 1.2 §6.2.1.2) and, over MQTT, as LwM2M 1.2 (the first version with M).
    const transport = (await scriptedClient(this)).transport;
    binding = bindingFor(transport, binding);
    version = versionFor(transport, version);
    check(name, l['lifetime'] === Number(lifetime), `lifetime ${lifetime}`, `lifetime ${l['lifetime']}`);
    check(name, l['version'] === version, `version ${version}`, `version ${l['version']}`);
    check(name, l['binding'] === binding, `binding ${binding}`, `binding ${l['binding']}`);
    const session = serverSession(this);
    if (learnsLocation(transport)) check(name, locationOf(l) === session.memo.get('location'), `location /${session.memo.get('location')} (the 2.01's Location-Path)`, `location ${l['location']}`);
    const expected = (await scriptedClient(this)).objects.registeredObjects().map((o) => `${o.objectId}:${[...o.instances].sort().join(',')}`).sort();
    const got = ((l['objects'] ?? []) as Array<{ objectId: number; instances: number[] }>).map((o) => `${o.objectId}:${[...o.instances].sort().join(',')}`).sort();
    check(name, JSON.stringify(got) === JSON.stringify(expected), `objects ${expected.join(' ')}`, `objects ${got.join(' ')} (${l['objectLinks']})`);
  },
);

Then(/^\(([A-Z])\) the control API lists the Client with lifetime (\d+)$/, async function (this: TestfestWorld, letter: string, lifetime: number) {
  const name = criterion(letter, `the Server under test keeps the registration with lifetime ${lifetime}`);
  const l = await listed(this, name);
  check(name, l['lifetime'] === Number(lifetime), `lifetime ${lifetime}`, `lifetime ${l['lifetime']}`);
});

Then(/^\(([A-Z])\) the control API lists the Client in queue mode$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Server under test marks the Client as in queue mode');
  const l = await listed(this, name);
  check(name, l['queueMode'] === true, 'queueMode true', `queueMode ${l['queueMode']}`);
});

Then(/^\(([A-Z])\) the control API still lists the Client with its registration unchanged$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Server under test keeps the registration as it was');
  const l = await listed(this, name);
  const location = serverSession(this).memo.get('location');
  check(name, locationOf(l) === location, `the registration at /${location}`, `location ${l['location']}`);
});

async function registrationsOf(api: ControlApi, session: ServerSession, address: { address: string; port: number }): Promise<Listed[]> {
  const { status, body } = await api.get('/v1/clients');
  if (status !== 200 || !Array.isArray(body)) throw new InconclusiveError(`GET /v1/clients answered ${status}: ${JSON.stringify(body)}`);
  return (body as Listed[]).filter((l) => l['endpoint'] === session.endpointName || (l['address'] === address.address && l['port'] === address.port));
}

Then(/^\(([A-Z])\) the control API lists no registration$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Server under test holds no registration of the Client');
  const session = await startedServer(this);
  const mine = await registrationsOf(session.api, session, (await scriptedClient(this)).local);
  check(name, mine.length === 0, 'no registration by that endpoint name or from that address', mine.map((l) => `${l['endpoint']} at ${l['location']}`).join(', '));
});

Then(/^\(([A-Z])\) the control API lists exactly one registration of the Client, at the new location$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Server under test replaced the old registration with the new one');
  const session = await startedServer(this);
  const client = await scriptedClient(this);
  const transport = client.transport;
  const mine = await registrationsOf(session.api, session, client.local);
  const location = session.memo.get('location');
  // Over MQTT the Client is not told the location (TS-Transport 1.2 §8.3.1): one registration is the criterion there.
  const atLocation = (l: Listed): boolean => !learnsLocation(transport) || locationOf(l) === location;
  check(name, mine.length === 1 && atLocation(mine[0]!), learnsLocation(transport) ? `one registration, at /${location}` : 'one registration', mine.length === 0 ? 'none' : mine.map((l) => String(l['location'])).join(', '));
});

Then(/^\(([A-Z])\) the control API reports the registration expired$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Server under test ended the registration when its lifetime passed');
  const session = await startedServer(this);
  const { body } = await session.api.get('/v1/events?since=0');
  const events = ((body as Listed)?.['events'] ?? []) as Listed[];
  const expired = events.find((e) => e['type'] === 'expired' && e['endpoint'] === session.endpointName);
  if (!expired) throw new CriterionFailed(name, `an "expired" event for ${session.endpointName}`, events.filter((e) => e['endpoint'] === session.endpointName).map((e) => String(e['type'])).join(', ') || 'no events');
  const updated = [...events].reverse().find((e) => (e['type'] === 'updated' || e['type'] === 'registered') && e['endpoint'] === session.endpointName);
  const lifetime = Number(updated?.['detail']?.['lifetime'] ?? 0);
  const early = updated ? Number(updated['time']) + this.ms(lifetime * 0.9) : 0;
  check(name, Number(expired['time']) >= early, `not before 90 % of the ${lifetime} s lifetime after the last Update`, `${Number(expired['time']) - Number(updated?.['time'] ?? 0)} ms after it`);
});
