/**
 * The MQTT CONNECT parameters of an `mqtt(s)://` account from the MQTT Server Object instance its
 * Security instance links (TS-Core 1.2 App. E.1 /0/x/26 "MQTT Server": "provides a link to a MQTT
 * Server Object Instance, which offers additional configuration information for use with this MQTT
 * server"; Object /24, DDF 24-1_0.xml): 6 Client Identifier, 7 User Name, 8 Password, 3 Clean
 * Session, 5 Keep Alive. The Will resources (0, 1, 2, 4) are not used: the LwM2M binding defines no
 * Will message (TS-Transport 1.2 §8). No link (absent, or 65535:65535, TS-Core §7.3.11): the
 * transport's defaults (a generated client identifier, clean session, MQTT.js's keep alive).
 */
import { isObjectLink } from '../../codecs/values';
import { Obj } from '../../model/ids.generated';
import type { ObjectTree } from '../object-tree';
import { UnusableAccountError } from './link-endpoint';

const NO_LINK = 65535;

export interface MqttConnectParameters {
  clientId?: string;
  username?: string;
  password?: Buffer;
  cleanSession?: boolean;
  keepAliveS?: number;
}

export function mqttServerParameters(tree: ObjectTree, securityInstanceId: number): MqttConnectParameters {
  const where = `/0/${securityInstanceId}/${Obj.Security.MQTTServer}`;
  const link = tree.resource(Obj.Security.id, securityInstanceId, Obj.Security.MQTTServer);
  if (link === undefined) return {};
  if (!isObjectLink(link)) throw new UnusableAccountError(`${where} MQTT Server is not an Object Link`);
  if (link.objectId === NO_LINK && link.instanceId === NO_LINK) return {};
  const target = `/${link.objectId}/${link.instanceId}`;
  if (link.objectId !== Obj.MQTTServer.id) throw new UnusableAccountError(`${where} links ${target}, not an MQTT Server Object instance (/24)`);
  if (!tree.hasInstance(link.objectId, link.instanceId)) throw new UnusableAccountError(`${where} links ${target}, which does not exist`);
  const value = (resourceId: number): unknown => tree.resource(Obj.MQTTServer.id, link.instanceId, resourceId);
  const text = (resourceId: number): string | undefined => {
    const v = value(resourceId);
    if (Buffer.isBuffer(v)) return v.toString('utf8');
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const keepAlive = value(Obj.MQTTServer.KeepAlive);
  const clean = value(Obj.MQTTServer.CleanSession);
  const password = value(Obj.MQTTServer.Password);
  return {
    clientId: text(Obj.MQTTServer.ClientIdentifier),
    username: text(Obj.MQTTServer.UserName),
    // Opaque in the DDF (MQTT 3.1.1 §3.1.3.5: binary data); sent as these bytes.
    password: Buffer.isBuffer(password) && password.length > 0 ? password : typeof password === 'string' && password !== '' ? Buffer.from(password, 'utf8') : undefined,
    cleanSession: typeof clean === 'boolean' ? clean : undefined,
    keepAliveS: typeof keepAlive === 'number' || typeof keepAlive === 'bigint' ? Number(keepAlive) : undefined,
  };
}
