/**
 * The reference LwM2M Client: provisioned from an ETS Appendix C configuration, it registers to its
 * one LwM2M Server and serves that server's DM requests — all over ONE CoAP/UDP endpoint, so the
 * server sees requests and responses from the address it registered (TS-Transport §6.4.3).
 */
import type { Lwm2mClientStartOptions, Lwm2mClientTarget } from '../../../roles/lwm2m-client';
import type { Lwm2mPath } from '../codecs/types';
import { codecFor } from '../codecs/registry';
import { withServerUri } from '../configurations/with-server-uri';
import { Obj } from '../model/ids.generated';
import { defaultModel } from '../model/object-model';
import { createUdpEndpoint } from '../../transport/coap-udp/endpoint';
import type { CoapEndpoint, CoapResponseSpec, IncomingRequest, PeerAddress } from '../../transport/coap-udp/types';
import { clientExecutables } from './executables';
import type { ClientFaults } from './faults';
import { ObjectTree } from './object-tree';
import { registrationObjectList } from './object-links';
import { RegistrationEngine } from './registration-engine';
import { findServerAccount, serverBinding, serverNumber, type ServerAccount } from './server-account';
import { createServerSession, DEFAULT_LIFETIME_S, type ServerSession } from './server-session';
import { localAddressFor, resolveServerPeer, samePeer } from './server-peer';

/** How long a graceful shutdown waits for the De-register to be answered. */
const SHUTDOWN_GRACE_MS = 3000;
/** Diagnostics lines kept (oldest dropped first). */
const MAX_LOG_LINES = 200;

interface Running {
  coap: CoapEndpoint;
  engine: RegistrationEngine;
  tree: ObjectTree;
  account: ServerAccount;
  server: PeerAddress;
  session: ServerSession;
}

export class ReferenceLwm2mClient implements Lwm2mClientTarget {
  private running?: Running;
  private readonly logLines: string[] = [];

  constructor(private readonly faults: ClientFaults = {}) {}

  async start(options: Lwm2mClientStartOptions): Promise<void> {
    if (this.running) throw new Error('the reference client is already started');
    const model = defaultModel();
    const tree = ObjectTree.fromConfiguration(withServerUri(options.configuration, options.serverUri), model);
    const account = findServerAccount(tree);
    const server = await resolveServerPeer(options.serverUri);
    const coap = await createUdpEndpoint({ address: localAddressFor(server), port: 0, timeScale: options.timeScale });
    const engine = new RegistrationEngine(
      {
        send: (spec) => coap.request(server, spec),
        registerParameters: () => ({
          endpoint: options.endpoint,
          lifetime: serverNumber(tree, account, Obj.Server.Lifetime, DEFAULT_LIFETIME_S),
          binding: serverBinding(tree, account),
          omitVersion: this.faults.omitLwm2mVersion,
        }),
        objectLinks: () => registrationObjectList(tree),
        log: (line) => this.log(line),
      },
      options.timeScale,
    );
    const session = createServerSession({
      tree,
      model,
      account,
      coap,
      server,
      engine,
      executables: clientExecutables(tree, account, engine),
      faults: this.faults,
      timeScale: options.timeScale,
      log: (line) => this.log(line),
    });
    this.running = { coap, engine, tree, account, server, session };
    coap.onRequest((req) => this.serve(req));
    void engine.start();
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    if (!running) return;
    running.engine.stop();
    running.session.close();
    await running.coap.close();
  }

  /** De-registers (waiting at most `graceMs` for the server) and stops: a graceful power-off. */
  async shutdown(graceMs = SHUTDOWN_GRACE_MS): Promise<void> {
    const deregistered = this.running?.engine.deregisterNow();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([deregistered, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    await this.stop();
  }

  diagnostics(): string {
    return this.logLines.join('\n');
  }

  /** An operator-side action on the device (e.g. `send`), for scenarios that need the client to act. */
  async trigger(action: string, detail?: unknown): Promise<void> {
    if (!this.running) throw new Error('the reference client is not started');
    await this.running.session.trigger(action, detail);
  }

  private serve(req: IncomingRequest): CoapResponseSpec | undefined | Promise<CoapResponseSpec | undefined> {
    const running = this.running;
    if (!running) return undefined;
    if (!samePeer(req.peer, running.server)) {
      this.log(`ignored ${req.method} ${req.path} from ${req.peer.address}:${req.peer.port}: not the LwM2M Server`);
      return undefined;
    }
    return running.session.handle(req);
  }

  private log(line: string): void {
    this.logLines.push(`${new Date().toISOString()} ${line}`);
    if (this.logLines.length > MAX_LOG_LINES) this.logLines.shift();
  }
}
