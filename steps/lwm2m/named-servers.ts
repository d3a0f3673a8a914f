/**
 * LwM2M Servers besides the scenario's main one, named as the ETS names them: Server #1 and #2 of the
 * multi-server cases (C.14, int-950/951), Server Y of the smartcard (int-3), Server F holding a
 * factory account (int-6). Each is a scripted Lwm2mTestServer of its own, recording into the same
 * evidence; `X` names the main server (the one `When the Client is switched on` starts).
 */
import type { DmExchange } from '../harness/client-under-test';
import { clientUnderTest, serverOf } from '../harness/client-under-test';
import { Lwm2mTestServer, type ReceivedRequest } from '../harness/lwm2m-test-server';
import { securityFor } from '../harness/scenario-transport';
import { InconclusiveError } from '../support/verdict';
import { scenarioState, type TestfestWorld } from '../support/world';

export interface NamedServer {
  server: Lwm2mTestServer;
  /** The last Register this server's criteria looked at. */
  register?: ReceivedRequest;
  lastExchange?: DmExchange;
}

const named = (world: TestfestWorld) => scenarioState(world, 'lwm2m:named-servers', () => new Map<string, NamedServer>());

/** `#1`, `Y`, … A label `X` without a server of its own is the main server. */
export function namedServer(world: TestfestWorld, label: string): NamedServer {
  const found = named(world).get(label);
  if (found) return found;
  if (label === 'X') {
    const entry: NamedServer = { server: serverOf(clientUnderTest(world)) };
    named(world).set(label, entry);
    return entry;
  }
  throw new InconclusiveError(`feature error: Server ${label} was not started by an earlier step`);
}

/** Starts Server `label`; `accept` = answer Register/Update/De-register like a lenient server. */
export async function startNamedServer(world: TestfestWorld, label: string, accept: boolean): Promise<NamedServer> {
  if (named(world).has(label)) return named(world).get(label)!;
  const server = await Lwm2mTestServer.start({ evidence: world.evidence, timeScale: world.timeScale, security: securityFor(world, label) });
  world.teardown.add(`close LwM2M test server ${label}`, () => server.close());
  if (accept) server.acceptRegistrations();
  const entry: NamedServer = { server };
  named(world).set(label, entry);
  return entry;
}
