/**
 * The options and the public shape of the LwM2M-over-MQTT endpoint (endpoint.ts): a CoapEndpoint
 * (../coap-udp/types.ts) with the extras the LwM2M layers use (timing, onUnmatchedResponse) and the
 * synthetic peers MQTT needs (TS-Transport 1.2 §8: a topic per client, no addresses).
 */
import type { Timing } from '../coap-udp/parameters';
import type { CoapEndpoint, CoapResponse, PeerAddress } from '../coap-udp/types';
import type { MqttTlsOptions } from './tls';

export type MqttRole = 'client' | 'server' | 'bootstrap-server' | 'bootstrap-client';

export interface MqttLwm2mEndpointOptions {
  /** `mqtt://host:port` of the broker (TS-Core §6.2.1.2: the Server URI of an M binding). */
  brokerUrl: string;
  role: MqttRole;
  /** The LwM2M Client endpoint name: required for the client roles (it is the topic's ENDPOINT, §8.2). */
  endpoint?: string;
  /** Topic PREFIX (tenant, server ID), §8.2; none by default. */
  prefix?: string;
  /** 4 = MQTT 3.1.1, 5 = MQTT 5 (§8: both are allowed). */
  protocolVersion: 4 | 5;
  /** /24 MQTT Server object (TS-Core E.11): 6 Client Identifier, 7 User Name, 8 Password, 3 Clean Session, 5 Keep Alive. */
  clientId?: string;
  username?: string;
  password?: string | Buffer;
  cleanSession?: boolean;
  keepAliveS?: number;
  /** After a lost broker connection, reconnect every this many ms (default 1000); 0 = the endpoint stays down. */
  reconnectPeriodMs?: number;
  /** How long a request waits for its result; default 30000 ms. */
  timeoutMs?: number;
  /** Scales the RFC 7252 timing the LwM2M layers read from `timing`; default 1. */
  timeScale?: number;
  /**
   * Client roles: the PeerAddress that stands for the server (requests from it carry it; request() and
   * sendMessage() accept any). Default `{ address: 'mqtt:<topic>', port: 0 }`; a client runtime that
   * checks "requests only from my server" (TS-Transport §6.4) passes the address it resolved for the
   * Server URI here.
   */
  serverPeer?: PeerAddress;
  /** `mqtts://` brokers: the TLS settings (PSK or certificates, tls.ts); ignored for `mqtt://`. */
  tls?: MqttTlsOptions;
}

export interface MqttLwm2mEndpoint extends CoapEndpoint {
  readonly role: MqttRole;
  readonly brokerUrl: string;
  readonly clientId: string;
  /** Read by the LwM2M layers (downlink queue); maxTransmitWaitMs is the request time limit. */
  readonly timing: Timing;
  /** Client roles: the one server this endpoint talks to. */
  readonly serverPeer: PeerAddress;
  onUnmatchedResponse(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void;
  /** Server roles: the peer that stands for a client endpoint name. */
  peerOf(endpoint: string): PeerAddress;
}
