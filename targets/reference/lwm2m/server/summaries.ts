/**
 * JSON-safe views of the server's state, shared by the event log and the HTTP control API.
 */
import type { Registration } from './registration-store';

export type RegistrationSummary = {
  endpoint: string;
  registrationId: string;
  location: string;
  lifetime: number;
  version: string;
  binding: string;
  sms?: string;
  queueMode: boolean;
  objectLinks: string;
  objects: Array<{ objectId: number; version?: string; instances: number[] }>;
  address: string;
  port: number;
  /** The transport the client registered over (coap, coaps, coap+tcp, coaps+tcp). */
  transport: string;
  registeredAt: number;
  lastUpdateAt: number;
};

export function registrationSummary(r: Registration): RegistrationSummary {
  return {
    endpoint: r.endpoint,
    registrationId: r.id,
    location: `/${r.location.join('/')}`,
    lifetime: r.lifetime,
    version: r.version,
    binding: r.binding,
    ...(r.sms !== undefined ? { sms: r.sms } : {}),
    queueMode: r.queueMode,
    objectLinks: r.objectLinks,
    objects: r.objects.map((o) => ({ objectId: o.objectId, ...(o.version !== undefined ? { version: o.version } : {}), instances: [...o.instances] })),
    address: r.peer.address,
    port: r.peer.port,
    transport: r.transport,
    registeredAt: r.registeredAt,
    lastUpdateAt: r.lastUpdateAt,
  };
}

/**
 * The registration as an event detail: the same fields as the summary except the parsed object
 * list (`objectLinks` carries it), built without copying — Register and Update each log one, on
 * the server's hot path.
 */
export function registrationEventDetail(r: Registration): Record<string, unknown> {
  return {
    registrationId: r.id,
    location: r.location,
    lifetime: r.lifetime,
    version: r.version,
    binding: r.binding,
    queueMode: r.queueMode,
    objectLinks: r.objectLinks,
    address: r.peer.address,
    port: r.peer.port,
    transport: r.transport,
  };
}
