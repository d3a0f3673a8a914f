/**
 * One LwM2M Server Account in use (TS-Core §6.2, §6.3): the server's address, the registration to it
 * and the session that serves its requests (attributes, observations, Send: server-session.ts). With
 * several accounts the client holds one link each (ETS int-950), all on the client's one endpoint.
 */
import type { ObjectModel } from '../../model/object-model';
import type { UdpCoapEndpoint } from '../../../transport/coap-udp/endpoint';
import type { PeerAddress } from '../../../transport/coap-udp/types';
import { Obj } from '../../model/ids.generated';
import type { ExecuteAction } from '../dm-context';
import type { ClientFaults } from '../faults';
import type { ObjectTree } from '../object-tree';
import { QueueModeWindow } from '../queue-mode';
import { LWM2M_VERSION } from '../register-request';
import { RegistrationEngine } from '../registration-engine';
import { retryPolicyOf, serverBinding, serverNumber, type ServerAccount } from '../server-account';
import { createServerSession, DEFAULT_LIFETIME_S, type ServerSession } from '../server-session';
import { registrationPayload } from './registration-payload';
import type { ReferenceClientSettings } from './settings';

export interface ServerLinkContext {
  coap: UdpCoapEndpoint;
  tree: ObjectTree;
  model: ObjectModel;
  endpoint: string;
  settings: ReferenceClientSettings;
  faults: ClientFaults;
  timeScale: number;
  executables: ReadonlyMap<string, ExecuteAction>;
  log(line: string): void;
  /** The account's registration sequence failed (TS-Core 1.1 §6.2.1.1). */
  registrationFailed(link: ServerLink): void;
}

export interface ServerLink {
  readonly account: ServerAccount;
  readonly peer: PeerAddress;
  readonly engine: RegistrationEngine;
  readonly session: ServerSession;
  /** Present in queue mode: whether the client currently listens to this server. */
  readonly queue?: QueueModeWindow;
  close(): void;
}

export function openServerLink(ctx: ServerLinkContext, account: ServerAccount, peer: PeerAddress): ServerLink {
  const { tree, settings } = ctx;
  const version = settings.lwm2mVersion ?? LWM2M_VERSION;
  const log = (line: string) => ctx.log(`[ssid ${account.shortServerId}] ${line}`);
  // The engine calls back into the session and the link only after start(), when both exist.
  const engine = new RegistrationEngine(
    {
      send: (spec) => ctx.coap.request(peer, spec),
      registerParameters: () => ({
        endpoint: ctx.endpoint,
        lifetime: serverNumber(tree, account, Obj.Server.Lifetime, DEFAULT_LIFETIME_S),
        binding: serverBinding(tree, account),
        version,
        queueMode: settings.queueMode,
        profileId: registrationPayload(tree, settings.profileId === true, version).profileId,
        omitVersion: ctx.faults.omitLwm2mVersion,
      }),
      objectLinks: () => registrationPayload(tree, settings.profileId === true, version).objectLinks,
      log,
      registered: () => session.registered(),
      registrationFailed: () => ctx.registrationFailed(link),
      retryPolicy: () => retryPolicyOf(tree, account),
    },
    ctx.timeScale,
  );
  const session = createServerSession({
    tree,
    model: ctx.model,
    account,
    coap: ctx.coap,
    server: peer,
    engine,
    executables: ctx.executables,
    faults: ctx.faults,
    timeScale: ctx.timeScale,
    log,
  });
  const queue = settings.queueMode ? new QueueModeWindow(ctx.coap, peer, ctx.coap.timing.maxTransmitWaitMs) : undefined;
  const link: ServerLink = {
    account,
    peer,
    engine,
    session,
    queue,
    close() {
      engine.stop();
      session.close();
      queue?.close();
    },
  };
  return link;
}
