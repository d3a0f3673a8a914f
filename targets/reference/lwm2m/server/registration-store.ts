/**
 * The server's registrations (TS-Core §6.2): one per Endpoint Client Name, addressed by a short
 * location `rd/<id>` (Anjay Lite accepts at most 2 segments of ≤ 40 bytes). A registration expires
 * when its lifetime passes without an Update (TS-Core §6.2.2); lifetimes run scaled by `timeScale`.
 */
import type { PeerAddress } from '../../transport/coap-udp/types';
import type { RegisterRequest, UpdateRequest } from './register-params';

export interface Registration extends RegisterRequest {
  /** Registration id: the last Location-Path segment. */
  id: string;
  /** Location-Path of the 2.01, e.g. `['rd', '3']`. */
  location: string[];
  /** Where the client's messages come from; DM requests go there. */
  peer: PeerAddress;
  registeredAt: number;
  lastUpdateAt: number;
}

export type RegistrationEvent = 'registered' | 'updated' | 'deregistered' | 'expired';

/** Longest setTimeout Node accepts; longer lifetimes are checked again when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class RegistrationStore {
  private readonly byId = new Map<string, Registration>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private nextId = 1;

  constructor(
    private readonly timeScale: number,
    private readonly notify: (event: RegistrationEvent, registration: Registration) => void,
  ) {}

  /** TS-Core §6.2.1: a new Register from a known endpoint replaces its old registration. */
  register(request: RegisterRequest, peer: PeerAddress): Registration {
    const previous = this.byEndpoint(request.endpoint);
    if (previous) this.remove(previous.id);
    const id = (this.nextId++).toString(36);
    const now = Date.now();
    const registration: Registration = { ...request, id, location: ['rd', id], peer, registeredAt: now, lastUpdateAt: now };
    this.byId.set(id, registration);
    this.arm(registration);
    this.notify('registered', registration);
    return registration;
  }

  update(id: string, update: UpdateRequest, peer: PeerAddress): Registration | undefined {
    const registration = this.byId.get(id);
    if (!registration) return undefined;
    Object.assign(registration, update, { peer, lastUpdateAt: Date.now() });
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
    return [...this.byId.values()].find((r) => r.endpoint === endpoint);
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

  private remove(id: string): Registration | undefined {
    const registration = this.byId.get(id);
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.byId.delete(id);
    return registration;
  }

  private arm(registration: Registration): void {
    clearTimeout(this.timers.get(registration.id));
    const expiresAt = registration.lastUpdateAt + registration.lifetime * 1000 * this.timeScale;
    const check = () => {
      if (this.byId.get(registration.id) !== registration) return;
      const left = expiresAt - Date.now();
      if (left > 0) {
        this.timers.set(registration.id, setTimeout(check, Math.min(left, MAX_TIMER_MS)));
        return;
      }
      this.remove(registration.id);
      this.notify('expired', registration);
    };
    this.timers.set(registration.id, setTimeout(check, Math.min(Math.max(0, expiresAt - Date.now()), MAX_TIMER_MS)));
  }
}
