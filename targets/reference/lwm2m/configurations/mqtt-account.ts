/**
 * An LwM2M-over-MQTT account (TS-Transport 1.2 §8; ETS 1.2 C.25/C.26, int-19): the Security Object
 * instance's /0/x/26 "MQTT Server" links an MQTT Server Object instance /24/y with the broker
 * connection parameters (DDF 24-1_0.xml: 3 Clean Session, 5 Keep Alive, 6 Client Identifier,
 * 7 User Name, 8 Password), and /0/x/27 "LwM2M COSE" (multiple) links LwM2M COSE Object instances
 * /23/z (DDF 23-1_0.xml: 0 KID, 1 AEAD Algorithm, 2 Key). The reference client stores /23 without
 * applying it (a documented deviation: the normative COSE protection details were not findable).
 * Like /21 for OSCORE, the linked instances carry the Security instance's ID.
 */
import type { ConfigInstance, ConfigValue } from '../../../roles/lwm2m-client';
import { opaque } from './extend';

export const COSE_OBJECT = 23;
export const MQTT_SERVER_OBJECT = 24;
/** /0/x/26 MQTT Server and /0/x/27 LwM2M COSE (TS-Core 1.2 App. E.1). */
export const MQTT_SERVER_LINK = 26;
export const COSE_LINK = 27;

/** /24: how the client CONNECTs to the broker (MQTT 3.1.1 §3.1.2–3.1.3). */
export interface MqttServerValues {
  clientId: string;
  username?: string;
  password?: Buffer;
  cleanSession?: boolean;
  keepAliveS?: number;
}

/** /23: one COSE key (RFC 8152 §16.4 AEAD algorithm numbers, e.g. 10 = AES-CCM-16-64-128). */
export interface CoseValues {
  kid: string;
  aeadAlgorithm: number;
  key: string;
}

export interface MqttAccountValues {
  server?: MqttServerValues;
  cose?: CoseValues;
}

export function object24Resources(v: MqttServerValues): Record<number, ConfigValue> {
  const r: Record<number, ConfigValue> = { 6: v.clientId };
  if (v.cleanSession !== undefined) r[3] = v.cleanSession;
  if (v.keepAliveS !== undefined) r[5] = v.keepAliveS;
  if (v.username !== undefined) r[7] = v.username;
  if (v.password !== undefined) r[8] = opaque(v.password);
  return r;
}

export function object23Resources(v: CoseValues): Record<number, ConfigValue> {
  return { 0: v.kid, 1: v.aeadAlgorithm, 2: v.key };
}

/** The /0/x/26 and /0/x/27 links of Security instance `id` and the instances they point at. */
export function mqttAccountParts(id: number, values: MqttAccountValues): { links: ConfigInstance['resources']; instances: ConfigInstance[] } {
  const links: ConfigInstance['resources'] = {};
  const instances: ConfigInstance[] = [];
  if (values.server) {
    links[MQTT_SERVER_LINK] = { objlnk: `${MQTT_SERVER_OBJECT}:${id}` };
    instances.push({ objectId: MQTT_SERVER_OBJECT, instanceId: id, resources: object24Resources(values.server) });
  }
  if (values.cose) {
    links[COSE_LINK] = { 0: { objlnk: `${COSE_OBJECT}:${id}` } };
    instances.push({ objectId: COSE_OBJECT, instanceId: id, resources: object23Resources(values.cose) });
  }
  return { links, instances };
}
