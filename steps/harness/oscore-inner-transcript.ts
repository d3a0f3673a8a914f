/**
 * The OSCORE layer's view for the evidence: the wire transcript of an OSCORE endpoint shows only the
 * protected messages (outer POST / 2.04, ciphertext, RFC 8613 §4.2), so every request the suite's
 * server verified and every request it sent is also written as it is inside the protection —
 * method, path, query and the inner response code — marked `inside OSCORE`.
 */
import { describePeer } from '../../targets/reference/transport/coap-udp/peer';
import type { CoapEndpoint, CoapRequestSpec, CoapResponse, IncomingRequest, PeerAddress, RequestHandler } from '../../targets/reference/transport/coap-udp/types';
import { TRANSCRIPT_SECTION, type EvidenceSink } from './transcript-recorder';

const target = (path: string, query: readonly string[] | undefined): string => `${path}${query && query.length > 0 ? `?${query.join('&')}` : ''}`;
const format = (cf: number | undefined): string => (cf === undefined ? '' : ` (Content-Format ${cf})`);

/** `endpoint` with its requests and answers also written, decrypted, into the transcript. */
export function withInnerTranscript(endpoint: CoapEndpoint, evidence: EvidenceSink, role: string): CoapEndpoint {
  const line = (peer: PeerAddress, text: string): void => evidence.line(TRANSCRIPT_SECTION, `${evidence.stamp()} ${describePeer(peer)} ⇄ ${role} inside OSCORE: ${text}`);
  return {
    get local() {
      return endpoint.local;
    },
    onRequest(handler: RequestHandler): void {
      endpoint.onRequest(async (req: IncomingRequest) => {
        const response = await handler(req);
        line(req.peer, `${req.method} ${target(req.path, req.query)}${format(req.contentFormat)} → ${response?.code ?? 'no answer'}${format(response?.contentFormat)}`);
        return response;
      });
    },
    async request(peer: PeerAddress, spec: CoapRequestSpec, options?: { timeoutMs?: number }): Promise<CoapResponse> {
      const sent = `${spec.method} ${target(spec.path, spec.query)}${format(spec.contentFormat)}`;
      try {
        const response = await endpoint.request(peer, spec, options);
        line(peer, `${sent} → ${response.code}${format(response.contentFormat)}`);
        return response;
      } catch (e) {
        line(peer, `${sent} → no answer (${(e as Error).message})`);
        throw e;
      }
    },
    onTranscript: (listener) => endpoint.onTranscript(listener),
    sendMessage: (peer, message) => endpoint.sendMessage(peer, message),
    close: () => endpoint.close(),
    ...(endpoint.onUnmatchedResponse ? { onUnmatchedResponse: endpoint.onUnmatchedResponse.bind(endpoint) } : {}),
  };
}
