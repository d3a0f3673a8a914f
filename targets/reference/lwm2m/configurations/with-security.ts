/**
 * Points an account of a configuration at a server over a given transport and security mode: the
 * Security Object resources of TS-Core App. E.1 — /0/x/0 Server URI (its scheme picks the transport),
 * /0/x/2 Security Mode, /0/x/3 PSK identity or client certificate, /0/x/4 Server Public Key,
 * /0/x/5 PSK key or client private key, /0/x/15 Certificate Usage — and, for CoAP over TCP, the
 * Binding /1/x/7 of the Server Object Instance with the same Short Server ID ("T", TS-Core 1.2
 * §6.2.1.2), and with OSCORE /0/x/17 linking a /21 instance of the account's own (C.22–C.24,
 * oscore-account.ts). ETS App. C provisions PSK accounts (C.1, C.13): over coaps the harness gives them a
 * fresh identity and key; over coap they stay NoSec. Returns a copy; fixtures stay constants.
 */
import type { ClientConfiguration, ConfigInstance, ConfigValue } from '../../../roles/lwm2m-client';
import { SecurityMode } from './c1';
import { opaque } from './extend';
import { mqttAccountParts, MQTT_SERVER_OBJECT, COSE_OBJECT, type MqttAccountValues } from './mqtt-account';
import { object21Resources, OSCORE_OBJECT, OSCORE_SECURITY_MODE, oscoreLink, type OscoreValues } from './oscore-account';

/** What the client is provisioned with for one account (the client's side of the credentials). */
export type AccountCredentials =
  | { mode: 'nosec' }
  | { mode: 'psk'; identity: string; key: Buffer }
  | {
      mode: 'certificate';
      /** DER client certificate (/0/x/3). */
      certificate: Buffer;
      /** DER PKCS#8 client private key (/0/x/5). */
      privateKey: Buffer;
      /** DER: the CA (usage 0, 2) or the server's own certificate (usage 1, 3) (/0/x/4). */
      serverPublicKey: Buffer;
      /** /0/x/15 (LwM2M 1.1): 0 CA constraint, 1 service certificate, 2 trust anchor assertion, 3 domain-issued. */
      certificateUsage?: 0 | 1 | 2 | 3;
    };

export interface AccountSecurity {
  /** /0/x/0, e.g. `coaps://127.0.0.1:40123` or `coaps+tcp://server.example.com:40123`. */
  uri: string;
  credentials: AccountCredentials;
  /** OSCORE on top (/0/x/17 → /21/y, y = the Security instance ID); none: /0/x/17 is left out. */
  oscore?: OscoreValues;
  /** MQTT (TS-Transport 1.2 §8): /0/x/26 → /24/y broker CONNECT parameters, /0/x/27 → /23/y COSE (mqtt-account.ts). */
  mqtt?: MqttAccountValues;
}

/** Which Security Object Instance(s) an account rewrite applies to. */
export type AccountPick = 'bootstrap' | 'servers' | { shortServerId: number };

const SECURITY = 0;
const SERVER = 1;

/** The Security Object resources of an account (keys: resource ids). */
export function securityResources(account: AccountSecurity): Record<number, ConfigValue> {
  const c = account.credentials;
  if (c.mode === 'nosec') return { 0: account.uri, 2: SecurityMode.NoSec };
  if (c.mode === 'psk') return { 0: account.uri, 2: SecurityMode.PreSharedKey, 3: opaque(c.identity), 5: opaque(c.key) };
  const resources: Record<number, ConfigValue> = { 0: account.uri, 2: SecurityMode.Certificate, 3: opaque(c.certificate), 4: opaque(c.serverPublicKey), 5: opaque(c.privateKey) };
  if (c.certificateUsage !== undefined) resources[15] = c.certificateUsage;
  return resources;
}

const BINDING_OF_SCHEME: Record<string, string> = { coap: 'U', coaps: 'U', 'coap+tcp': 'T', 'coaps+tcp': 'T', mqtt: 'M', mqtts: 'M', http: 'H', https: 'H' };

