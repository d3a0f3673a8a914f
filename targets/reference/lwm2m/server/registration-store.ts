/**
 * The server's registrations (TS-Core §6.2): one per Endpoint Client Name, addressed by a short
 * location `rd/<id>` (Anjay Lite accepts at most 2 segments of ≤ 40 bytes). A registration expires
 * when its lifetime passes without an Update (TS-Core §6.2.2); lifetimes run scaled by `timeScale`.
 *
 * Every lookup is a Map hit (by id, by endpoint name, by peer address): Register and Update are the
 * server's hot path (bench/registration.bench.ts).
 */
import type { PeerAddress } from '../../transport/coap-udp/types';
import type { Lwm2mTransport } from './listeners/listener';
import type { RegisterRequest, UpdateRequest } from './register-params';

export interface Registration extends RegisterRequest {
  /** Registration id: the last Location-Path segment. */
  id: string;
  /** Location-Path of the 2.01, e.g. `['rd', '3']`. */
  location: string[];
  /** Where the client's messages come from; DM requests go there. */
  peer: PeerAddress;
  /** The transport the client registered (or last updated) over; DM requests use it too. */
  transport: Lwm2mTransport;
  registeredAt: number;
  lastUpdateAt: number;
}

/**
 * `replaced`: the old registration of an endpoint that registered again (TS-Core §6.2.1); it is
 * emitted before the new registration's `registered`.
 */
export type RegistrationEvent = 'registered' | 'updated' | 'deregistered' | 'expired' | 'replaced';

/** Longest setTimeout Node accepts; longer lifetimes are checked again when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Transport first: a UDP and a TCP client may share an address and port number. */
const peerKeyOf = (peer: PeerAddress, transport: Lwm2mTransport): string => `${transport}|${peer.address}|${peer.port}`;

/** The expiry timer of an endpoint's registration; kept across re-registration (no new timer per Register). */
interface Expiry {
  timer: NodeJS.Timeout;
  /** When the timer fires (epoch ms). */
  firesAt: number;
  registration: Registration;
}

export class RegistrationStore {
  private readonly byId = new Map<string, Registration>();
  private readonly idByEndpoint = new Map<string, string>();
  private readonly idByPeer = new Map<string, string>();
  /** By endpoint name. */
  private readonly expiries = new Map<string, Expiry>();
  private nextId = 1;

  constructor(
    private readonly timeScale: number,
    private readonly notify: (event: RegistrationEvent, registration: Registration) => void,
  ) {}

  /** TS-Core §6.2.1: a new Register from a known endpoint replaces its old registration. */
  register(request: RegisterRequest, peer: PeerAddress, transport: Lwm2mTransport = 'coap'): Registration {
    const previous = this.byEndpoint(request.endpoint);
    if (previous) {
      this.remove(previous.id, true);
      this.notify('replaced', previous);
    }
    const id = (this.nextId++).toString(36);
    const now = Date.now();
    // One literal with every field: all registrations share one object shape.
    const registration: Registration = {
      endpoint: request.endpoint,
      lifetime: request.lifetime,
      version: request.version,
      binding: request.binding,
      sms: request.sms,
      queueMode: request.queueMode,
      objects: request.objects,
      objectLinks: request.objectLinks,
      id,
      location: ['rd', id],
      peer,
      transport,
      registeredAt: now,
      lastUpdateAt: now,
    };
    this.byId.set(id, registration);
    this.idByEndpoint.set(request.endpoint, id);
    this.idByPeer.set(peerKeyOf(peer, transport), id);
    this.arm(registration);
    this.notify('registered', registration);
    return registration;
  }

