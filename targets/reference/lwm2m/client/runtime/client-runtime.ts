/**
 * One power-on of the reference client: its CoAP endpoint, the Bootstrap Sequence (TS-Core 1.0
 * §5.1.3, 1.1 §6.1.3; ETS int-6) — register to every Server Account it holds, and if it holds none or
 * every registration fails, Client Initiated Bootstrap with its Bootstrap-Server Account — and the
 * routing of each incoming request by the endpoint and address it came from: the Bootstrap-Server's
 * go to the running bootstrap, each LwM2M Server's to its own session, anyone else's are ignored
 * (TS-Transport §6.4: a client serves only its servers). coap:// accounts share the client's one UDP
 * endpoint; coaps, coap+tcp, coaps+tcp, http(s), mqtt(s) and OSCORE accounts each get their own
 * (account-opener.ts), made — handshake included — when the first request goes out, so a failed
 * handshake is a failed attempt.
 */
import type { ObjectModel } from '../../model/object-model';
import { codecFor } from '../../codecs/registry';
import { createUdpEndpoint, type UdpCoapEndpoint } from '../../../transport/coap-udp/endpoint';
import type { CoapEndpoint, CoapResponseSpec, IncomingRequest } from '../../../transport/coap-udp/types';
import { BootstrapSession } from '../bootstrap/bootstrap-session';
import { Block1Receiver } from '../block/block1-receiver';
import { clientExecutables } from '../executables';
import type { ClientFaults } from '../faults';
import type { ObjectTree } from '../object-tree';
import type { ObjectFaults } from '../objects';
import { bootstrapOnFailure, findBootstrapAccount, findServerAccounts } from '../server-account';
import { localAddressFor, resolveServerPeer, samePeer, type HostsTable } from '../server-peer';
import { enablerVersionFor, type AccountEndpoint } from '../transport/open-account-endpoint';
import { TrafficHub } from '../transport/traffic-hub';
import { openAccount, type AccountOpenerOptions } from './account-opener';
import { openFirmware, type FirmwareParts } from './firmware-parts';
import { openServerLink, type ServerLink, type ServerLinkContext } from './server-link';
import type { ReferenceClientSettings } from './settings';

/** Spec seconds before a failed bootstrap is tried again; doubles per failure up to the cap. */
const BOOTSTRAP_RETRY_S = 30;
const BOOTSTRAP_RETRY_CAP_S = 3600;

export interface RuntimeOptions {
  endpoint: string;
  tree: ObjectTree;
  model: ObjectModel;
  settings: ReferenceClientSettings;
  faults: ClientFaults;
  timeScale: number;
  /** Static hosts table (name → IP) consulted before DNS for Server URIs. */
  hosts?: HostsTable;
  log(line: string): void;
  /** Power-cycle the device (Execute /3/0/4). */
  reboot(): void;
}

export class ClientRuntime {
  private links: ServerLink[] = [];
  private bootstrap?: BootstrapSession;
  /** The Bootstrap-Server Account's endpoint; kept after the bootstrap so a repeated Finish is still answered. */
  private bootstrapTransport?: AccountEndpoint;
  private bootstrapFailures = 0;
  private retryTimer?: NodeJS.Timeout;
  private stopped = false;
  private readonly block1 = new Block1Receiver();
  private readonly firmware?: FirmwareParts;
  private readonly linkContext: ServerLinkContext;
  private readonly traffic = new TrafficHub();
  private readonly opener: AccountOpenerOptions;

  private constructor(
    readonly coap: UdpCoapEndpoint,
    private readonly o: RuntimeOptions,
  ) {
    const executables = clientExecutables(o.tree, {
      server: (instanceId) => this.links.find((l) => l.account.serverInstanceId === instanceId),
      bootstrapRequest: () => void this.startBootstrap('Bootstrap-Request Trigger executed'),
      reboot: () => o.reboot(),
      firmwareUpdate: () => void this.firmware?.update.update(),
    }, { traffic: this.traffic, timeScale: o.timeScale, faults: o.faults });
    this.traffic.add(coap);
    this.linkContext = { ...o, executables, registrationFailed: (link) => this.registrationFailed(link) };
    this.opener = { tree: o.tree, shared: coap, hosts: o.hosts ?? {}, timeScale: o.timeScale, traffic: this.traffic, log: o.log, endpointName: o.endpoint, mqttVersion: o.settings.mqttVersion, faults: o.faults, route: (req, endpoint) => this.route(req, endpoint) };
    this.firmware = openFirmware({ coap, tree: o.tree, model: o.model, settings: o.settings, timeScale: o.timeScale, log: o.log });
    coap.onRequest((req) => this.route(req, coap));
  }

