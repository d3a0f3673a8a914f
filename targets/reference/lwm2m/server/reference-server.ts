/**
 * The reference LwM2M Server: a registration store behind the Registration Interface, Send on
 * `/dp`, and the Device Management / Information Reporting operations (dm/) going out through a
 * per-client downlink queue (NSTART = 1, queue mode). The server listens on one or more transports
 * at once (listeners/: coap, coaps, coap+tcp, coaps+tcp, mqtt, http); DM requests go out from the same endpoint
 * the client registered to — clients ignore requests from anywhere else (TS-Transport §6.4.3).
 * A security store (security/) holds each endpoint's credentials: the (D)TLS listeners take PSK keys
 * from it, the coap listener its OSCORE contexts (RFC 8613), and Register/Update bind the endpoint
 * name to the authenticated identity (§5.2.6).
 *
 * Everything that happens is also appended to an event log (events/), which the HTTP control API
 * (http-api/) serves to the suite.
 */
import { EventEmitter } from 'node:events';
import { defaultModel } from '../model/object-model';
import { resolveTiming } from '../../transport/coap-udp/parameters';
import type { CoapResponse, PeerAddress } from '../../transport/coap-udp/types';
import type { Lwm2mRecord, ResourceValue } from '../codecs/types';
import type { PathLike } from './dm/paths';
import type { WriteOptions } from './dm/requests';
import type { DmResult } from './dm/results';
import { DeviceManagement, NotRegisteredError } from './dm/device-management';
import { DownlinkQueue } from './downlink/downlink';
import { EventLog } from './events/event-log';
import { ObservationRegistry } from './observe/observations';
import { openListeners, type Listener, type ListenerEndpoint, type ListenerSpec, type Lwm2mTransport, type ServerCredentials } from './listeners/listener';
import { handleRegistrationInterface } from './rd-handler';
import { describeIdentity } from './security/identity-binding';
import { SecurityStore } from './security/security-store';
import { HttpClientUrls } from './http-clients';
import { RegistrationStore, type Registration, type RegistrationEvent } from './registration-store';
import { SendInbox } from './send/send-handler';
import { registrationEventDetail } from './summaries';

export { NotRegisteredError } from './dm/device-management';

export interface ReferenceServerOptions {
  /** Default 127.0.0.1 (the coap listener when `listeners` is not given). */
  address?: string;
  /** Default 0: any free port. */
  port?: number;
  /** The transports to listen on; default one coap listener on `address`:`port`. */
  listeners?: ListenerSpec[];
  /** The server certificate for coaps / coaps+tcp certificate mode (and the CA of x509 clients). */
  credentials?: ServerCredentials;
  /** Bound on a (D)TLS handshake; default 30 s × timeScale. */
  handshakeTimeoutMs?: number;
  /** Wall-clock seconds per spec second (lifetimes and CoAP timers). */
  timeScale?: number;
  /**
   * http listener: the base URL (`http://host:port`) of the HTTP server of the client named `ep`,
   * where DM requests go. TS-Transport 1.2 §7 has no discovery; entries put in `httpClients` win.
   */
  httpClientUrl?: (endpointName: string) => string | undefined;
}

/** RFC 7641 §3.4: after 128 s any notification counts as newer than the last one. */
const REORDER_WINDOW_S = 128;

export class ReferenceLwm2mServer extends EventEmitter {
  readonly events = new EventLog();
  readonly dm: DeviceManagement;
  readonly downlink: DownlinkQueue;
  readonly observations: ObservationRegistry;
  readonly sends: SendInbox;
  /** Endpoint credentials (PSK / certificate): provision before the client connects. */
  readonly security: SecurityStore;
  /** http listener: each client's own HTTP URL (TS-Transport 1.2 §7 does not carry it; http-clients.ts). */
  readonly httpClients: HttpClientUrls;
  private readonly store: RegistrationStore;
  private readonly model = defaultModel();
  /** Endpoint → wall-clock ms of its last uplink message (queue mode presence). */
  private readonly lastUplink = new Map<string, number>();

