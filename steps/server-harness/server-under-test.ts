/**
 * One scenario's server under test: the target's `lwm2m-server` role started on loopback, its
 * control API, and the scripted clients the scenario plays (usually one, endpoint name unique per
 * scenario). Everything is torn down through the scenario's teardown registry.
 */
import { configurationByName } from '../../targets/reference/lwm2m/configurations';
import type { Lwm2mServerEndpoints } from '../../targets/roles/lwm2m-server';
import type { CoapResponse, PeerAddress } from '../../targets/reference/transport/coap-udp/types';
import { InconclusiveError } from '../support/verdict';
import { scenarioState, type TestfestWorld } from '../support/world';
import { configurationRecords } from './configuration-records';
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

/** `coap://127.0.0.1:5683` → its address (IP literals only: loopback runs). */
export function peerOf(coapUri: string): PeerAddress {
  const m = /^coap:\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(coapUri);
  if (!m) throw new InconclusiveError(`the server under test gave a CoAP URI the harness cannot use: "${coapUri}"`);
  return { address: m[1]!.replace(/^\[|\]$/g, ''), port: m[2] ? Number(m[2]) : 5683 };
}

/** Starts the server under test (once per scenario) and returns the session. */
export async function startedServer(world: TestfestWorld): Promise<ServerSession & { api: ControlApi; server: PeerAddress }> {
  const session = serverSession(world);
  if (!session.api) {
    const target = await world.role('lwm2m-server');
    world.teardown.add('stop the server under test', () => target.stop());
    try {
      session.endpoints = await target.start();
    } catch (e) {
      throw new InconclusiveError(`the server under test did not start: ${(e as Error).message}`);
    }
    session.server = peerOf(session.endpoints.coapUri);
    session.api = new ControlApi(session.endpoints.controlUrl, world.evidence);
  }
  return session as ServerSession & { api: ControlApi; server: PeerAddress };
}

/** The scripted client (started on first use, holding the session's configuration). */
export async function scriptedClient(world: TestfestWorld): Promise<ScriptedClient> {
  const session = await startedServer(world);
  if (!session.client) {
    const configuration = configurationByName(session.configuration);
    if (!configuration) throw new InconclusiveError(`configuration ${session.configuration} is not available in this suite`);
    session.client = await ScriptedClient.start({ evidence: world.evidence, timeScale: world.timeScale, server: session.server, records: configurationRecords(configuration) });
    const client = session.client;
    world.teardown.add('close the scripted client', () => client.close());
  }
  return session.client;
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
