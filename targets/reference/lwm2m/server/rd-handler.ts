/**
 * The Registration Interface as the server serves it (TS-Transport §6.4.3): Register `POST /rd` →
 * 2.01 with Location-Path, Update `POST /rd/{id}` → 2.04 (4.04 for an unknown registration, after
 * which the client registers again), De-register `DELETE /rd/{id}` → 2.02.
 */
import type { CoapResponseSpec, IncomingRequest } from '../../transport/coap-udp/types';
import { isRefusal, parseRegisterRequest, parseUpdateRequest, type Refusal } from './register-params';
import type { RegistrationStore } from './registration-store';

function refused(refusal: Refusal): CoapResponseSpec {
  // RFC 7252 §5.5.2: a diagnostic payload explains the error to a human.
  return { code: refusal.code, payload: Buffer.from(refusal.reason, 'utf8') };
}

export function handleRegistrationInterface(store: RegistrationStore, req: IncomingRequest): CoapResponseSpec {
  const [root, id, ...rest] = req.pathSegments;
  if (root !== 'rd' || rest.length > 0) return { code: '4.04' };
  if (id === undefined) {
    if (req.method !== 'POST') return { code: '4.05' };
    const request = parseRegisterRequest(req.query, req.payload, req.contentFormat);
    if (isRefusal(request)) return refused(request);
    const registration = store.register(request, req.peer);
    return { code: '2.01', locationPath: registration.location };
  }
  const registration = store.get(id);
  if (!registration) return { code: '4.04' };
  if (req.method === 'DELETE') {
    store.deregister(id);
    return { code: '2.02' };
  }
  if (req.method !== 'POST') return { code: '4.05' };
  const update = parseUpdateRequest(req.query, req.payload, req.contentFormat, registration.version);
  if (isRefusal(update)) return refused(update);
  store.update(id, update, req.peer);
  return { code: '2.04' };
}