  private constructor(
    private readonly open: Listener[],
    timeScale: number,
    security: SecurityStore,
    httpClients: HttpClientUrls,
  ) {
    super();
    this.security = security;
    this.httpClients = httpClients;
    this.store = new RegistrationStore(timeScale, (event, registration) => this.registrationEvent(event, registration));
    this.downlink = new DownlinkQueue((ep) => this.presence(ep), resolveTiming({}, timeScale).maxTransmitWaitMs);
    this.observations = new ObservationRegistry(
      {
        notification: (o, n) => {
          this.sawUplink(o.endpoint);
          this.events.push('notification', o.endpoint, { observationId: o.id, code: n.code, observe: n.observe, contentFormat: n.contentFormat });
        },
        ended: (o, reason) => this.events.push('observation-ended', o.endpoint, { observationId: o.id, reason }),
      },
      REORDER_WINDOW_S * 1000 * timeScale,
    );
    this.sends = new SendInbox(this.model, (send) => {
      this.sawUplink(send.endpoint);
      this.events.push('send', send.endpoint, { contentFormat: send.contentFormat, records: send.records.length });
    });
    this.dm = new DeviceManagement({
      model: this.model,
      downlink: this.downlink,
      observations: this.observations,
      registration: (ep) => this.store.byEndpoint(ep),
      request: (registration, spec) => this.listenerFor(registration.transport).endpoint.request(registration.peer, spec),
    });
    for (const listener of open) {
      const uplink = {
        store: this.store,
        sends: this.sends,
        security: this.security,
        transport: listener.transport,
        refused: (req: { method: string; path: string; peer: PeerAddress; peerIdentity?: Parameters<typeof describeIdentity>[0] }, res: { code: string; payload?: Buffer }) =>
          this.events.push('refused', undefined, {
            request: `${req.method} ${req.path}`,
            from: `${listener.transport}://${req.peer.address}:${req.peer.port}`,
            identity: describeIdentity(req.peerIdentity),
            code: res.code,
            reason: res.payload?.toString('utf8') ?? '',
          }),
      };
      listener.endpoint.onRequest((req) => handleRegistrationInterface(uplink, req));
      listener.endpoint.onUnmatchedResponse((response, peer) => this.notification(response, peer, listener.endpoint));
    }
  }

  static async start(options: ReferenceServerOptions = {}): Promise<ReferenceLwm2mServer> {
    const timeScale = options.timeScale ?? 1;
    const security = new SecurityStore();
    const specs = options.listeners ?? [{ transport: 'coap', address: options.address, port: options.port }];
    const httpClients = new HttpClientUrls(options.httpClientUrl);
    const listeners = await openListeners(specs, {
      timeScale,
      psk: (identity) => security.pskKey(identity),
      oscore: security.oscoreContexts,
      credentials: options.credentials,
      handshakeTimeoutMs: options.handshakeTimeoutMs,
      httpClientUrl: (ep) => httpClients.get(ep),
    });
    return new ReferenceLwm2mServer(listeners, timeScale, security, httpClients);
  }

  override on(event: RegistrationEvent, listener: (registration: Registration) => void): this {
    return super.on(event, listener);
  }

  override once(event: RegistrationEvent, listener: (registration: Registration) => void): this {
    return super.once(event, listener);
  }

  /** Resolves with the next occurrence of `event` (for `ep`, when given). */
  next(event: RegistrationEvent, endpoint?: string): Promise<Registration> {
    return new Promise((resolve) => {
      const listener = (r: Registration) => {
        if (endpoint !== undefined && r.endpoint !== endpoint) return;
        this.off(event, listener);
        resolve(r);
      };
      this.on(event, listener);
    });
  }

  /** The address of the first listener (the coap one by default). */
  get local(): PeerAddress {
    return this.open[0]!.endpoint.local;
  }

  /** The URI of the first listener, e.g. `coap://127.0.0.1:5683`. */
  get uri(): string {
    return this.open[0]!.uri;
  }

  /** Every listener's URI by transport. */
  get uris(): Partial<Record<Lwm2mTransport, string>> {
    return Object.fromEntries(this.open.map((l) => [l.transport, l.uri]));
  }

