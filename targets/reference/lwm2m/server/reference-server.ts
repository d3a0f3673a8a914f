/**
 * The reference LwM2M Server: a registration store behind the Registration Interface, Send on
 * `/dp`, and the Device Management / Information Reporting operations (dm/) going out through a
 * per-client downlink queue (NSTART = 1, queue mode). DM requests go out from the same socket the
 * client registered to — clients ignore requests from anywhere else (TS-Transport §6.4.3).
 *
 * Everything that happens is also appended to an event log (events/), which the HTTP control API
 * (http-api/) serves to the suite.
 */
import { EventEmitter } from 'node:events';
import { defaultModel } from '../model/object-model';
import { createUdpEndpoint, type UdpCoapEndpoint } from '../../transport/coap-udp/endpoint';
import type { CoapResponse, PeerAddress } from '../../transport/coap-udp/types';
import type { Lwm2mRecord, ResourceValue } from '../codecs/types';
import type { PathLike } from './dm/paths';
import type { WriteOptions } from './dm/requests';
import type { DmResult } from './dm/results';
import { DeviceManagement, NotRegisteredError } from './dm/device-management';
import { DownlinkQueue } from './downlink/downlink';
import { EventLog } from './events/event-log';
import { ObservationRegistry } from './observe/observations';
import { handleRegistrationInterface } from './rd-handler';
import { RegistrationStore, type Registration, type RegistrationEvent } from './registration-store';
import { SendInbox } from './send/send-handler';
import { registrationEventDetail } from './summaries';

export { NotRegisteredError } from './dm/device-management';

export interface ReferenceServerOptions {
  /** Default 127.0.0.1. */
  address?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Wall-clock seconds per spec second (lifetimes and CoAP timers). */
  timeScale?: number;
}

/** RFC 7641 §3.4: after 128 s any notification counts as newer than the last one. */
const REORDER_WINDOW_S = 128;

export class ReferenceLwm2mServer extends EventEmitter {
  readonly events = new EventLog();
  readonly dm: DeviceManagement;
  readonly downlink: DownlinkQueue;
  readonly observations: ObservationRegistry;
  readonly sends: SendInbox;
  private readonly store: RegistrationStore;
  private readonly model = defaultModel();
  /** Endpoint → wall-clock ms of its last uplink message (queue mode presence). */
  private readonly lastUplink = new Map<string, number>();

  private constructor(
    private readonly coap: UdpCoapEndpoint,
    timeScale: number,
  ) {
    super();
    this.store = new RegistrationStore(timeScale, (event, registration) => this.registrationEvent(event, registration));
    this.downlink = new DownlinkQueue((ep) => this.presence(ep), coap.timing.maxTransmitWaitMs);
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
      request: (peer, spec) => this.coap.request(peer, spec),
    });
    const uplink = {
      store: this.store,
      sends: this.sends,
      refused: (req: { method: string; path: string; peer: PeerAddress }, res: { code: string; payload?: Buffer }) =>
        this.events.push('refused', undefined, { request: `${req.method} ${req.path}`, from: `${req.peer.address}:${req.peer.port}`, code: res.code, reason: res.payload?.toString('utf8') ?? '' }),
    };
    coap.onRequest((req) => handleRegistrationInterface(uplink, req));
    coap.onUnmatchedResponse((response, peer) => this.notification(response, peer));
  }

  static async start(options: ReferenceServerOptions = {}): Promise<ReferenceLwm2mServer> {
    const timeScale = options.timeScale ?? 1;
    const coap = await createUdpEndpoint({ address: options.address ?? '127.0.0.1', port: options.port ?? 0, timeScale });
    return new ReferenceLwm2mServer(coap, timeScale);
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

  get local(): PeerAddress {
    return this.coap.local;
  }

  get uri(): string {
    const { address, port } = this.coap.local;
    return `coap://${address.includes(':') ? `[${address}]` : address}:${port}`;
  }

  /** Lets a caller see every datagram (evidence, debugging). */
  get endpoint(): UdpCoapEndpoint {
    return this.coap;
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
    await this.coap.close();
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
  private notification(response: CoapResponse, peer: PeerAddress): boolean {
    const accepted = this.observations.offer(response, peer, (o, r) => this.dm.decodeNotification(o, r));
    if (!accepted && response.message.type === 'NON') {
      // RFC 7641 §3.6: a notification nobody observes may be rejected with RST, NON ones too.
      this.coap.sendMessage(peer, { type: 'RST', code: '0.00', messageId: response.message.messageId, token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0) }).catch(() => {});
    }
    return accepted;
  }
}