  static async start(o: RuntimeOptions): Promise<ClientRuntime> {
    const coap = await createUdpEndpoint({ address: await localAddress(o.tree, o.hosts), port: 0, timeScale: o.timeScale });
    const runtime = new ClientRuntime(coap, o);
    void runtime.boot();
    return runtime;
  }

  /** Operator actions on the device (`send`, …) go to the first server's session. */
  async trigger(action: string, detail?: unknown): Promise<void> {
    const link = this.links[0];
    if (!link) throw new Error(`the reference client is not registered to any server, so it cannot "${action}"`);
    await link.session.trigger(action, detail);
  }

  /**
   * The URL of the HTTP server an http(s):// account runs for its server's requests (TS-Transport 1.2
   * §7; ../transport/http.ts): of the LwM2M Server Account with that Short Server ID, of the
   * Bootstrap-Server Account ('bootstrap'), or, without an argument, of the account bootstrapping now
   * or else the first registered one. Undefined until that account's first request went out (the
   * listener is bound just before it) or when the account is not on HTTP.
   */
  httpUrl(account?: number | 'bootstrap'): string | undefined {
    const bootstrap = this.bootstrapTransport?.transport === 'http' ? this.bootstrapTransport.endpoint : undefined;
    const links = this.links.filter((l) => l.transport === 'http' && (typeof account !== 'number' || l.account.shortServerId === account));
    const endpoint = account === 'bootstrap' ? bootstrap : typeof account === 'number' ? links[0]?.coap : ((this.bootstrap ? bootstrap : undefined) ?? links[0]?.coap);
    const local = endpoint?.local;
    if (!local || local.address === '' || local.port === 0) return undefined;
    return `http://${local.address.includes(':') ? `[${local.address}]` : local.address}:${local.port}`;
  }

  /** De-registers from every server (graceful power-off). */
  async deregisterAll(): Promise<void> {
    await Promise.all(this.links.map((l) => l.engine.deregisterNow()));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.bootstrap?.close();
    const closing = [this.closeLinks(), this.closeBootstrapTransport()];
    this.firmware?.close();
    this.block1.clear();
    await Promise.all([...closing, this.coap.close()]);
  }

  /** Bootstrap Sequence steps 3-4: register to the Server Accounts, else bootstrap. */
  private async boot(): Promise<void> {
    const accounts = findServerAccounts(this.o.tree);
    if (accounts.length === 0) return this.startBootstrap('no LwM2M Server Account');
    for (const account of accounts) {
      const opened = await openAccount(this.opener, account.securityInstanceId, account.serverUri, `[ssid ${account.shortServerId}]`);
      if (!opened) continue;
      if (this.stopped) return void (opened.transport.owned && (await opened.transport.endpoint.close()));
      const link = openServerLink(this.linkContext, account, opened.peer, opened.transport);
      this.links.push(link);
      void link.engine.start();
    }
    if (this.links.length === 0) return this.startBootstrap('no usable LwM2M Server Account');
  }

  /** TS-Core 1.1 §6.2.1.1 and Table 6.2.1.1-1 (/1/x/16): every registration failed → bootstrap. */
  private registrationFailed(link: ServerLink): void {
    const all = this.links.every((l) => l.engine.status === 'failed');
    if (!all || !findBootstrapAccount(this.o.tree) || !bootstrapOnFailure(this.o.tree, link.account)) return;
    void this.closeLinks();
    void this.startBootstrap('registration failed with every LwM2M Server');
  }

  private async startBootstrap(reason: string): Promise<void> {
    if (this.stopped || this.bootstrap) return;
    const account = findBootstrapAccount(this.o.tree);
    if (!account) {
      this.o.log(`cannot bootstrap (${reason}): no Bootstrap-Server Account`);
      return;
    }
    // The Bootstrap-Server Account may have changed since the last bootstrap: a fresh endpoint each time.
    await this.closeBootstrapTransport();
    const opened = await openAccount(this.opener, account.securityInstanceId, account.serverUri, `cannot bootstrap (${reason}):`, true);
    if (!opened) return;
    if (this.stopped || this.bootstrap || this.bootstrapTransport) {
      if (opened.transport.owned) await opened.transport.endpoint.close();
      return;
    }
    this.bootstrapTransport = opened.transport;
    const coap = opened.transport.endpoint;
    this.o.log(`Client Initiated Bootstrap: ${reason}`);
    const session = new BootstrapSession({
      coap,
      peer: opened.peer,
      endpoint: this.o.endpoint,
      usePack: this.o.settings.bootstrapPack === true,
      context: { tree: this.o.tree, model: this.o.model, codecFor, version: enablerVersionFor(this.o.settings.lwm2mVersion, opened.transport.binding) },
      exchangeLifetimeMs: coap.timing.exchangeLifetimeMs,
      acceptIncomplete: this.o.faults.acceptIncompleteBootstrap,
      log: (line) => this.o.log(`[bootstrap] ${line}`),
      onFinished: () => this.bootstrapFinished(session),
      onFailed: (why) => this.bootstrapFailed(session, why),
    });
    this.bootstrap = session;
    await session.start();
  }

