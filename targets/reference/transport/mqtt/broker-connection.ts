/**
 * One MQTT client connection to the broker for an LwM2M-over-MQTT endpoint (TS-Transport 1.2 §8):
 * CONNECT with the /24 MQTT Server object's parameters that matter here (Client Identifier, User Name,
 * Password, Clean Session; Core E.11), SUBSCRIBE to the endpoint's topic filter, PUBLISH the CBOR maps.
 * Built on MQTT.js; speaks MQTT 3.1.1 (protocol level 4) or MQTT 5.
 */
import { randomBytes } from 'node:crypto';
import { connectAsync, type IClientOptions, type MqttClient } from 'mqtt';
import { MqttConnectionLostError } from './errors';
import { connectPinned } from './pinned-tls';
import { mqttTlsConnectionOptions, type MqttTlsOptions } from './tls';

/**
 * QoS of every PUBLISH and SUBSCRIBE. TS-Transport §8 sets none; at-least-once (1) is our choice:
 * a request or result is not lost between client and broker, and the PUBACK tells a sender its
 * message reached the broker (used to acknowledge CON notifications).
 */
export const LWM2M_QOS = 1 as const;
/** Never retained (our choice): a retained request would be replayed to every later subscriber of the topic. */
export const LWM2M_RETAIN = false;
/** /24/x/6: brokers must accept client identifiers of 1–23 characters of [0-9a-zA-Z] (MQTT 3.1.1 §3.1.3.1). */
export const CLIENT_ID_LENGTH = 23;
/** Our choice: try the broker again every second after a lost connection (MQTT.js's own default). */
export const DEFAULT_RECONNECT_PERIOD_MS = 1000;

export interface BrokerConnectionOptions {
  brokerUrl: string;
  protocolVersion: 4 | 5;
  clientId?: string;
  username?: string;
  password?: string | Buffer;
  connectTimeoutMs?: number;
  /** /24/x/3 Clean Session; default true (nothing is queued by the broker for an absent client). */
  cleanSession?: boolean;
  /** /24/x/5 Keep Alive in seconds (0..65535); default MQTT.js's 60. */
  keepAliveS?: number;
  /** Pause between reconnection attempts after the broker connection ends; 0 = never reconnect. */
  reconnectPeriodMs?: number;
  /** TLS settings for an `mqtts://` broker (tls.ts). */
  tls?: MqttTlsOptions;
  /** Topic filter to subscribe to (§8.3). */
  subscription: string;
  onMessage(topic: string, payload: Buffer): void;
  /** The connection ended (not through close()). */
  onLost(error: MqttConnectionLostError): void;
}

/** A client identifier a 3.1.1 broker must accept: `lwm2m` + random alphanumerics, 23 characters. */
export function defaultClientId(): string {
  return ('lwm2m' + randomBytes(16).toString('hex')).slice(0, CLIENT_ID_LENGTH);
}

export class BrokerConnection {
  private closing = false;

  private constructor(
    private readonly client: MqttClient,
    readonly brokerUrl: string,
    readonly clientId: string,
  ) {}

  static async open(o: BrokerConnectionOptions): Promise<BrokerConnection> {
    const clientId = o.clientId ?? defaultClientId();
    const secure = new URL(o.brokerUrl).protocol === 'mqtts:';
    const options: IClientOptions = {
      // MQTT.js passes unknown options through to tls.connect (pskCallback, ciphers, maxVersion).
      ...(secure && o.tls ? (mqttTlsConnectionOptions(o.tls) as IClientOptions) : {}),
      protocolVersion: o.protocolVersion,
      clientId,
      username: o.username,
      password: o.password,
      clean: o.cleanSession ?? true,
      ...(o.keepAliveS !== undefined ? { keepalive: o.keepAliveS } : {}),
      connectTimeout: o.connectTimeoutMs ?? 5000,
      // A lost connection fails the pending exchanges at once (onLost) and new ones until it is back:
      // nothing waits silently. MQTT.js reconnects and renews the subscription (resubscribe) by itself.
      reconnectPeriod: o.reconnectPeriodMs ?? DEFAULT_RECONNECT_PERIOD_MS,
    };
    let client: MqttClient;
    try {
      // The first CONNECT is not retried: a wrong URL or a missing broker fails fast.
      const pinned = secure ? o.tls?.pinnedCertificate : undefined;
      client = pinned
        ? await connectPinned(o.brokerUrl, options, mqttTlsConnectionOptions(o.tls!), pinned)
        : await connectAsync(o.brokerUrl, options, false);
    } catch (e) {
      throw new MqttConnectionLostError(o.brokerUrl, `CONNECT failed: ${(e as Error).message}`);
    }
    // LwM2M exchanges are small request/response pairs: without TCP_NODELAY, Nagle's algorithm and the
    // peer's delayed ACK hold every second PUBLISH for tens of milliseconds. Again on every reconnection.
    const noDelay = (): void => (client.stream as { setNoDelay?(on: boolean): void }).setNoDelay?.(true);
    noDelay();
    client.on('connect', noDelay);
    const connection = new BrokerConnection(client, o.brokerUrl, clientId);
    client.on('message', (topic, payload) => o.onMessage(topic, payload));
    client.on('close', () => {
      if (!connection.closing) o.onLost(new MqttConnectionLostError(o.brokerUrl, 'the broker closed the connection'));
    });
    client.on('error', () => undefined); // 'close' follows and reports it
    try {
      // MQTT 5 No Local (v5 §3.8.3.1): the broker does not echo our own publications on the shared topic.
      await client.subscribeAsync(o.subscription, { qos: LWM2M_QOS, ...(o.protocolVersion === 5 ? { nl: true } : {}) });
    } catch (e) {
      await connection.close();
      throw new MqttConnectionLostError(o.brokerUrl, `SUBSCRIBE ${o.subscription} failed: ${(e as Error).message}`);
    }
    return connection;
  }

  get connected(): boolean {
    return this.client.connected && !this.closing;
  }

  /** Resolves once the broker acknowledged the PUBLISH (PUBACK, QoS 1). */
  async publish(topic: string, payload: Buffer): Promise<void> {
    if (!this.connected) throw new MqttConnectionLostError(this.brokerUrl, 'not connected');
    await this.client.publishAsync(topic, payload, { qos: LWM2M_QOS, retain: LWM2M_RETAIN });
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await this.client.endAsync(!this.client.connected);
  }
}
