/**
 * One scenario's server under test: the target's `lwm2m-server` role started on loopback, its
 * control API, and the scripted clients the scenario plays (usually one, endpoint name unique per
 * scenario). Everything is torn down through the scenario's teardown registry.
 *
 * The scripted client talks over the run's transport (`--transport`, default coap) or the one a
 * scenario pins. On coaps / coaps+tcp it first provisions a PSK for its endpoint through the control
 * API (`PUT /v1/security/{ep}`, docs/server-control-api.md "Security"): the server binds the
 * endpoint name to that identity (TS-Transport §5.2.6).
 */
import { configurationByName } from '../../targets/reference/lwm2m/configurations';
import type { Lwm2mServerEndpoints } from '../../targets/roles/lwm2m-server';
import type { CoapResponse, PeerAddress } from '../../targets/reference/transport/coap-udp/types';
import { InconclusiveError } from '../support/verdict';
import { scenarioState, type TestfestWorld } from '../support/world';
import { randomBytes } from 'node:crypto';
import { configurationRecords } from './configuration-records';
import { isSecured, type ClientCredentials, type ServerTransport } from './client-transport';
import { ControlApi, type ApiResponse } from './control-api';
import { ScriptedClient } from './scripted-client';

export interface ClientExchange {
  what: string;
  at: number;
  response?: CoapResponse;
  error?: string;
}

export interface ServerSession {
  endpoints?: Lwm2mServerEndpoints;
  api?: ControlApi;
  server?: PeerAddress;
  client?: ScriptedClient;
  /** The Endpoint Client Name the scripted client registers with. */
  endpointName: string;
  /** The configuration the scripted client holds (ETS App. C), default C.1. */
  configuration: string;
  /** The scripted client's transport: set by a scenario that pins one, else the run's. */
  transport?: ServerTransport;
  /** What the scripted client presents on coaps / coaps+tcp; default a PSK provisioned for its endpoint. */
  credentials?: ClientCredentials;
  /** The scripted client's last request to the server: what it was, and the answer or why none came. */
  last?: ClientExchange;
  /** The last control API answer. */
  lastApi?: ApiResponse;
  /** Named values a scenario keeps between steps (observation ids, request ids). */
  memo: Map<string, string>;
}

let counter = 0;

export function serverSession(world: TestfestWorld): ServerSession {
  return scenarioState(world, 'server-under-test', () => ({ endpointName: `testfest-ep-${process.pid}-${++counter}`, configuration: 'C.1', memo: new Map() }));
}

/**
 * `coap://127.0.0.1:5683`, `coaps+tcp://[::1]:5684` → its address (IP literals only: loopback runs);
 * `mqtt://127.0.0.1:1883` → the broker's (TS-Transport 1.2 §8: the server is reached through it).
 */
export function peerOf(uri: string): PeerAddress {
  const m = /^(coaps?(?:\+tcp)?|mqtt):\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(uri);
  if (!m) throw new InconclusiveError(`the server under test gave a URI the harness cannot use: "${uri}"`);
  const defaultPort = m[1] === 'mqtt' ? 1883 : m[1] === 'coaps' || m[1] === 'coaps+tcp' ? 5684 : 5683;
  return { address: m[2]!.replace(/^\[|\]$/g, ''), port: m[3] ? Number(m[3]) : defaultPort };
}

const SERVER_TRANSPORTS: readonly string[] = ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'mqtt'];

/** The scripted client's transport: the scenario's own, else the run's (`--transport`). */
export function sessionTransport(world: TestfestWorld, session: ServerSession): ServerTransport {
  if (session.transport !== undefined) return session.transport;
  const run = (world.parameters as { transport?: string }).transport ?? 'coap';
  if (!SERVER_TRANSPORTS.includes(run)) throw new InconclusiveError(`harness: the scripted LwM2M client cannot talk ${run} yet (it talks ${SERVER_TRANSPORTS.join(', ')})`);
  return run as ServerTransport;
}

/** Where the server under test listens on `transport`, from its start result. */
export function serverPeer(session: ServerSession & { endpoints?: Lwm2mServerEndpoints }, transport: ServerTransport): PeerAddress {
  const uris = session.endpoints?.uris as Partial<Record<ServerTransport, string>> | undefined;
  const uri = uris?.[transport] ?? (transport === 'coap' ? session.endpoints?.coapUri : undefined);
  if (uri === undefined) throw new InconclusiveError(`the server under test declares ${transport} but lists no ${transport} URI in its endpoints (Lwm2mServerEndpoints.uris)`);
  return peerOf(uri);
}

/** The listener URIs a server advertises in `GET /v1/server` (`uris`), for targets whose start result has none. */
async function advertisedUris(api: ControlApi): Promise<Lwm2mServerEndpoints['uris']> {
  const { status, body } = await api.get('/v1/server');
  const uris: unknown = status === 200 ? body?.uris : undefined;
  if (typeof uris !== 'object' || uris === null) return undefined;
  return Object.fromEntries(Object.entries(uris).filter(([t, uri]) => SERVER_TRANSPORTS.includes(t) && typeof uri === 'string'));
}

