/**
 * `mqtt://` and `mqtts://` (TS-Transport 1.2 §8, binding M): the account talks LwM2M over MQTT
 * through the broker at the URI's host and port, on `lwm2m/rd/<ep>` (`lwm2m/bs/<ep>` for the
 * Bootstrap-Server Account, §8.2). The CONNECT parameters come from the MQTT Server Object instance
 * /0/x/26 links (mqtt-server-object.ts). `mqtt://` carries no security of its own (the broker may
 * still check /24's User Name and Password); `mqtts://` is TLS to the broker (§8.1) with the
 * account's security values (TS-Core App. E.1): Security Mode 0 → TLS 1.2 PSK with /0/x/3 and
 * /0/x/5, 2 → certificates: with Certificate Usage 0 or 2 /0/x/4 is the trust anchor and the URI
 * host is checked (RFC 6125); with 1 or 3 (the default) /0/x/4 is the broker's own certificate,
 * matched exactly (RFC 6698 §2.1.1; ../../../transport/mqtt/pinned-tls.ts), as over coaps+tcp.
 *
 * Requests from the server carry the account's resolved peer, so the runtime's "only from my server"
 * check (TS-Transport §6.4) stays as it is.
 */
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { resolveTiming } from '../../../transport/coap-udp/parameters';
import { createMqttLwm2mEndpoint, type MqttTlsOptions } from '../../../transport/mqtt';
import type { AccountSecurity } from './account-security';
import type { AccountEndpointFactory, AccountEndpointSettings } from './account-settings';
import { UnusableAccountError } from './link-endpoint';
import { mqttServerParameters } from './mqtt-server-object';
import { OnDemandEndpoint } from './on-demand-endpoint';

export const openMqttEndpoint: AccountEndpointFactory<OnDemandEndpoint> = (_security, settings) => mqttEndpoint(undefined, settings);

export const openMqttsEndpoint: AccountEndpointFactory<OnDemandEndpoint> = (security, settings) => mqttEndpoint(tlsOptions(security, settings), settings);

function mqttEndpoint(tls: MqttTlsOptions | undefined, settings: AccountEndpointSettings): OnDemandEndpoint {
  const timing = resolveTiming({}, settings.timeScale);
  // Read now, so a bad /0/x/26 link makes the account unusable (logged) rather than every request fail.
  const connect = mqttServerParameters(settings.tree, settings.securityInstanceId);
  const host = settings.peer.address.includes(':') ? `[${settings.peer.address}]` : settings.peer.address;
  return new OnDemandEndpoint(
    async () => ({
      endpoint: await createMqttLwm2mEndpoint({
        role: settings.bootstrap ? 'bootstrap-client' : 'client',
        brokerUrl: `${tls ? 'mqtts' : 'mqtt'}://${host}:${settings.peer.port}`,
        endpoint: settings.endpointName,
        serverPeer: settings.peer,
        // Default MQTT 3.1.1: every broker speaks it (aedes has no MQTT 5); §8 allows either.
        protocolVersion: settings.mqttVersion ?? 4,
        ...connect,
        tls,
        timeoutMs: timing.maxTransmitWaitMs,
        timeScale: settings.timeScale,
      }),
    }),
    timing,
  );
}

function tlsOptions(security: AccountSecurity, settings: AccountEndpointSettings): MqttTlsOptions {
  if (security.mode === 'psk') return { psk: { identity: security.identity, key: security.key } };
  if (security.mode !== 'certificate') throw new UnusableAccountError(`${settings.uri.href}: mqtts needs Security Mode PSK or Certificate, not NoSec`);
  // The connection goes to the resolved address; node:tls checks the certificate against `servername`
  // (the URI host; SNI carries DNS names only, RFC 6066 §3) or, for an IP-address URI, that address.
  const servername = isIP(settings.host) === 0 ? settings.host : undefined;
  if (security.usage === 1 || security.usage === 3) return { cert: security.cert, key: security.key, pinnedCertificate: new X509Certificate(security.serverCert).raw, servername };
  // Fault (channel-faults.ts): node:tls, under MQTT.js, then takes the broker's certificate whatever its chain or name.
  if (settings.faults?.trustAnyCertificate) {
    settings.log('fault trustAnyCertificate: the broker certificate is not verified');
    return { cert: security.cert, key: security.key, servername, rejectUnauthorized: false };
  }
  return { cert: security.cert, key: security.key, ca: security.serverCert, servername };
}