  update(id: string, update: UpdateRequest, peer: PeerAddress, via?: Lwm2mTransport): Registration | undefined {
    const registration = this.byId.get(id);
    if (!registration) return undefined;
    const transport = via ?? registration.transport;
    if (registration.peer.port !== peer.port || registration.peer.address !== peer.address || registration.transport !== transport) {
      this.idByPeer.delete(peerKeyOf(registration.peer, registration.transport));
      this.idByPeer.set(peerKeyOf(peer, transport), id);
    }
    if (update.lifetime !== undefined) registration.lifetime = update.lifetime;
    if (update.binding !== undefined) registration.binding = update.binding;
    if (update.sms !== undefined) registration.sms = update.sms;
    if (update.queueMode !== undefined) registration.queueMode = update.queueMode;
    if (update.objects !== undefined) registration.objects = update.objects;
    if (update.objectLinks !== undefined) registration.objectLinks = update.objectLinks;
    registration.peer = peer;
    registration.transport = transport;
    registration.lastUpdateAt = Date.now();
    this.arm(registration);
    this.notify('updated', registration);
    return registration;
  }

  deregister(id: string): Registration | undefined {
    const registration = this.remove(id);
    if (registration) this.notify('deregistered', registration);
    return registration;
  }

  get(id: string): Registration | undefined {
    return this.byId.get(id);
  }

  byEndpoint(endpoint: string): Registration | undefined {
    const id = this.idByEndpoint.get(endpoint);
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** The registration whose client sends from `peer` (Send, notifications carry no endpoint name). */
  byPeer(peer: PeerAddress, transport: Lwm2mTransport = 'coap'): Registration | undefined {
    const id = this.idByPeer.get(peerKeyOf(peer, transport));
    return id === undefined ? undefined : this.byId.get(id);
  }

  all(): Registration[] {
    return [...this.byId.values()];
  }

  /** Drops a registration without telling the client (ETS int-105: the server "forgets" it). */
  forget(id: string): Registration | undefined {
    return this.remove(id);
  }

  clear(): void {
    for (const id of [...this.byId.keys()]) this.remove(id);
  }

  /** `keepTimer`: the endpoint registers again at once, so its expiry timer is handed over. */
  private remove(id: string, keepTimer = false): Registration | undefined {
    const registration = this.byId.get(id);
    this.byId.delete(id);
    if (registration) {
      if (this.idByEndpoint.get(registration.endpoint) === id) this.idByEndpoint.delete(registration.endpoint);
      const key = peerKeyOf(registration.peer, registration.transport);
      if (this.idByPeer.get(key) === id) this.idByPeer.delete(key);
      const expiry = this.expiries.get(registration.endpoint);
      if (expiry && !keepTimer) {
        clearTimeout(expiry.timer);
        this.expiries.delete(registration.endpoint);
      }
    }
    return registration;
  }

  private expiresAt(registration: Registration): number {
    return registration.lastUpdateAt + registration.lifetime * 1000 * this.timeScale;
  }

  /**
   * Keeps one timer per endpoint. A Register or Update usually pushes the deadline later, and
   * then the timer stays as it is and re-arms itself when it fires early; only a deadline that
   * moved earlier (a shorter lifetime) needs a new timer.
   */
  private arm(registration: Registration): void {
    const deadline = this.expiresAt(registration);
    const expiry = this.expiries.get(registration.endpoint);
    if (expiry) {
      expiry.registration = registration;
      if (expiry.firesAt <= deadline) return;
      clearTimeout(expiry.timer);
    }
    this.schedule(registration.endpoint, registration, deadline);
  }

  private schedule(endpoint: string, registration: Registration, deadline: number): void {
    const wait = Math.min(Math.max(0, deadline - Date.now()), MAX_TIMER_MS);
    const timer = setTimeout(() => this.check(endpoint), wait);
    timer.unref?.();
    this.expiries.set(endpoint, { timer, firesAt: Date.now() + wait, registration });
  }

  private check(endpoint: string): void {
    const expiry = this.expiries.get(endpoint);
    if (!expiry) return;
    const { registration } = expiry;
    if (this.byId.get(registration.id) !== registration) {
      this.expiries.delete(endpoint);
      return;
    }
    const deadline = this.expiresAt(registration);
    if (deadline > Date.now()) {
      this.schedule(endpoint, registration, deadline);
      return;
    }
    this.remove(registration.id);
    this.notify('expired', registration);
  }
}
