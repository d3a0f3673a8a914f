/**
 * What the bootstrap steps keep per scenario: the suite's Bootstrap-Server, what it wrote (so a
 * Bootstrap-Read can be compared with it, ETS int-4/int-8), and the Server Account payloads it writes —
 * the Server Account of an ETS configuration pointed at one of the suite's LwM2M Servers.
 */
import { createSocket, type Socket } from 'node:dgram';
import type { ClientConfiguration, ConfigInstance } from '../../targets/roles/lwm2m-client';
import { tlvCodec } from '../../targets/reference/lwm2m/codecs/tlv';
import type { Lwm2mPath, Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { ObjectTree } from '../../targets/reference/lwm2m/client/object-tree';
import { configurationByName, withAccountSecurity, type AccountSecurity } from '../../targets/reference/lwm2m/configurations';
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { parseDatagram } from '../../targets/reference/transport/coap-udp/message';
import { pathOf } from '../../targets/reference/transport/coap-udp/options';
import type { CoapMessage } from '../../targets/reference/transport/coap-udp/types';
import { BootstrapTestServer, type BootstrapExchange } from '../harness/bootstrap-test-server';
import { clientUnderTest, configurationOf } from '../harness/client-under-test';
import { securityFor } from '../harness/scenario-transport';
import { InconclusiveError } from '../support/verdict';
import { scenarioState, type TestfestWorld } from '../support/world';

/** RFC 7252 §4.8.2 MAX_TRANSMIT_WAIT (93 s) plus a minute: a Register to a dead server gives up, then the client bootstraps. */
export const BOOTSTRAP_AFTER_FAILED_REGISTER_S = 93 + 60;

export interface BootstrapState {
  server?: BootstrapTestServer;
  /** Every value the Bootstrap-Server wrote, in order (later writes win). */
  written: Lwm2mRecord[];
  /** Exchanges already judged by an "every …" criterion. */
  judged: number;
}

export function bootstrapState(world: TestfestWorld): BootstrapState {
  return scenarioState(world, 'lwm2m:bootstrap', () => ({ written: [], judged: 0 }));
}

export function bootstrapServerOf(world: TestfestWorld): BootstrapTestServer {
  const server = bootstrapState(world).server;
  if (!server) throw new InconclusiveError('feature error: the suite\'s Bootstrap-Server was not started ("Given the suite\'s Bootstrap-Server is ready")');
  return server;
}

/** Starts the Bootstrap-Server and points the provisioned Bootstrap-Server Account at it. */
export async function startBootstrapServer(world: TestfestWorld): Promise<BootstrapTestServer> {
  const state = bootstrapState(world);
  if (state.server) return state.server;
  const server = await BootstrapTestServer.start({ evidence: world.evidence, timeScale: world.timeScale, security: securityFor(world, 'bootstrap') });
  state.server = server;
  world.teardown.add('close the Bootstrap-Server', () => server.close());
  const session = clientUnderTest(world);
  session.configuration = withAccountSecurity(configurationOf(session), 'bootstrap', server.account);
  return server;
}

/**
 * The Server Account (/0 and /1 instances, no Bootstrap-Server Account) of an ETS configuration,
 * pointed at one of the suite's servers: its URI and credentials over the scenario's transport.
 */
export function serverAccountOf(configName: string, account: AccountSecurity): ConfigInstance[] {
  const config = configurationByName(configName);
  if (!config) throw new InconclusiveError(`configuration ${configName} is not available in this suite`);
  const accountOnly = { ...config, instances: config.instances.filter((i) => (i.objectId === 0 && i.resources[1] !== true) || i.objectId === 1) };
  // With OSCORE the account brings its /21 instance (/0/x/17 links it, ETS C.22–C.24).
  return withAccountSecurity(accountOnly, 'servers', account).instances;
}

/** The records of some configuration instances, typed by the model (what a Bootstrap-Write carries). */
export function recordsOf(instances: ConfigInstance[]): Lwm2mRecord[] {
  const tree = ObjectTree.fromConfiguration({ id: 'bootstrap write', instances }, defaultModel());
  return tree.objectIds().flatMap((objectId) => tree.records({ objectId }));
}

/** A Bootstrap-Write of `records` to `path` in TLV (the format the reference client asks for as `pct`). */
export async function bootstrapWrite(world: TestfestWorld, path: Lwm2mPath, pathText: string, records: Lwm2mRecord[]): Promise<BootstrapExchange> {
  const payload = tlvCodec.encode(records, path, defaultModel());
  const x = await bootstrapServerOf(world).operate(`Bootstrap-Write ${pathText}`, { method: 'PUT', path: pathText, contentFormat: tlvCodec.contentFormat, payload });
  if (x.response?.code === '2.04') bootstrapState(world).written.push(...records);
  return x;
}

/** A configuration plus instances (e.g. C.13 plus a factory Server Account). */
export function withInstances(config: ClientConfiguration, id: string, extra: ConfigInstance[]): ClientConfiguration {
  return { ...config, id, instances: [...config.instances, ...extra] };
}

/** A UDP socket that never answers — a "non-existent" LwM2M Server (ETS int-7) — and records what reaches it. */
export interface SilentPeer {
  uri: string;
  messages: Array<{ at: number; message: CoapMessage; path: string }>;
  close(): Promise<void>;
}

/** `note`: where each datagram is described (the scenario's transcript). */
export async function startSilentPeer(note: (line: string) => void): Promise<SilentPeer> {
  const socket: Socket = createSocket('udp4');
  const messages: SilentPeer['messages'] = [];
  socket.on('message', (raw, rinfo) => {
    const parsed = parseDatagram(raw);
    note(`${rinfo.address}:${rinfo.port} → silent server: ${parsed.message ? `${parsed.message.type} ${parsed.message.code} ${pathOf(parsed.message)} mid=${parsed.message.messageId}` : `<not CoAP: ${parsed.error}>`} (not answered)`);
    if (parsed.message) messages.push({ at: Date.now(), message: parsed.message, path: pathOf(parsed.message) });
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => resolve());
  });
  const { port } = socket.address();
  return { uri: `coap://127.0.0.1:${port}`, messages, close: () => new Promise((resolve) => socket.close(() => resolve())) };
}
