/**
 * The coap listener with OSCORE (RFC 8613; TS-Transport 1.1+ §5.2.9 "OSCORE"): requests carrying the
 * OSCORE option are verified with the security store's contexts and answered protected; requests
 * without it pass through as they are, so NoSec clients keep using the same port (the identity
 * binding then refuses a NoSec request for an OSCORE-provisioned endpoint).
 *
 * Downlink requests (Device Management, Observe) go out protected only to a peer whose last request
 * verified with OSCORE: the OSCORE endpoint would otherwise protect a request to a NoSec client with
 * the only context it holds (contexts.ts's single-context fallback), or fail when it holds none.
 */
import type { CoapResponse, PeerAddress } from '../../../transport/coap-udp/types';
import { oscoreEndpoint, type OscoreContextStore } from '../../../transport/oscore';
import { OSCORE_OPTION, numberOf } from '../../../transport/oscore/option-classes';
import type { ListenerEndpoint } from './listener';

const keyOf = (peer: PeerAddress): string => `${peer.address}|${peer.port}`;
const hasOscore = (response: CoapResponse): boolean => response.message.options.some((o) => numberOf(o) === OSCORE_OPTION);

export function oscoreListenerEndpoint(inner: ListenerEndpoint, contexts: OscoreContextStore): ListenerEndpoint {
  // Echo freshness is for contexts restored after a reboot (App. B.1.2); ours are provisioned fresh, not restored.
  const oscore = oscoreEndpoint(inner, contexts, { unprotectedRequests: 'pass', echo: false });
  /** Peers whose last request verified with OSCORE (bounded like contexts.ts's learned peers). */
  const protectedPeers = new Set<string>();
  const via = (peer: PeerAddress) => (protectedPeers.has(keyOf(peer)) ? oscore : inner);
  return {
    get local() {
      return inner.local;
    },
    onRequest: (handler) =>
      oscore.onRequest((request) => {
        const key = keyOf(request.peer);
        protectedPeers.delete(key);
        if (request.peerIdentity?.mode === 'oscore') protectedPeers.add(key);
        if (protectedPeers.size > 4096) protectedPeers.delete(protectedPeers.values().next().value!);
        return handler(request);
      }),
    request: (peer, spec, options) => via(peer).request(peer, spec, options),
    sendMessage: (peer, message) => via(peer).sendMessage(peer, message),
    onUnmatchedResponse: (listener) => {
      // Protected notifications reach `listener` verified through the OSCORE endpoint; plain ones straight from the transport.
      const offVerified = oscore.onUnmatchedResponse(listener);
      const offPlain = inner.onUnmatchedResponse((response, peer) => (hasOscore(response) ? false : listener(response, peer)));
      return () => {
        offVerified();
        offPlain();
      };
    },
    onTranscript: (listener) => inner.onTranscript(listener),
    sendRaw: inner.sendRaw ? (peer, datagram) => inner.sendRaw!(peer, datagram) : undefined,
    close: () => oscore.close(),
  };
}