/** A fresh PSK for `endpoint` (identity naming it, 128-bit key: TS-Transport §5.2.8.1), provisioned at the server under test. */
export async function provisionPsk(session: ServerSession & { api: ControlApi }, endpoint: string): Promise<ClientCredentials> {
  const psk = { identity: `testfest-psk-${endpoint}`, key: randomBytes(16) };
  const { status, body } = await session.api.call('PUT', `/v1/security/${encodeURIComponent(endpoint)}`, { psk: { identity: psk.identity, keyHex: psk.key.toString('hex') } });
  if (status !== 200) throw new InconclusiveError(`precondition not met: provisioning a PSK for "${endpoint}" (PUT /v1/security) answered ${status} ${JSON.stringify(body)}`);
  return { psk };
}

/** What every scripted client of the session starts with (mqtt: its topic's endpoint name, the run broker's MQTT version). */
function clientBasics(world: TestfestWorld, session: ServerSession, transport: ServerTransport, endpointName: string) {
  const mqttVersion: 4 | 5 = (world.parameters as { broker?: string }).broker === 'mosquitto' ? 5 : 4;
  return { evidence: world.evidence, timeScale: world.timeScale, server: serverPeer(session, transport), transport, endpointName, mqttVersion };
}

/** Starts the server under test (once per scenario) and returns the session. */
export async function startedServer(world: TestfestWorld): Promise<ServerSession & { api: ControlApi }> {
  const session = serverSession(world);
  if (!session.api) {
    const target = await world.role('lwm2m-server');
    world.teardown.add('stop the server under test', () => target.stop());
    try {
      session.endpoints = await target.start();
    } catch (e) {
      throw new InconclusiveError(`the server under test did not start: ${(e as Error).message}`);
    }
    session.api = new ControlApi(session.endpoints.controlUrl, world.evidence);
    if (session.endpoints.uris === undefined) session.endpoints = { ...session.endpoints, uris: await advertisedUris(session.api) };
    // Checked early when the scripted Client speaks the run's transport; a scenario may still pin another.
    const transport = session.transport ?? (world.parameters as { transport?: string }).transport ?? 'coap';
    if (SERVER_TRANSPORTS.includes(transport)) session.server = serverPeer(session, transport as ServerTransport);
  }
  return session as ServerSession & { api: ControlApi };
}

/** The scripted client (started on first use, holding the session's configuration). */
export async function scriptedClient(world: TestfestWorld): Promise<ScriptedClient> {
  const session = await startedServer(world);
  if (!session.client) {
    const configuration = configurationByName(session.configuration);
    if (!configuration) throw new InconclusiveError(`configuration ${session.configuration} is not available in this suite`);
    const transport = sessionTransport(world, session);
    if (isSecured(transport)) session.credentials ??= await provisionPsk(session, session.endpointName);
    try {
      session.client = await ScriptedClient.start({ ...clientBasics(world, session, transport, session.endpointName), credentials: session.credentials, records: configurationRecords(configuration) });
    } catch (e) {
      throw new InconclusiveError(`precondition not met: the scripted Client could not reach the server under test over ${transport}: ${(e as Error).message}`);
    }
    const client = session.client;
    world.teardown.add('close the scripted client', () => client.close());
  }
  return session.client;
}

/**
 * Another scripted client on the session's transport, with no records (e.g. one that never
 * registers). On a secured transport it has credentials of its own, provisioned for `endpoint`.
 */
export async function secondClient(world: TestfestWorld, endpoint: string): Promise<ScriptedClient> {
  const session = await startedServer(world);
  const transport = sessionTransport(world, session);
  const credentials = isSecured(transport) ? await provisionPsk(session, endpoint) : undefined;
  let client: ScriptedClient;
  try {
    client = await ScriptedClient.start({ ...clientBasics(world, session, transport, endpoint), credentials, records: [] });
  } catch (e) {
    throw new InconclusiveError(`precondition not met: a second scripted Client could not reach the server under test over ${transport}: ${(e as Error).message}`);
  }
  world.teardown.add(`close the scripted client ${endpoint}`, () => client.close());
  return client;
}

/** Path of a per-client control API route, e.g. `clientPath(s, 'read')` → `/v1/clients/ep/read`. */
export function clientPath(session: ServerSession, operation?: string): string {
  return `/v1/clients/${encodeURIComponent(session.endpointName)}${operation ? `/${operation}` : ''}`;
}

/** Runs one request of the scripted client and keeps its outcome as the session's last exchange. */
export async function exchange(session: ServerSession, what: string, send: () => Promise<CoapResponse>): Promise<ClientExchange> {
  const at = Date.now();
  try {
    session.last = { what, at, response: await send() };
  } catch (e) {
    session.last = { what, at, error: (e as Error).message };
  }
  return session.last;
}
