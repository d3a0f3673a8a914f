/**
 * The server's uplink interfaces (TS-Transport §6.4.3, §6.4.5): Register `POST /rd` → 2.01 with
 * Location-Path, Update `POST /rd/{id}` → 2.04 (4.04 for an unknown registration, after which the
 * client registers again), De-register `DELETE /rd/{id}` → 2.02 (4.04 when unknown), and Send
 * `POST /dp` (send/send-handler.ts). Anything else is 4.04.
 *
 * Register, Update and De-register act for an endpoint only when the channel's authenticated identity
 * belongs to it (TS-Transport §5.2.6, security/identity-binding.ts); a Register without `ep` over a
 * secured channel takes the endpoint its identity names (TS-Core 1.1 §6.2.1).
 */
import type { CoapResponseSpec, IncomingRequest } from '../../transport/coap-udp/types';
import { isRefusal, parseRegisterRequest, parseUpdateRequest, type Refusal } from './register-params';
import type { Lwm2mTransport } from './listeners/listener';
import type { RegistrationStore } from './registration-store';
import { checkBinding, endpointOfIdentity } from './security/identity-binding';
import type { SecurityStore } from './security/security-store';
import type { SendInbox } from './send/send-handler';

export interface UplinkContext {
  store: RegistrationStore;
  /** The transport the request came in on (default coap). */
  transport?: Lwm2mTransport;
  /** Endpoint credentials; without it nothing is bound (every endpoint NoSec). */
  security?: SecurityStore;
  sends?: SendInbox;
  /** A request refused with 4.xx (for the event log). */
  refused?(req: IncomingRequest, response: CoapResponseSpec): void;
}

function refused(refusal: Refusal): CoapResponseSpec {
  // RFC 7252 §5.5.2: a diagnostic payload explains the error to a human.
  return { code: refusal.code, payload: Buffer.from(refusal.reason, 'utf8') };
}

const NOT_FOUND: CoapResponseSpec = { code: '4.04' };
const METHOD_NOT_ALLOWED: CoapResponseSpec = { code: '4.05' };
const DELETED: CoapResponseSpec = { code: '2.02' };
const CHANGED: CoapResponseSpec = { code: '2.04' };

export function handleRegistrationInterface(ctx: UplinkContext, req: IncomingRequest): CoapResponseSpec {
  const response = answer(ctx, req);
  if (ctx.refused && response.code.startsWith('4.')) ctx.refused(req, response);
  return response;
}

function answer(ctx: UplinkContext, req: IncomingRequest): CoapResponseSpec {
  const [root, id, ...rest] = req.pathSegments;
  const transport = ctx.transport ?? 'coap';
  if (root === 'dp' && id === undefined && ctx.sends) return ctx.sends.handle(req, ctx.store.byPeer(req.peer, transport));
  if (root !== 'rd' || rest.length > 0) return NOT_FOUND;
  const { store } = ctx;
  if (id === undefined) {
    if (req.method !== 'POST') return METHOD_NOT_ALLOWED;
    const request = parseRegisterRequest(withBoundEndpoint(ctx, req), req.payload, req.contentFormat);
    if (isRefusal(request)) return refused(request);
    const unbound = ctx.security && checkBinding(ctx.security, request.endpoint, req.peerIdentity);
    if (unbound) return refused(unbound);
    const registration = store.register(request, req.peer, transport);
    return { code: '2.01', locationPath: registration.location };
  }
  const registration = store.get(id);
  if (!registration) return NOT_FOUND;
  const unbound = ctx.security && checkBinding(ctx.security, registration.endpoint, req.peerIdentity);
  if (unbound) return refused(unbound);
  if (req.method === 'DELETE') {
    store.deregister(id);
    return DELETED;
  }
  if (req.method !== 'POST') return METHOD_NOT_ALLOWED;
  const update = parseUpdateRequest(req.query, req.payload, req.contentFormat, registration.version);
  if (isRefusal(update)) return refused(update);
  store.update(id, update, req.peer, transport);
  return CHANGED;
}

/**
 * The query, with `ep=` added when it has none, the client speaks 1.1 or later, and the channel's
 * identity names an endpoint (in 1.0 ep is mandatory: TS-Core 1.0 §5.3.1; an absent lwm2m= is 1.0).
 */
function withBoundEndpoint(ctx: UplinkContext, req: IncomingRequest): readonly string[] {
  if (ctx.security === undefined || req.query.some((q) => q === 'ep' || q.startsWith('ep='))) return req.query;
  const version = req.query.find((q) => q.startsWith('lwm2m='))?.slice(6);
  if (version === undefined || version === '1.0') return req.query;
  const endpoint = endpointOfIdentity(ctx.security, req.peerIdentity);
  return endpoint === undefined ? req.query : [`ep=${endpoint}`, ...req.query];
}
