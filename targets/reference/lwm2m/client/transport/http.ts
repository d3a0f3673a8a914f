/**
 * `http://` and `https://`: the LwM2M HTTP binding H (TS-Transport 1.2 §7; ../../../transport/http).
 * The client sends Register, Update, De-register, Send and Bootstrap-Request as HTTP requests to the
 * Server URI and runs its own HTTP server for the Server's Device Management and Bootstrap requests
 * (§7.1.2, §7.1.4). §7 does not say how the Server learns that server's URL, so whoever starts the
 * client reads it from ReferenceLwm2mClient.httpUrl() and tells the LwM2M Server (its `clientUrl`).
 * The listener is bound when the first request (the Register or Bootstrap-Request) goes out, so the
 * URL is known by the time the Server handles that request.
 *
 * https: the account's certificate (Security Mode 2, /0/x/3, /0/x/5); /0/x/4 is the trust anchor and
 * the server certificate must name the URI host (RFC 6125) — for Certificate Usage 1/3 too, where
 * /0/x/4 is the server's own certificate: exact for a self-signed one (the HTTP transport takes no
 * pinned certificate, unlike coaps and coaps+tcp). HTTP over TLS-PSK is not part of §7, so PSK and
 * NoSec accounts cannot use https.
 */
import { resolveTiming } from '../../../transport/coap-udp/parameters';
import { createHttpLwm2mClientEndpoint } from '../../../transport/http';
import type { AccountEndpointFactory } from './account-settings';
import { UnusableAccountError } from './link-endpoint';
import { OnDemandEndpoint } from './on-demand-endpoint';
import { localAddressFor } from '../server-peer';

export const openHttpEndpoint: AccountEndpointFactory<OnDemandEndpoint> = (security, settings) => {
  const timing = resolveTiming({}, settings.timeScale);
  const secure = settings.uri.protocol === 'https:';
  if (secure && security.mode !== 'certificate') throw new UnusableAccountError(`${settings.uri.href}: https needs Security Mode Certificate (TS-Transport 1.2 §7)`);
  const tls = secure && security.mode === 'certificate' ? { cert: security.cert, key: security.key, ca: security.serverCert, servername: settings.host } : undefined;
  return new OnDemandEndpoint(
    async () => ({
      endpoint: await createHttpLwm2mClientEndpoint({
        serverUri: settings.uri.href,
        // The runtime already resolved the host (static hosts table, then DNS): the same peer it routes by.
        hosts: { [settings.host]: settings.peer.address },
        address: localAddressFor(settings.peer),
        tls,
        requestTimeoutMs: timing.maxTransmitWaitMs,
        timeScale: settings.timeScale,
      }),
    }),
    timing,
  );
};