  /** The first listener's endpoint: lets a caller see every message (evidence, debugging). */
  get endpoint(): ListenerEndpoint {
    return this.open[0]!.endpoint;
  }

  /** The listener of a transport, if the server listens on it (e.g. `listener('coaps')?.dtls?.sessionCount()`). */
  listener(transport: Lwm2mTransport): Listener | undefined {
    return this.open.find((l) => l.transport === transport);
  }

  registration(endpoint: string): Registration | undefined {
    return this.store.byEndpoint(endpoint);
  }

  registrations(): Registration[] {
    return this.store.all();
  }

  /** Is a queue-mode client reachable right now (TS-Transport §6.5)? */
  isAwake(endpoint: string): boolean {
    return this.downlink.isAwake(endpoint);
  }

  /** Forgets a registration without telling the client; its next Update gets 4.04 (ETS int-105). */
  forget(endpoint: string): boolean {
    const r = this.store.byEndpoint(endpoint);
    if (r === undefined || this.store.forget(r.id) === undefined) return false;
    this.observations.dropRegistration(r.id, 'deregistered');
    return true;
  }

  read(endpoint: string, path: PathLike, accept?: number): Promise<DmResult> {
    return this.dm.read(endpoint, path, accept).result;
  }

  write(endpoint: string, path: PathLike, content: ResourceValue | Lwm2mRecord[], options?: WriteOptions): Promise<DmResult> {
    return this.dm.write(endpoint, path, content, options).result;
  }

  execute(endpoint: string, path: PathLike, args?: string): Promise<DmResult> {
    return this.dm.execute(endpoint, path, args).result;
  }

  async close(): Promise<void> {
    this.downlink.close(new Error('the server is closing'));
    this.observations.clear();
    this.store.clear();
    this.sends.clear();
    this.events.close();
    this.removeAllListeners();
    this.security.clear();
    this.httpClients.clear();
    await Promise.all(this.open.map((l) => l.endpoint.close()));
  }

  private listenerFor(transport: Lwm2mTransport): Listener {
    const listener = this.listener(transport);
    if (listener === undefined) throw new Error(`the server has no ${transport} listener`); // registrations only come in through listeners
    return listener;
  }

  private presence(endpoint: string) {
    const registration = this.store.byEndpoint(endpoint);
    if (!registration) return undefined;
    return { queueMode: registration.queueMode, lastUplinkAt: this.lastUplink.get(endpoint) ?? registration.lastUpdateAt };
  }

  private sawUplink(endpoint: string): void {
    this.lastUplink.set(endpoint, Date.now());
  }

  private registrationEvent(event: RegistrationEvent, registration: Registration): void {
    const { endpoint } = registration;
    switch (event) {
      case 'registered':
      case 'updated':
        this.sawUplink(endpoint);
        // After the 2.01/2.04 has gone out: a queue-mode client listens right after its message.
        if (this.downlink.hasPending(endpoint)) setImmediate(() => this.downlink.wake(endpoint));
        break;
      case 'replaced':
        this.observations.dropRegistration(registration.id, 're-registered');
        break;
      case 'deregistered':
      case 'expired':
        this.observations.dropRegistration(registration.id, event);
        this.downlink.abandon(endpoint, new NotRegisteredError(endpoint));
        this.lastUplink.delete(endpoint);
        break;
    }
    this.events.push(event, endpoint, registrationEventDetail(registration));
    this.emit(event, registration);
  }

  /** A response no request was waiting for: a notification, or nothing we know (→ RST). */
  private notification(response: CoapResponse, peer: PeerAddress, via: ListenerEndpoint): boolean {
    const accepted = this.observations.offer(response, peer, (o, r) => this.dm.decodeNotification(o, r));
    if (!accepted && response.message.type === 'NON') {
      // RFC 7641 §3.6: a notification nobody observes may be rejected with RST, NON ones too.
      via.sendMessage(peer, { type: 'RST', code: '0.00', messageId: response.message.messageId, token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0) }).catch(() => {});
    }
    return accepted;
  }
}