/** TS-Core 1.2 §6.2.1.2: U for CoAP over UDP/DTLS, T over TCP/TLS, M MQTT, H HTTP; a Q (1.0 queue mode) is kept. */
export function bindingForUri(uri: string, current: string): string {
  const letter = BINDING_OF_SCHEME[uri.slice(0, uri.indexOf(':'))];
  if (letter === undefined) return current;
  return letter + current.replace(/[UTSNMH]/g, '');
}

function picks(pick: AccountPick, instance: ConfigInstance): boolean {
  if (instance.objectId !== SECURITY) return false;
  const bootstrap = instance.resources[1] === true;
  if (pick === 'bootstrap') return bootstrap;
  if (pick === 'servers') return !bootstrap;
  return !bootstrap && instance.resources[10] === pick.shortServerId;
}

/** Removes the credential resources the new mode does not use (a PSK key must not linger as a "private key"). */
function withoutCredentials(resources: ConfigInstance['resources']): ConfigInstance['resources'] {
  const { 2: _mode, 3: _identity, 4: _serverKey, 5: _secret, 15: _usage, ...rest } = resources;
  return rest;
}

export function withAccountSecurity(config: ClientConfiguration, pick: AccountPick, account: AccountSecurity): ClientConfiguration {
  const chosen = config.instances.filter((i) => picks(pick, i));
  if (chosen.length === 0) throw new Error(`configuration ${config.id} has no ${typeof pick === 'string' ? `${pick} account` : `Server Account with Short Server ID ${pick.shortServerId}`}`);
  return chosen.reduce((c, i) => withAccountSecurityOfInstance(c, i.instanceId, account), config);
}

/** True when /0/x/0 is still a fixture placeholder (`coap://0.0.0.0:…`), i.e. the harness must fill it in. */
export function hasPlaceholderUri(instance: ConfigInstance): boolean {
  const uri = instance.resources[0];
  return uri === undefined || (typeof uri === 'string' && /^coaps?:\/\/0\.0\.0\.0(:\d+)?$/.test(uri));
}

/** `withAccountSecurity` for the server accounts still carrying the placeholder URI (the main server's accounts). */
export function withUnsetServerAccounts(config: ClientConfiguration, account: AccountSecurity): ClientConfiguration {
  const unset = config.instances.filter((i) => i.objectId === SECURITY && i.resources[1] !== true && hasPlaceholderUri(i));
  return unset.reduce((c, i) => withAccountSecurityOfInstance(c, i.instanceId, account), config);
}

function withAccountSecurityOfInstance(config: ClientConfiguration, securityInstanceId: number, account: AccountSecurity): ClientConfiguration {
  const target = config.instances.find((i) => i.objectId === SECURITY && i.instanceId === securityInstanceId)!;
  const ssid = target.resources[10];
  const oscore: ConfigInstance['resources'] = account.oscore !== undefined ? { [OSCORE_SECURITY_MODE]: oscoreLink(securityInstanceId) } : {};
  const mqtt = mqttAccountParts(securityInstanceId, account.mqtt ?? {});
  const linked = [OSCORE_OBJECT, ...(account.mqtt ? [MQTT_SERVER_OBJECT, COSE_OBJECT] : [])];
  const withoutOscore = config.instances.filter((i) => !(linked.includes(i.objectId) && i.instanceId === securityInstanceId));
  const instances = withoutOscore.map((instance) => {
    // NoSec keeps whatever else the fixture holds (C.1's unused PSK values); a secured mode replaces them all.
    if (instance === target) return { ...instance, resources: { ...(account.credentials.mode === 'nosec' ? instance.resources : withoutCredentials(instance.resources)), ...securityResources(account), ...oscore, ...mqtt.links } };
    if (instance.objectId !== SERVER || ssid === undefined || instance.resources[0] !== ssid) return instance;
    const binding = instance.resources[7];
    return typeof binding === 'string' ? { ...instance, resources: { ...instance.resources, 7: bindingForUri(account.uri, binding) } } : instance;
  });
  if (account.oscore !== undefined) instances.push({ objectId: OSCORE_OBJECT, instanceId: securityInstanceId, resources: object21Resources(account.oscore) });
  instances.push(...mqtt.instances);
  return { ...config, instances };
}
