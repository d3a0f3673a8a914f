/**
 * The reference LwM2M Server as a target of role `lwm2m-server`: the server listening on every
 * CoAP transport (coap, coaps, coap+tcp, coaps+tcp) plus its HTTP control API, all on loopback
 * with OS-assigned ports, scaled to the run's timing profile. Over coaps it offers PSK and, with
 * the suite's test PKI, certificates (server.example.com, trusting the test CA for x509 clients);
 * coaps+tcp offers TLS-PSK (the TCP endpoint's TLS takes one mode). Given a broker (`mqtt`: an mqtt
 * run's, TS-Transport 1.2 §8), it also subscribes there as the MQTT LwM2M Server, and its `uris.mqtt`
 * is the broker's URI — where a client "registers" over MQTT.
 */
import type { Lwm2mServerEndpoints, Lwm2mServerTarget } from '../../../roles/lwm2m-server';
import { testPki } from '../../transport/dtls/test-pki';
import { startControlServer, type ControlServer } from './http-api';
import type { ListenerSpec, ServerCredentials } from './listeners/listener';
import { ReferenceLwm2mServer } from './reference-server';

export interface ReferenceServerTargetOptions {
  /** Wall-clock seconds per spec second. */
  timeScale: number;
  /** Default: coap, coaps, coap+tcp, coaps+tcp (PSK). */
  listeners?: ListenerSpec[];
  /** Default: the test PKI's server.example.com certificate, trusting the test CA. */
  credentials?: ServerCredentials;
  /** The MQTT broker to serve LwM2M over MQTT at (4 = MQTT 3.1.1, 5 = MQTT 5); none: no mqtt listener. */
  mqtt?: { url: string; protocolVersion: 4 | 5 };
}

export const ALL_LISTENERS: ListenerSpec[] = [{ transport: 'coap' }, { transport: 'coaps' }, { transport: 'coap+tcp' }, { transport: 'coaps+tcp', tls: 'psk' }];

function testCredentials(): ServerCredentials {
  const pki = testPki();
  return { cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert };
}

class ReferenceServerTarget implements Lwm2mServerTarget {
  private server?: ReferenceLwm2mServer;
  private control?: ControlServer;

  constructor(private readonly options: ReferenceServerTargetOptions) {}

  async start(): Promise<Lwm2mServerEndpoints> {
    if (!this.server || !this.control) {
      this.server = await ReferenceLwm2mServer.start({
        timeScale: this.options.timeScale,
        listeners: this.listeners(),
        credentials: this.options.credentials ?? testCredentials(),
      });
      this.control = await startControlServer(this.server);
    }
    const { uris } = this.server;
    return { coapUri: uris.coap ?? this.server.uri, uris, controlUrl: this.control.url };
  }

  private listeners(): ListenerSpec[] {
    const { listeners = ALL_LISTENERS, mqtt } = this.options;
    if (mqtt === undefined || listeners.some((l) => l.transport === 'mqtt')) return listeners;
    return [...listeners, { transport: 'mqtt', brokerUrl: mqtt.url, mqttVersion: mqtt.protocolVersion }];
  }

  async stop(): Promise<void> {
    const { server, control } = this;
    this.server = undefined;
    this.control = undefined;
    await control?.close();
    await server?.close();
  }
}

export function createReferenceServerTarget(options: ReferenceServerTargetOptions): Lwm2mServerTarget {
  return new ReferenceServerTarget(options);
}
