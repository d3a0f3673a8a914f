/**
 * The server's observations (RFC 7641, TS-Core §6.4). An observation is keyed by its token and the
 * client's address: notifications carry no path, only the token of the Observe request (RFC 7641
 * §3.2, TS-Transport §6.4.5), and the sequence number in the Observe option only orders them
 * (RFC 7641 §3.4).
 *
 * Re-registration (TS-Core §6.4.1 "the LwM2M Server MUST re-establish observations after a new
 * Register"): observations belong to a registration. When an endpoint registers again, when it
 * de-registers and when its registration expires, its observations are DROPPED — never silently
 * carried over — and an `ended` event says why; a caller that still wants the data observes again
 * on the new registration. A late notification with a dropped token is answered with RST (RFC 7641
 * §3.6 passive cancel), which also tells a client that kept the old observation to stop. This is
 * the same choice Leshan and Wakaama make; re-establishing automatically would hide a client that
 * forgot its observations, which the suite must be able to see.
 */
import type { CoapRequestSpec, CoapResponse, PeerAddress } from '../../../transport/coap-udp/types';
import type { DmResult } from '../dm/results';

/** Notifications kept per observation; older ones are dropped first (memory stays bounded). */
export const MAX_NOTIFICATIONS_KEPT = 1000;
/** Ended observations kept for the record (the control API lists them with why they ended). */
export const MAX_ENDED_KEPT = 200;

export interface Notification extends DmResult {
  /** Wall-clock ms of arrival. */
  at: number;
  /** The Observe option: the notification's sequence number (24 bits). */
  observe?: number;
  /** CON or NON (RFC 7641 §4.5: the client chooses). */
  type: string;
}

export interface Observation {
  /** The token in hex: the observation's id in the control API. */
  id: string;
  endpoint: string;
  registrationId: string;
  peer: PeerAddress;
  token: Buffer;
  /** The Observe request as sent, for an active cancel with the same token and options. */
  request: CoapRequestSpec;
  kind: 'single' | 'composite';
  /** `/3/0/7` for a single observation; the path list for a composite one. */
  paths: string[];
  createdAt: number;
  notifications: Notification[];
  /** Notifications received in all (the list above keeps the last MAX_NOTIFICATIONS_KEPT). */
  received: number;
  lastObserve?: number;
  lastAt?: number;
  /** Set once the observation is over (cancelled, dropped); it then stays listed for a while. */
  ended?: { at: number; reason: ObservationEnd };
}

export type ObservationEnd = 'cancelled-active' | 'cancelled-passive' | 'error-notification' | 're-registered' | 'deregistered' | 'expired';

export interface ObservationEvents {
  notification(observation: Observation, notification: Notification): void;
  ended(observation: Observation, reason: ObservationEnd): void;
}

const keyOf = (peer: PeerAddress, token: Buffer): string => `${peer.address}|${peer.port}#${token.toString('hex')}`;

/**
 * RFC 7641 §3.4: V2 is newer than V1 if (V1 < V2 and V2 − V1 < 2^23) or (V1 > V2 and V1 − V2 > 2^23),
 * or if more than 128 s passed since V1 arrived (checked by the caller, in wall-clock time).
 */
export function isNewer(v1: number, v2: number): boolean {
  return (v1 < v2 && v2 - v1 < 2 ** 23) || (v1 > v2 && v1 - v2 > 2 ** 23);
}

export class ObservationRegistry {
  private readonly byKey = new Map<string, Observation>();
  private readonly history: Observation[] = [];

  constructor(
    private readonly events: ObservationEvents,
    /** Wall-clock ms after which any notification counts as newer (RFC 7641 §3.4: 128 s, scaled). */
    private readonly reorderWindowMs: number,
  ) {}

  add(observation: Observation): void {
    this.byKey.set(keyOf(observation.peer, observation.token), observation);
  }

  /** An active or recently ended observation of `endpoint`. */
  get(endpoint: string, id: string): Observation | undefined {
    return this.all(endpoint, true).find((o) => o.id === id);
  }

  /** Active observations (of `endpoint`, when given); with `includeEnded`, recently ended ones too. */
  all(endpoint?: string, includeEnded = false): Observation[] {
    const all = [...this.byKey.values(), ...(includeEnded ? this.history : [])];
    return endpoint === undefined ? all : all.filter((o) => o.endpoint === endpoint);
  }

  /**
   * A response that matched no pending request: a notification if its token and sender match an
   * observation. Returns true to accept it (a CON one is ACKed); false makes the endpoint reject a
   * CON notification with RST, which cancels it at the client (RFC 7641 §3.6).
   */
  offer(response: CoapResponse, peer: PeerAddress, decode: (o: Observation, r: CoapResponse) => DmResult): boolean {
    const observation = this.byKey.get(keyOf(peer, response.message.token));
    if (!observation) return false;
    const at = Date.now();
    const stale =
      response.observe !== undefined &&
      observation.lastObserve !== undefined &&
      observation.lastAt !== undefined &&
      at - observation.lastAt < this.reorderWindowMs &&
      !isNewer(observation.lastObserve, response.observe);
    if (stale) return true; // RFC 7641 §3.4: an older notification is not used, but it is still acknowledged
    const notification: Notification = { ...decode(observation, response), at, type: response.message.type, ...(response.observe !== undefined ? { observe: response.observe } : {}) };
    observation.notifications.push(notification);
    if (observation.notifications.length > MAX_NOTIFICATIONS_KEPT) observation.notifications.shift();
    observation.received++;
    observation.lastAt = at;
    if (response.observe !== undefined) observation.lastObserve = response.observe;
    this.events.notification(observation, notification);
    // RFC 7641 §3.2: a notification without Observe, or with an error code, ends the observation.
    if (!response.code.startsWith('2.') || response.observe === undefined) this.end(observation, 'error-notification');
    return true;
  }

  /** Ends one observation (after a cancel); later notifications with its token get RST. */
  end(observation: Observation, reason: ObservationEnd): void {
    const key = keyOf(observation.peer, observation.token);
    if (this.byKey.get(key) !== observation) return;
    this.byKey.delete(key);
    observation.ended = { at: Date.now(), reason };
    this.history.push(observation);
    if (this.history.length > MAX_ENDED_KEPT) this.history.shift();
    this.events.ended(observation, reason);
  }

  /** Drops every observation of a registration (TS-Core §6.4.1; see the file comment). */
  dropRegistration(registrationId: string, reason: ObservationEnd): void {
    for (const observation of [...this.byKey.values()]) {
      if (observation.registrationId === registrationId) this.end(observation, reason);
    }
  }

  clear(): void {
    this.byKey.clear();
    this.history.length = 0;
  }
}
