/**
 * `coaps://`: CoAP over DTLS 1.2 (RFC 7252 §9.1; TS-Transport §5.2.8) with the account's PSK
 * (TLS_PSK_WITH_AES_128_CCM_8) or certificate (TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8). Certificate
 * Usage (/0/x/15, RFC 6698 §2.1.1): 0 and 2 — /0/x/4 is the trust anchor and the server
 * certificate must name the URI host (RFC 6125; ETS int-403 rejects server-fail.example.com);
 * 1 and 3 — /0/x/4 is the server's own certificate, pinned: the server must present exactly it
 * (CA-issued or self-signed; no chain or host-name check; dtls `pinnedCert`).
 */
import { resolveTiming } from '../../../transport/coap-udp/parameters';
import { createDtlsClientEndpoint, type DtlsClientEndpointOptions } from '../../../transport/dtls';
import type { AccountEndpointFactory } from './account-settings';
import { UnusableAccountError } from './link-endpoint';
import { OnDemandEndpoint } from './on-demand-endpoint';

export const openCoapsEndpoint: AccountEndpointFactory<OnDemandEndpoint> = (security, settings) => {
  const options: DtlsClientEndpointOptions = { peer: settings.peer, timeScale: settings.timeScale };
  if (security.mode === 'psk') options.psk = { identity: security.identity, key: security.key };
  else if (security.mode === 'certificate') {
    Object.assign(options, { cert: security.cert, key: security.key });
    if (security.usage === 1 || security.usage === 3) options.pinnedCert = security.serverCert;
    else if (settings.faults?.trustAnyCertificate) settings.log('fault trustAnyCertificate: the server certificate is not verified');
    else if (settings.faults?.skipServerNameCheck) {
      // Chain checked, name not: the peer is an IP address, so without `servername` no name is checked.
      settings.log(`fault skipServerNameCheck: the server certificate need not name ${settings.host}`);
      options.ca = security.serverCert;
    } else {
      // createDtlsClientEndpoint checks that the certificate names `servername` whenever `ca` is given
      // (the peer is an IP address here, so without `servername` nothing names the host).
      Object.assign(options, { ca: security.serverCert, servername: settings.host });
    }
  } else throw new UnusableAccountError(`${settings.uri.href}: coaps needs Security Mode PSK or Certificate, not NoSec`);
  return new OnDemandEndpoint(async () => {
    const endpoint = await createDtlsClientEndpoint(options);
    // The first association is made before the endpoint is returned: every later one is a renewal.
    return { endpoint, onRenewed: (listener) => endpoint.dtls.onEvent((event) => event.type === 'connected' && listener()) };
  }, resolveTiming({}, settings.timeScale));
};
