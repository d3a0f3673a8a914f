/**
 * One LwM2M Server Account in use (TS-Core §6.2, §6.3): the server's address, the registration to it
 * and the session that serves its requests (attributes, observations, Send: server-session.ts). With
 * several accounts the client holds one link each (ETS int-950): coap:// accounts all on the client's
 * one UDP endpoint, secured and TCP accounts each on their own (../transport/open-account-endpoint.ts).
 *
 * A new DTLS association or TCP connection after the first (the old one ended: close_notify, idle
 * timeout, connection closed) is followed by a Registration Update, unless it was made for a
 * Register/Update itself. TS-Transport does not make that a general MUST; its Queue Mode clause
 * (1.0 §8.3, 1.1 §6.5) says a client coming back may have to re-run the DTLS handshake (its address or
 * NAT binding may have changed) and tells the server it is back with an Update — and RFC 7252 §9.1.2
 * ties a request and its response to one association. So the server learns the new association from
 * an Update before anything else (Leshan, too, moves the registration's address on Update).
 */
import type { ObjectModel } from '../../model/object-model';
import type { PeerAddress } from '../../../transport/coap-udp/types';
import { Obj } from '../../model/ids.generated';
import type { ExecuteAction } from '../dm-context';
import type { ClientFaults } from '../faults';
import type { ObjectTree } from '../object-tree';
import { QueueModeWindow } from '../queue-mode';
import { RegistrationEngine } from '../registration-engine';
import { retryPolicyOf, serverBinding, serverNumber, type ServerAccount } from '../server-account';
import { bindingFor, enablerVersionFor, type AccountEndpoint } from '../transport/open-account-endpoint';
import { isRenewable, type LinkEndpoint, type TransportName } from '../transport/link-endpoint';
import { createServerSession, DEFAULT_LIFETIME_S, type ServerSession } from '../server-session';
import { registrationPayload } from './registration-payload';
import type { ReferenceClientSettings } from './settings';

export interface ServerLinkContext {
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
  /** The transport of the account's URI scheme (`http` for http:// and https://). */
  readonly transport: TransportName;
  readonly peer: PeerAddress;
  /** The endpoint this server's requests and responses travel on. */
  readonly coap: LinkEndpoint;
  readonly engine: RegistrationEngine;
  readonly session: ServerSession;
  /** Present in queue mode: whether the client currently listens to this server. */
  readonly queue?: QueueModeWindow;
  /** Stops the registration and the session; closes the account's own endpoint (not the shared one). */
  close(): Promise<void>;
}

export function openServerLink(ctx: ServerLinkContext, account: ServerAccount, peer: PeerAddress, transport: AccountEndpoint): ServerLink {
  const { tree, settings } = ctx;
  const coap = transport.endpoint;
  const version = enablerVersionFor(settings.lwm2mVersion, transport.binding);
  const log = (line: string) => ctx.log(`[ssid ${account.shortServerId}] ${line}`);
  let bindingNote = '';
  const noteBinding = (line: string) => line !== bindingNote && log((bindingNote = line)); // once, not at every Register
  /** Registration exchanges in flight: a new association made for one of them needs no extra Update. */
  let registering = 0;
  // The engine calls back into the session and the link only after start(), when both exist.
  const engine = new RegistrationEngine(
    {
      send: async (spec) => {
        registering += 1;
        try {
          return await coap.request(peer, spec);
        } finally {
          registering -= 1;
        }
      },
      registerParameters: () => ({
        endpoint: ctx.endpoint,
        lifetime: serverNumber(tree, account, Obj.Server.Lifetime, DEFAULT_LIFETIME_S),
        binding: bindingFor(serverBinding(tree, account), transport.binding, noteBinding),
        version,
        queueMode: settings.queueMode,
        profileId: registrationPayload(tree, settings.profileId === true, version).profileId,
        omitVersion: ctx.faults.omitLwm2mVersion,
      }),
      objectLinks: () => registrationPayload(tree, settings.profileId === true, version).objectLinks,
      log,
      registering: () => session.registering(),
      registrationFailed: () => ctx.registrationFailed(link),
      retryPolicy: () => retryPolicyOf(tree, account),
    },
    ctx.timeScale,
  );
  const session = createServerSession({
    tree,
    model: ctx.model,
    account,
    coap,
    server: peer,
    engine,
    executables: ctx.executables,
    faults: ctx.faults,
    timeScale: ctx.timeScale,
    log,
  });
  const queue = settings.queueMode ? new QueueModeWindow(coap, peer, coap.timing.maxTransmitWaitMs) : undefined;
  const offRenewed = isRenewable(coap)
    ? coap.onRenewed(() => {
        if (engine.status !== 'registered' || registering > 0) return;
        log(`new ${transport.transport} ${transport.binding === 'T' ? 'connection' : 'association'} with the server: sending a Registration Update (TS-Transport §6.5)`);
        engine.triggerUpdate();
      })
    : undefined;
  const link: ServerLink = {
    account,
    transport: transport.transport,
    peer,
    coap,
    engine,
    session,
    queue,
    async close() {
      offRenewed?.();
      engine.stop();
      session.close();
      queue?.close();
      if (transport.owned) await coap.close();
    },
  };
  return link;
}
