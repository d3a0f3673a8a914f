/**
 * Preconditions and device actions of the bootstrap cases beyond Client Initiated Bootstrap: a
 * Bootstrap-Server Account next to a Server Account (int-5), a factory Server Account for a server
 * that does not exist (int-7) or that refuses the Client (int-6), and a smartcard holding Bootstrap
 * Information (int-3, int-6) — inserted through the client target's operator `trigger`.
 */
import { Given, Then, When } from '@cucumber/cucumber';
import type { ClientConfiguration, ConfigInstance } from '../../targets/roles/lwm2m-client';
import { bindingForUri, C13, configurationByName, securityResources, type AccountSecurity } from '../../targets/reference/lwm2m/configurations';
import { clientUnderTest, configurationOf } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import { InconclusiveError } from '../support/verdict';
import { scenarioState, type TestfestWorld } from '../support/world';
import { BOOTSTRAP_AFTER_FAILED_REGISTER_S, serverAccountOf, startSilentPeer, withInstances, type SilentPeer } from './bootstrap-harness';
import { startNamedServer } from './named-servers';

/**
 * A factory-provisioned Server Account (SSID 1). /1/0/17 Communication Retry Count = 1 makes one
 * failed Register the end of the registration sequence (TS-Core 1.1 §6.2.1.1), and /1/0/16 keeps
 * Bootstrap on Registration Failure on, so the client falls back to bootstrap without minutes of
 * back-off (defaults: 5 attempts, 60 s doubling).
 */
function factoryAccount(account: AccountSecurity): ConfigInstance[] {
  return [
    { objectId: 0, instanceId: 0, resources: { ...securityResources(account), 1: false, 10: 1 } },
    { objectId: 1, instanceId: 0, resources: { 0: 1, 1: 86400, 6: false, 7: bindingForUri(account.uri, 'U'), 16: true, 17: 1 } },
  ];
}

const silentPeer = (world: TestfestWorld) => scenarioState<{ peer?: SilentPeer }>(world, 'lwm2m:silent-peer', () => ({}));

async function clientTarget(world: TestfestWorld) {
  const client = await world.role('lwm2m-client');
  if (!client.trigger) throw new InconclusiveError('the client target has no operator trigger (smartcard, power cycle)');
  return client as typeof client & { trigger: NonNullable<typeof client.trigger> };
}

function addInstances(world: TestfestWorld, extra: ConfigInstance[], what: string): void {
  const session = clientUnderTest(world);
  const config = configurationOf(session);
  session.configuration = withInstances(config, `${config.id} + ${what}`, extra);
}

Given(/^the Client is provisioned with configuration (C\.\d+) and the Bootstrap-Server Account of C\.13$/, function (this: TestfestWorld, name: string) {
  const config = configurationByName(name);
  if (!config) throw new InconclusiveError(`configuration ${name} is not available in this suite`);
  const bsAccount = C13.instances.filter((i) => i.objectId === 0);
  clientUnderTest(this).configuration = withInstances(config, `${config.id} + C.13 /0/1`, bsAccount);
});

Given('the Client holds a factory Server Account for a server that does not exist', async function (this: TestfestWorld) {
  const peer = await startSilentPeer((line) => this.evidence.line('transcript', `${this.evidence.stamp()} ${line}`));
  this.teardown.add('close the silent peer', () => peer.close());
  silentPeer(this).peer = peer;
  addInstances(this, factoryAccount({ uri: peer.uri, credentials: { mode: 'nosec' } }), 'a factory account for a silent server');
});

Given(/^the Client holds a factory Server Account for Server (\S+), which refuses to register it$/, async function (this: TestfestWorld, label: string) {
  const { server } = await startNamedServer(this, label, false);
  addInstances(this, factoryAccount(server.account), `a factory account for Server ${label}`);
});

/** The card's Bootstrap Information: the Server Account of C.1 pointed at Server `label`. */
async function smartcard(world: TestfestWorld, label: string, lifetime?: number): Promise<ClientConfiguration> {
  const { server } = await startNamedServer(world, label, true);
  const instances = serverAccountOf('C.1', server.account).map((i) => (i.objectId === 1 && lifetime !== undefined ? { ...i, resources: { ...i.resources, 1: lifetime } } : i));
  return { id: `smartcard for Server ${label}`, instances };
}

Given(/^a smartcard holding a Server Account for Server (\S+) is inserted in the Client$/, async function (this: TestfestWorld, label: string) {
  await (await clientTarget(this)).trigger('insert-smartcard', await smartcard(this, label));
});

When(
  /^a smartcard holding the Server Account of configuration C\.1 for Server (\S+) with a Lifetime of (\d+) seconds is inserted and the Client is power-cycled$/,
  async function (this: TestfestWorld, label: string, lifetime: number) {
    const client = await clientTarget(this);
    await client.trigger('insert-smartcard', await smartcard(this, label, Number(lifetime)));
    await client.trigger('reboot');
  },
);

When('the smartcard is removed and the Client is power-cycled', async function (this: TestfestWorld) {
  const client = await clientTarget(this);
  await client.trigger('remove-smartcard');
  await client.trigger('reboot');
});

/** ETS int-7 criterion 1: the Client tried the factory server (a Register reached it) and got nothing back. */
Then(/^\(([A-Z])\) the Client's Register to the server that does not exist gets no answer$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, "the Client's Register to the server that does not exist gets no answer");
  const peer = silentPeer(this).peer;
  if (!peer) throw new Error('step order: no server that does not exist was provisioned');
  const deadline = Date.now() + this.ms(BOOTSTRAP_AFTER_FAILED_REGISTER_S);
  while (Date.now() < deadline && !peer.messages.some((m) => m.message.code === '0.02' && m.path === '/rd')) await new Promise((r) => setTimeout(r, 20));
  const register = peer.messages.find((m) => m.message.code === '0.02' && m.path === '/rd');
  check(name, register !== undefined, 'a Register (POST /rd) sent to the provisioned server', peer.messages.length ? `only ${peer.messages.map((m) => `${m.message.code} ${m.path}`).join(', ')}` : 'nothing');
});
