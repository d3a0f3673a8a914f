/**
 * An account's endpoint with OSCORE on top (RFC 8613; TS-Transport 1.2 §5.5, §6.4): the transport's
 * endpoint (its own UDP socket for coap://, the DTLS/TCP/TLS endpoint otherwise) wrapped by the
 * OSCORE decorator (../../../transport/oscore/endpoint.ts), keeping what the runtime needs of a
 * LinkEndpoint (timing, renewals). Requests to the server are protected and its responses verified;
 * the server's requests must be protected (an unprotected one is answered 4.01, §8.2) and the first
 * one after power-on is challenged with Echo (RFC 9175, App. B.1.2). The transcript is the transport's:
 * it shows the messages as they travel, with the OSCORE option.
 *
 * A coap:// account with OSCORE does not share the client's plain UDP endpoint (TS-Transport §6.4.3
 * describes NoSec accounts): the OSCORE decorator owns the request handler of what it wraps.
 */
import { createUdpEndpoint } from '../../../transport/coap-udp/endpoint';
import { resolveTiming } from '../../../transport/coap-udp/parameters';
import type { CoapEndpoint, CoapResponse, PeerAddress, RequestHandler } from '../../../transport/coap-udp/types';
import { oscoreEndpoint, type OscoreCoapEndpoint, type SecurityContext } from '../../../transport/oscore';
import { localAddressFor } from '../server-peer';
import type { AccountEndpointSettings } from './account-settings';
import type { RenewableEndpoint } from './link-endpoint';
import { OnDemandEndpoint } from './on-demand-endpoint';

/** coap:// with OSCORE: a UDP socket of the account's own, bound when the first request goes out. */
export function ownUdpEndpoint(settings: AccountEndpointSettings): OnDemandEndpoint {
  return new OnDemandEndpoint(
    async () => ({ endpoint: await createUdpEndpoint({ address: localAddressFor(settings.peer), port: 0, timeScale: settings.timeScale }) }),
    resolveTiming({}, settings.timeScale),
  );
}

export function withOscore(inner: RenewableEndpoint, context: SecurityContext): OscoreLinkEndpoint {
  return new OscoreLinkEndpoint(inner, oscoreEndpoint(inner, context));
}

export class OscoreLinkEndpoint implements RenewableEndpoint {
  constructor(
    /** The transport endpoint underneath (protected messages). */
    readonly inner: RenewableEndpoint,
    private readonly oscore: OscoreCoapEndpoint,
  ) {}

  get timing() {
    return this.inner.timing;
  }

  get local(): PeerAddress {
    return this.inner.local;
  }

  request(peer: PeerAddress, spec: Parameters<CoapEndpoint['request']>[1], options?: { timeoutMs?: number }): Promise<CoapResponse> {
    return this.oscore.request(peer, spec, options);
  }

  sendMessage(peer: PeerAddress, message: Parameters<CoapEndpoint['sendMessage']>[1]): ReturnType<CoapEndpoint['sendMessage']> {
    return this.oscore.sendMessage(peer, message);
  }

  onRequest(handler: RequestHandler): void {
    this.oscore.onRequest(handler);
  }

  onTranscript(listener: Parameters<CoapEndpoint['onTranscript']>[0]): () => void {
    return this.oscore.onTranscript(listener);
  }

  onUnmatchedResponse(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void {
    return this.oscore.onUnmatchedResponse(listener);
  }

  onRenewed(listener: () => void): () => void {
    return this.inner.onRenewed(listener);
  }

  close(): Promise<void> {
    return this.oscore.close();
  }
}
