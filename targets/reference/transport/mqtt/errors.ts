/**
 * Errors of the MQTT binding that the CoAP ones (../coap-udp/errors.ts) do not cover.
 */

/** The broker connection ended (broker gone, network, or close()) while a result was awaited, or before a publish. */
export class MqttConnectionLostError extends Error {
  override readonly name = 'MqttConnectionLostError';
  constructor(readonly brokerUrl: string, detail: string) {
    super(`MQTT connection to ${brokerUrl} lost: ${detail}`);
  }
}
