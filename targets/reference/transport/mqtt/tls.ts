/**
 * TLS to the MQTT broker for `mqtts://` (TS-Transport 1.2 §8.1: the MQTT connection is secured with
 * TLS, the broker authenticates the client): the same node:tls settings as coaps+tcp
 * (../coap-tcp/tls-options.ts — certificates with RFC 6125 host check, or TLS 1.2 PSK suites) minus
 * CoAP's ALPN "coap" (RFC 8323 §8.2), which an MQTT broker does not speak. MQTT.js hands these options
 * to tls.connect unchanged (mqtt/build/lib/connect/tls.js).
 */
import type { ConnectionOptions } from 'node:tls';
import { clientTlsOptions, type TlsClientOptions } from '../coap-tcp/tls-options';

/** The account's TLS settings: a PSK, or certificates (a pinned server certificate: pinned-tls.ts). */
export type MqttTlsOptions = TlsClientOptions;

export function mqttTlsConnectionOptions(options: MqttTlsOptions): ConnectionOptions {
  const { ALPNProtocols: _alpn, ...rest } = clientTlsOptions(options);
  return rest;
}
