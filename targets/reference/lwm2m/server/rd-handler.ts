/**
 * The server's uplink interfaces (TS-Transport §6.4.3, §6.4.5): Register `POST /rd` → 2.01 with
 * Location-Path, Update `POST /rd/{id}` → 2.04 (4.04 for an unknown registration, after which the
 * client registers again), De-register `DELETE /rd/{id}` → 2.02 (4.04 when unknown), and Send
 * `POST /dp` (send/send-handler.ts). Anything else is 4.04.
 */
import type { CoapResponseSpec, IncomingRequest } from '../../transport/coap-udp/types';
import { isRefusal, parseRegisterRequest, parseUpdateRequest, type Refusal } from './register-params';
import type { RegistrationStore } from './registration-store';
import type { SendInbox } from './send/send-handler';

export interface UplinkContext {
  store: RegistrationStore;
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
  if (root === 'dp' && id === undefined && ctx.sends) return ctx.sends.handle(req, ctx.store.byPeer(req.peer));
  if (root !== 'rd' || rest.length > 0) return NOT_FOUND;
  const { store } = ctx;
  if (id === undefined) {
    if (req.method !== 'POST') return METHOD_NOT_ALLOWED;
    const request = parseRegisterRequest(req.query, req.payload, req.contentFormat);
    if (isRefusal(request)) return refused(request);
    const registration = store.register(request, req.peer);
    return { code: '2.01', locationPath: registration.location };
  }
  const registration = store.get(id);
  if (!registration) return NOT_FOUND;
  if (req.method === 'DELETE') {
    store.deregister(id);
    return DELETED;
  }
  if (req.method !== 'POST') return METHOD_NOT_ALLOWED;
  const update = parseUpdateRequest(req.query, req.payload, req.contentFormat, registration.version);
  if (isRefusal(update)) return refused(update);
  store.update(id, update, req.peer);
  return CHANGED;
}
