/**
 * Preconditions of the client-under-test cases: provisioning an ETS Appendix C configuration and
 * powering the client on against the suite's scripted LwM2M Server.
 */
import { Given, When } from '@cucumber/cucumber';
import { configurationByName, withResource } from '../../targets/reference/lwm2m/configurations';
import { Obj } from '../../targets/reference/lwm2m/model/ids.generated';
import { withSettings, type ReferenceClientSettings } from '../../targets/reference/lwm2m/client/runtime/settings';
import { clientUnderTest, configurationOf, switchOn, Waits } from '../harness/client-under-test';
import { InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

function provision(world: TestfestWorld, name: string, lifetime?: number): void {
  const configuration = configurationByName(name);
  if (!configuration) throw new InconclusiveError(`configuration ${name} is not available in this suite yet`);
  clientUnderTest(world).configuration =
    lifetime === undefined ? configuration : withResource(configuration, Obj.Server[0].Lifetime, lifetime);
}

Given(/^the Client is provisioned with configuration (C\.\d+)$/, function (this: TestfestWorld, name: string) {
  provision(this, name);
});

Given(/^the Client is provisioned with configuration (C\.\d+) and a Lifetime of (\d+) seconds$/, function (this: TestfestWorld, name: string, lifetime: number | string) {
  provision(this, name, Number(lifetime));
});

When('the Client is switched on', async function (this: TestfestWorld) {
  await switchOn(this);
});

/** A precondition, not a criterion: a client that does not register makes the case Inconclusive. */
Given('the Client is registered with the Server', async function (this: TestfestWorld) {
  const session = await switchOn(this);
  try {
    session.lastTaken = session.register = await session.server!.expectRequest({ method: 'POST', path: '/rd' }, this.ms(Waits.register), 'precondition: Register');
  } catch (e) {
    throw new InconclusiveError(`precondition not met, the Client did not register: ${(e as Error).message}`);
  }
});

/**
 * Device settings that are not LwM2M Objects (runtime/settings.ts): the reference client reads them
 * from the configuration; a vendor client is set up so by its operator before the case.
 */
function configure(world: TestfestWorld, settings: ReferenceClientSettings): void {
  const session = clientUnderTest(world);
  session.configuration = withSettings(configurationOf(session), settings);
}

Given('the Client is set to queue mode', function (this: TestfestWorld) {
  configure(this, { queueMode: true });
});

Given('the Client is set to register as LwM2M 1.2 with a Profile ID', function (this: TestfestWorld) {
  configure(this, { lwm2mVersion: '1.2', profileId: true });
});

Given('the Client is set to speak LwM2M 1.2', function (this: TestfestWorld) {
  configure(this, { lwm2mVersion: '1.2' });
});

Given('the Client is set to bootstrap as LwM2M 1.2 with a Bootstrap-Pack-Request', function (this: TestfestWorld) {
  configure(this, { lwm2mVersion: '1.2', bootstrapPack: true });
});
