/**
 * The requests a client sends on the Bootstrap Interface (TS-Transport §6.4.2 Table 6.4.2-1):
 * Bootstrap-Request `POST /bs?ep={ep}&pct={ct}` and (1.2) Bootstrap-Pack-Request
 * `GET /bspack?ep={ep}` with Accept SenML CBOR (TS-Core 1.2 §6.1.7.7).
 */
import type { CoapRequestSpec } from '../../../transport/coap-udp/types';

/** Preferred Content Format for the Bootstrap-Server's writes: TLV (one of the four BS-02 allows). */
export const PREFERRED_CONTENT_FORMAT = 11542;
/** RFC 8428 SenML CBOR: the format of the Bootstrap-Pack the client asks for. */
export const PACK_CONTENT_FORMAT = 112;

export function bootstrapRequest(endpoint: string): CoapRequestSpec {
  return { method: 'POST', path: '/bs', query: [`ep=${endpoint}`, `pct=${PREFERRED_CONTENT_FORMAT}`] };
}

/** `acc` (1.2.1): the Bootstrap-Server Account's instances as links, e.g. `</0/1>`. */
export function bootstrapPackRequest(endpoint: string, accountInstances: readonly number[]): CoapRequestSpec {
  const query = [`ep=${endpoint}`];
  if (accountInstances.length > 0) query.push(`acc=${accountInstances.map((i) => `</0/${i}>`).join(',')}`);
  return { method: 'GET', path: '/bspack', query, accept: PACK_CONTENT_FORMAT };
}
