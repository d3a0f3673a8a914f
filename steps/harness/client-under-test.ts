/**
 * One scenario's client-under-test session: the configuration provisioned, the scripted test server,
 * the client target, and what the steps have exchanged so far. Steps stay thin by going through here.
 */
import type { ClientConfiguration, Lwm2mClientStartOptions, Lwm2mClientTarget } from '../../targets/roles/lwm2m-client';
import { withUnsetServerAccounts } from '../../targets/reference/lwm2m/configurations/with-security';
import { settingsOf, withSettings } from '../../targets/reference/lwm2m/client/runtime/settings';
import type { CoapResponse } from '../../targets/reference/transport/coap-udp/types';
import { scenarioState, type TestfestWorld } from '../support/world';
import { InconclusiveError } from '../support/verdict';
import type { HarnessRegistration } from './harness-registration';
import { Lwm2mTestServer, type ReceivedRequest } from './lwm2m-test-server';
import { scenarioTransport, securityFor } from './scenario-transport';

/** Spec-second waits of the client-under-test steps; scaled by the timing profile (world.ms). */
export const Waits = {
  /** From power-on to the Register: the ETS gives no bound; a minute covers slow devices. */
  register: 60,
  /** A reaction the TS wants "immediately" (Update after a lifetime write, De-register after Disable). */
  prompt: 5,
  /** ACK_TIMEOUT × ACK_RANDOM_FACTOR (RFC 7252 §4.8): a client that missed our response retransmits by then. */
  retransmission: 3,
} as const;

/** The last request the harness sent to the client and how it ended. */
export interface DmExchange {
  description: string;
  /** When the request was sent (wall ms). */
  at: number;
  /** When its answer arrived (wall ms). */
  answeredAt?: number;
  response?: CoapResponse;
  error?: Error;
}

export interface ClientUnderTest {
  endpoint: string;
  configuration?: ClientConfiguration;
  server?: Lwm2mTestServer;
  client?: Lwm2mClientTarget;
  /** The last Register a step took. */
  register?: ReceivedRequest;
  /** The last client request a criterion looked at (Register, Update, De-register). */
  lastTaken?: ReceivedRequest;
  lastExchange?: DmExchange;
  reads: Array<{ path: string; exchange: DmExchange }>;
  /** When the harness discarded the registration, and where it was (int-105). */
  discarded?: { at: number; location: string };
}

let counter = 0;

export function clientUnderTest(world: TestfestWorld): ClientUnderTest {
  return scenarioState(world, 'lwm2m:client-under-test', () => ({
    endpoint: `testfest-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 6)}`,
    reads: [],
  }));
}

export function configurationOf(session: ClientUnderTest): ClientConfiguration {
  if (!session.configuration) throw new InconclusiveError('no configuration provisioned: the scenario needs a "Given the Client is provisioned with configuration …" step');
  return session.configuration;
}

export function serverOf(session: ClientUnderTest): Lwm2mTestServer {
  if (!session.server) throw new InconclusiveError('the Client has not been switched on');
  return session.server;
}

export function registrationOf(session: ClientUnderTest): HarnessRegistration {
  const registration = serverOf(session).registration;
  if (!registration) throw new InconclusiveError('the Client has not registered');
  return registration;
}

/**
 * Where a client target serves an account's DM requests over http (TS-Transport 1.2 §7): the
 * reference client tells (`httpUrl(ssid | 'bootstrap')`); a target without it cannot be managed over
 * http. Labels: `bootstrap`, `#n` (Short Server ID n), any other the client's main http account.
 */
function httpUrlOf(client: Lwm2mClientTarget): (label: string) => string | undefined {
  if (client.httpUrl === undefined) return () => undefined;
  return (label) => {
    const ssid = /^#(\d+)$/.exec(label);
    return client.httpUrl!(label === 'bootstrap' ? 'bootstrap' : ssid ? Number(ssid[1]) : undefined);
  };
}

/**
 * The M and H bindings exist from LwM2M 1.2 on (TS-Core 1.2 §6.2.1.2; a 1.1 Register with `b=M` is
 * malformed): over mqtt and http the reference client is set to register as 1.2 (a device setting,
 * runtime/settings.ts; a vendor client is set up so by its operator).
 */
function lwm2mVersionFor(world: TestfestWorld, configuration: ClientConfiguration): ClientConfiguration {
  const transport = scenarioTransport(world).transport;
  if ((transport !== 'mqtt' && transport !== 'http') || settingsOf(configuration).lwm2mVersion !== undefined) return configuration;
  return withSettings(configuration, { lwm2mVersion: '1.2' });
}

/**
 * Starts the scripted server (accepting registrations) on the scenario's transport, points the
 * configuration's unset server accounts at it (URI, Security Mode and credentials), and starts the
 * client against it: "power on".
 */
export async function switchOn(world: TestfestWorld): Promise<ClientUnderTest> {
  const session = clientUnderTest(world);
  if (session.server) return session;
  const server = await Lwm2mTestServer.start({ evidence: world.evidence, timeScale: world.timeScale, security: securityFor(world, 'server') });
  session.server = server;
  world.teardown.add('close the LwM2M test server', () => server.close());
  server.acceptRegistrations();
  const configuration = (session.configuration = lwm2mVersionFor(world, withUnsetServerAccounts(configurationOf(session), server.account)));
  const client = await world.role('lwm2m-client');
  session.client = client;
  scenarioTransport(world).httpUrl = httpUrlOf(client);
  world.teardown.add('stop the LwM2M client', async () => {
    await client.stop();
    const diagnostics = client.diagnostics?.();
    if (diagnostics) world.evidence.line('client-diagnostics', diagnostics);
  });
  const hosts = scenarioTransport(world).hosts;
  // `hosts` (a static host table, e.g. server.example.com → 127.0.0.1) only when a scenario names hosts.
  const options: Lwm2mClientStartOptions = { endpoint: session.endpoint, serverUri: server.uri, configuration, timeScale: world.timeScale };
  if (Object.keys(hosts).length > 0) options.hosts = hosts;
  await client.start(options);
  return session;
}

/** Sends a DM request and records the outcome; a timeout is an outcome, judged by the next `Then`. */
export async function exchange(session: ClientUnderTest, description: string, send: () => Promise<CoapResponse>): Promise<DmExchange> {
  const record: DmExchange = { description, at: Date.now() };
  try {
    record.response = await send();
    record.answeredAt = Date.now();
  } catch (e) {
    if (e instanceof InconclusiveError) throw e; // harness trouble, not the client's answer
    record.error = e as Error;
  }
  session.lastExchange = record;
  return record;
}

export function describeOutcome(x: DmExchange | undefined): string {
  if (!x) return 'no request was sent';
  if (x.error) return `no response (${x.error.message})`;
  return x.response!.code;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
