/**
 * `coap+tcp://` and `coaps+tcp://`: CoAP over TCP and TLS (RFC 8323; TS-Transport 1.1 §5.2.7 binding
 * T). coaps+tcp uses the account's PSK (TLS 1.2 PSK suites, ETS int-406) or certificate: with
 * Certificate Usage 0 or 2 (/0/x/15) /0/x/4 is the trust anchor and node:tls checks that the server
 * certificate names the URI host (RFC 6125, via `servername`); with 1 or 3 /0/x/4 is the server's
 * own certificate (RFC 6698 §2.1.1), pinned: the server must present exactly it, CA-issued or
 * self-signed, and the host name is not checked (coap-tcp `pinnedCertificate`).
 *
 * A new connection after the first (the server or a middlebox closed the old one) comes from a new
 * source port, and the server can reach the client only over a connection the client opened: the
 * link follows it with a Registration Update (server-link.ts).
 *
 * Timing: nothing is retransmitted over TCP (RFC 8323 §2), but the LwM2M layer keeps the RFC 7252
 * §4.8.2 bounds as its waits — a request is given MAX_TRANSMIT_WAIT to be answered, as over UDP, the
 * bootstrap watchdog stays EXCHANGE_LIFETIME — so the two bindings behave alike in time.
 */
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { resolveTiming } from '../../../transport/coap-udp/parameters';
import { createTcpClientEndpoint, SIGNAL, type TlsClientOptions } from '../../../transport/coap-tcp';
import type { AccountSecurity } from './account-security';
import type { AccountEndpointFactory, AccountEndpointSettings } from './account-settings';
import { UnusableAccountError } from './link-endpoint';
import { OnDemandEndpoint } from './on-demand-endpoint';

export const openCoapTcpEndpoint: AccountEndpointFactory<OnDemandEndpoint> = (security, settings) => tcpEndpoint(undefined, settings);

export const openCoapsTcpEndpoint: AccountEndpointFactory<OnDemandEndpoint> = (security, settings) => tcpEndpoint(tlsOptions(security, settings), settings);

function tcpEndpoint(tls: TlsClientOptions | undefined, settings: AccountEndpointSettings): OnDemandEndpoint {
  const timing = resolveTiming({}, settings.timeScale);
  return new OnDemandEndpoint(async () => {
    const endpoint = await createTcpClientEndpoint({
      peer: settings.peer,
      tls,
      requestTimeoutMs: timing.maxTransmitWaitMs,
      connectTimeoutMs: timing.maxTransmitWaitMs,
      csmTimeoutMs: timing.maxTransmitWaitMs,
    });
    // The client endpoint opens a new connection by itself when the old one ended; its first frame
    // is our CSM (RFC 8323 §5.3, sent only then), so every CSM we send from now on marks a renewal.
    const onRenewed = (listener: () => void) => endpoint.onTranscript((e) => e.direction === 'out' && e.message?.code === SIGNAL.CSM && listener());
    return { endpoint, onRenewed };
  }, timing);
}

function tlsOptions(security: AccountSecurity, settings: AccountEndpointSettings): TlsClientOptions {
  if (security.mode === 'psk') return { psk: { identity: security.identity, key: security.key } };
  if (security.mode !== 'certificate') throw new UnusableAccountError(`${settings.uri.href}: coaps+tcp needs Security Mode PSK or Certificate, not NoSec`);
  // RFC 6066 §3: SNI carries DNS names only (an IP-address URI sends none).
  const servername = isIP(settings.host) === 0 ? settings.host : undefined;
  // Usages 0/2: /0/x/4 is the CA; 1/3: /0/x/4 is the server certificate itself, matched exactly.
  if (security.usage === 1 || security.usage === 3) return { cert: security.cert, key: security.key, pinnedCertificate: new X509Certificate(security.serverCert).raw, servername };
  // Fault (channel-faults.ts): node:tls then hands over the socket whatever its chain or name.
  if (settings.faults?.trustAnyCertificate) return { cert: security.cert, key: security.key, servername, rejectUnauthorized: false };
  return { cert: security.cert, key: security.key, ca: security.serverCert, servername };
}
