/**
 * Test support for the client's transports: C.1 re-provisioned with a secured or TCP account (the
 * Security Object resources of TS-Core App. E.1 written as the harness would), and a minimal LwM2M
 * server built straight on the transport's server endpoint — it answers Register 2.01 and can send
 * a Read back — so these tests depend on no server implementation but the transport's own.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import type { ClientConfiguration, ConfigValue } from '../../../../roles/lwm2m-client';
import { C1, SecurityMode } from '../../configurations';
import type { CoapEndpoint, IncomingRequest, PeerAddress } from '../../../transport/coap-udp/types';
import { ReferenceLwm2mClient } from '../reference-client';

const opaque = (b: Buffer | string): ConfigValue => ({ opaque: Buffer.from(b).toString('base64') });

export type ProvisionedSecurity =
  | { mode: 'nosec' }
  | { mode: 'psk'; identity: string; key: Buffer }
  | { mode: 'certificate'; certPem: string; keyPem: string; serverCertPem: string; usage?: 0 | 1 | 2 | 3 };

/** C.1 whose account points at `uri` with `security`; `server` overrides resources of /1/0 (e.g. retry timers). */
export function securedC1(uri: string, security: ProvisionedSecurity, server: Record<number, ConfigValue> = {}): ClientConfiguration {
  const resources: Record<number, ConfigValue> = { 0: uri, 1: false, 10: 1 };
  if (security.mode === 'nosec') resources[2] = SecurityMode.NoSec;
  else if (security.mode === 'psk') Object.assign(resources, { 2: SecurityMode.PreSharedKey, 3: opaque(security.identity), 5: opaque(security.key) });
  else {
    Object.assign(resources, {
      2: SecurityMode.Certificate,
      3: opaque(new X509Certificate(security.certPem).raw),
      4: opaque(new X509Certificate(security.serverCertPem).raw),
      5: opaque(createPrivateKey(security.keyPem).export({ format: 'der', type: 'pkcs8' })),
    });
    if (security.usage !== undefined) resources[15] = security.usage;
  }
  return {
    id: 'C.1-secured',
    instances: C1.instances.map((i) => {
      if (i.objectId === 0) return { ...i, resources };
      if (i.objectId === 1) return { ...i, resources: { ...i.resources, ...server } };
      return i;
    }),
  };
}

/** The /21 values of one OSCORE Object instance (client view: Sender ID = the client's). */
export interface ProvisionedOscore {
  masterSecret: Buffer;
  senderId: Buffer;
  recipientId: Buffer;
  masterSalt?: Buffer;
}

/** `configuration` with /0/{securityInstanceId}/17 linking a new /21/{oscoreInstanceId} holding `oscore` (TS-Core 1.2 App. E.1). */
export function withOscoreAccount(configuration: ClientConfiguration, securityInstanceId: number, oscoreInstanceId: number, oscore: ProvisionedOscore): ClientConfiguration {
  const resources: Record<number, ConfigValue> = { 0: opaque(oscore.masterSecret), 1: opaque(oscore.senderId), 2: opaque(oscore.recipientId) };
  if (oscore.masterSalt) resources[5] = opaque(oscore.masterSalt);
  return {
    id: `${configuration.id}+oscore`,
    instances: [
      ...configuration.instances.map((i) =>
        i.objectId === 0 && i.instanceId === securityInstanceId ? { ...i, resources: { ...i.resources, 17: { objlnk: `21:${oscoreInstanceId}` } } } : i,
      ),
      { objectId: 21, instanceId: oscoreInstanceId, resources },
    ],
  };
}

export interface Registration {
  query: string[];
  peer: PeerAddress;
  request: IncomingRequest;
}

/** A minimal LwM2M server on `endpoint`: Register → 2.01 `/rd/1`, Update/De-register → 2.04/2.02. */
export function minimalServer(endpoint: CoapEndpoint) {
  const registrations: Registration[] = [];
  const waiting: ((r: Registration) => void)[] = [];
  endpoint.onRequest((req) => {
    if (req.method === 'POST' && req.path === '/rd') {
      const r = { query: req.query, peer: req.peer, request: req };
      registrations.push(r);
      for (const w of waiting.splice(0)) w(r);
      return { code: '2.01', locationPath: ['rd', '1'] };
    }
    if (req.path.startsWith('/rd/')) return { code: req.method === 'DELETE' ? '2.02' : '2.04' };
    return { code: '4.04' };
  });
  return {
    registrations,
    /** The next Register (or the first one, if it already came), within `ms`. */
    registered(ms: number): Promise<Registration> {
      if (registrations.length > 0) return Promise.resolve(registrations[0]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no Register within ${ms} ms`)), ms);
        waiting.push((r) => {
          clearTimeout(timer);
          resolve(r);
        });
      });
    },
    /** Read `path` as text/plain (TS-Transport §7.3.1) from the registered client. */
    async readText(peer: PeerAddress, path: string): Promise<{ code: string; text: string }> {
      const response = await endpoint.request(peer, { method: 'GET', path, accept: 0 }, { timeoutMs: 5000 });
      return { code: response.code, text: response.payload.toString('utf8') };
    },
  };
}

/** Polls `probe` every 20 ms until it is true or `ms` passed (bounded). */
export async function eventually(probe: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (probe()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return probe();
}

/** A fresh reference client per test, stopped afterwards with every endpoint the test hands to `closing`. */
export function useReferenceClient(): { client: ReferenceLwm2mClient; closing: CoapEndpoint[] } {
  const session = { client: undefined as unknown as ReferenceLwm2mClient, closing: [] as CoapEndpoint[] };
  beforeEach(() => (session.client = new ReferenceLwm2mClient()));
  afterEach(async () => {
    await session.client.stop();
    await Promise.all(session.closing.splice(0).map((e) => e.close()));
  });
  return session;
}