  /** After bootstrap the client registers to the servers it now holds (TS-Core §6.1.3.3 step 4). */
  private bootstrapFinished(session: BootstrapSession): void {
    if (this.bootstrap !== session) return;
    this.bootstrap = undefined;
    this.bootstrapFailures = 0;
    this.o.log('bootstrap finished');
    void this.closeLinks().then(() => this.boot());
  }

  private bootstrapFailed(session: BootstrapSession, why: string): void {
    if (this.bootstrap !== session) return;
    this.bootstrap = undefined;
    this.bootstrapFailures += 1;
    const waitS = Math.min(BOOTSTRAP_RETRY_S * 2 ** (this.bootstrapFailures - 1), BOOTSTRAP_RETRY_CAP_S);
    this.o.log(`bootstrap failed (${why}); trying again in ${waitS} s (spec time)`);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.startBootstrap('retry after a failed bootstrap'), Math.max(1, waitS * 1000 * this.o.timeScale));
  }

  private async closeLinks(): Promise<void> {
    await Promise.all(this.links.splice(0).map((link) => link.close()));
  }

  private async closeBootstrapTransport(): Promise<void> {
    const transport = this.bootstrapTransport;
    this.bootstrapTransport = undefined;
    if (transport?.owned) await transport.endpoint.close();
  }

  /** A request is the server's when it came on that server's endpoint from that server's address. */
  private route(req: IncomingRequest, endpoint: CoapEndpoint): CoapResponseSpec | undefined | Promise<CoapResponseSpec | undefined> {
    if (this.stopped) return undefined;
    if (this.bootstrap && this.bootstrapTransport?.endpoint === endpoint && samePeer(req.peer, this.bootstrap.peer)) return this.bootstrap.handle(req);
    const link = this.links.find((l) => l.coap === endpoint && samePeer(req.peer, l.peer)) ?? this.anyPeerLink(endpoint);
    if (!link) return this.ignore(req, 'not one of its servers');
    if (this.bootstrap) return this.ignore(req, 'bootstrapping (TS-Core §6.1.1)');
    if (link.queue && !link.queue.isAwake()) return this.ignore(req, 'asleep in queue mode (TS-Transport §6.5)');
    return this.serve(link, req);
  }

  /** Fault answerAnyPeer (client/faults.ts): a stranger on a server's endpoint is served as that server. */
  private anyPeerLink(endpoint: CoapEndpoint): ServerLink | undefined {
    return this.o.faults.answerAnyPeer ? this.links.find((l) => l.coap === endpoint) : undefined;
  }

  /** Firmware requests first (they do their own Block1), then any other Block1 transfer, then DM. */
  private async serve(link: ServerLink, req: IncomingRequest): Promise<CoapResponseSpec | undefined> {
    const firmware = this.firmware?.requests.handle(req);
    if (firmware) return firmware;
    const step = this.block1.receive(req);
    if (step.kind === 'continue' || step.kind === 'error') return step.response;
    if (step.kind === 'plain') return link.session.handle(req);
    const response = await link.session.handle({ ...req, payload: step.payload });
    return response && { ...response, options: [...(response.options ?? []), ...(step.finalOption ?? [])] };
  }

  private ignore(req: IncomingRequest, why: string): undefined {
    this.o.log(`ignored ${req.method} ${req.path} from ${req.peer.address}:${req.peer.port}: ${why}`);
    return undefined;
  }
}

/** Loopback when the first account points at loopback (every suite run), else every interface. */
async function localAddress(tree: ObjectTree, hosts: HostsTable = {}): Promise<string> {
  const uris = [...findServerAccounts(tree).map((a) => a.serverUri), findBootstrapAccount(tree)?.serverUri].filter((u): u is string => u !== undefined);
  for (const uri of uris) {
    try {
      return localAddressFor(await resolveServerPeer(uri, hosts));
    } catch {
      // try the next account
    }
  }
  return '127.0.0.1';
}
