/**
 * LwM2M-over-MQTT topics (TS-Transport 1.2 §8.2): `topic = [ PREFIX "/" ] "lwm2m/" ( "bs" / "rd" ) "/" ENDPOINT`.
 * The (Bootstrap-)Server subscribes to `{PREFIX/}lwm2m/{bs|rd}/#` and publishes to one client's
 * topic; the client subscribes and publishes to its own topic (§8.3), so both directions share it.
 */
import type { Interface } from './operations';

/** `{PREFIX/}lwm2m/{iface}/` — the part before ENDPOINT. */
export function topicBase(iface: Interface, prefix?: string): string {
  return `${prefix ? `${prefix}/` : ''}lwm2m/${iface}/`;
}

export function endpointTopic(iface: Interface, endpoint: string, prefix?: string): string {
  if (endpoint === '' || /[+#]/.test(endpoint)) throw new RangeError(`"${endpoint}" cannot be an MQTT topic level (empty, or a wildcard)`);
  return topicBase(iface, prefix) + endpoint;
}

/** The subscription of a (Bootstrap-)Server: every endpoint of the interface (§8.3). */
export function serverSubscription(iface: Interface, prefix?: string): string {
  return topicBase(iface, prefix) + '#';
}

/** ENDPOINT of a topic under `base`, or undefined when the topic is not one of ours. */
export function endpointOf(topic: string, base: string): string | undefined {
  if (!topic.startsWith(base)) return undefined;
  const endpoint = topic.slice(base.length);
  return endpoint === '' ? undefined : endpoint;
}
