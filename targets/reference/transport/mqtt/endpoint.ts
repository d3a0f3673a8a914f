/**
 * `CoapEndpoint` (../coap-udp/types.ts) over LwM2M-over-MQTT (TS-Transport 1.2 §8), so the unchanged
 * LwM2M client, server and harness run over an MQTT broker. Requests go out as operation maps on the
 * endpoint's topic (§8.2, §8.3), results come back with the same token (§8.4), Notify maps arrive
 * through onUnmatchedResponse like CoAP notifications. The CoAP ⇄ MQTT table is mapping.ts.
 *
 * Peers. There are no addresses on MQTT; a peer is the synthetic PeerAddress
 * `{ address: 'mqtt:<ENDPOINT>', port: 0 }` on the server side (peerOf), and on the client side the
 * one server it talks to is `serverPeer` = `{ address: 'mqtt:<topic>', port: 0 }` unless the caller
 * names one (the `peer` argument of request() is not used there: the topic is the only destination).
 *
 * Transcript. Every PUBLISH in and out is one entry: `message` is the CoAP message it stands for
 * (synthetic Message IDs), `raw` the CBOR bytes, `note` the topic and the decoded map.
 */
import { randomBytes } from 'node:crypto';
import { CoapEndpointClosedError, CoapTimeoutError } from '../coap-udp/errors';
import { requestMessage, responseMessage, toCoapResponse, toIncomingRequest } from '../coap-udp/exchange-messages';
import { isRequestCode } from '../coap-udp/codes';
import { resolveTiming, type Timing } from '../coap-udp/parameters';
import { Transcript } from '../coap-udp/transcript';
import type { CoapMessage, CoapRequestSpec, CoapResponse, CoapResponseSpec, PeerAddress, RequestHandler, TranscriptEntry } from '../coap-udp/types';
import { BrokerConnection } from './broker-connection';
import { EchoFilter } from './echoes';
import type { MqttLwm2mEndpoint, MqttLwm2mEndpointOptions, MqttRole } from './endpoint-types';
import { MqttConnectionLostError } from './errors';
import { MqttMappingError, mqttToRequest, mqttToResponse, notificationToMqtt, requestToMqtt, responseToMqtt, type Sender } from './mapping';
import { Observations, ObservedTargets } from './observations';
import { isClientOriginated, OP, operationName, type Interface } from './operations';
import { decodeMessage, describeMessage, encodeMessage, type MqttLwm2mMessage } from './payload';
import { TokenBook } from './tokens';
import { endpointOf, endpointTopic, serverSubscription, topicBase } from './topics';

export type { MqttLwm2mEndpoint, MqttLwm2mEndpointOptions, MqttRole } from './endpoint-types';

interface Pending {
  resolve(response: CoapResponse): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
  token: Buffer;
  operation: number;
  endpoint: string;
  what(): string;
}

const PEER_PREFIX = 'mqtt:';
const DEFAULT_TIMEOUT_MS = 30_000;

export async function createMqttLwm2mEndpoint(options: MqttLwm2mEndpointOptions): Promise<MqttLwm2mEndpoint> {
  const side: Sender = options.role === 'client' || options.role === 'bootstrap-client' ? 'client' : 'server';
  if (side === 'client' && !options.endpoint) throw new RangeError(`the ${options.role} role needs the endpoint name (the topic's ENDPOINT, TS-Transport §8.2)`);
  const endpoint = new MqttEndpoint(options, side);
  await endpoint.open();
  return endpoint;
}

class MqttEndpoint implements MqttLwm2mEndpoint {
  readonly role: MqttRole;
  readonly brokerUrl: string;
  readonly timing: Timing;
  readonly serverPeer: PeerAddress;
  private readonly iface: Interface;
  private readonly base: string;
  private readonly ownTopic?: string;
  private readonly transcript = new Transcript();
  private readonly unmatched = new Set<(response: CoapResponse, peer: PeerAddress) => boolean | void>();
  private readonly pending = new Map<bigint, Pending>();
  private readonly tokens = new TokenBook();
  private readonly locations = new Map<string, string>();
  private readonly observed = new ObservedTargets();
  private readonly observations = new Observations();
  private readonly echoes = new EchoFilter();
  private readonly timeoutMs: number;
  private handler: RequestHandler | undefined;
  private connection!: BrokerConnection;
  private messageId = 0;
  private tokenCounter = randomBytes(4).readUInt32BE(0);
  private closing: Promise<void> | undefined;

  constructor(
    private readonly o: MqttLwm2mEndpointOptions,
    private readonly side: Sender,
  ) {
    this.role = o.role;
    this.brokerUrl = o.brokerUrl;
    this.iface = o.role.startsWith('bootstrap') ? 'bs' : 'rd';
    this.base = topicBase(this.iface, o.prefix);
    this.timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.timing = { ...resolveTiming({}, o.timeScale ?? 1), maxTransmitWaitMs: this.timeoutMs };
    if (side === 'client') this.ownTopic = endpointTopic(this.iface, o.endpoint!, o.prefix);
    this.serverPeer = o.serverPeer ?? { address: PEER_PREFIX + (this.ownTopic ?? this.base), port: 0 };
  }

  async open(): Promise<void> {
    this.connection = await BrokerConnection.open({
      brokerUrl: this.o.brokerUrl,
      protocolVersion: this.o.protocolVersion,
      clientId: this.o.clientId,
      username: this.o.username,
      password: this.o.password,
      cleanSession: this.o.cleanSession,
      keepAliveS: this.o.keepAliveS,
      reconnectPeriodMs: this.o.reconnectPeriodMs,
      tls: this.o.tls,
      subscription: this.ownTopic ?? serverSubscription(this.iface, this.o.prefix),
      onMessage: (topic, payload) => this.receive(topic, payload),
      onLost: (error) => this.failPending(error),
    });
  }

  get clientId(): string {
    return this.connection.clientId;
  }

  get local(): PeerAddress {
    return { address: PEER_PREFIX + this.connection.clientId, port: 0 };
  }

  peerOf(endpoint: string): PeerAddress {
    return this.side === 'client' ? this.serverPeer : { address: PEER_PREFIX + endpoint, port: 0 };
  }

  onRequest(handler: RequestHandler): void {
    this.handler = handler;
  }

  onTranscript(listener: (entry: TranscriptEntry) => void): () => void {
    return this.transcript.subscribe(listener);
  }

  onUnmatchedResponse(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void {
    this.unmatched.add(listener);
    return () => void this.unmatched.delete(listener);
  }

  request(peer: PeerAddress, spec: CoapRequestSpec, options?: { timeoutMs?: number }): Promise<CoapResponse> {
    return new Promise<CoapResponse>((resolve, reject) => {
      if (this.closing) throw new CoapEndpointClosedError('cannot send');
      const endpoint = this.endpointOfPeer(peer);
      const { message: request, dropped } = requestToMqtt(spec, this.iface, this.side);
      const ep = spec.query?.find((q) => q.startsWith('ep='))?.slice(3);
      if (ep !== undefined && ep !== endpoint) throw new MqttMappingError(`ep=${ep} is not this endpoint's ENDPOINT "${endpoint}" (the topic names the client, TS-Transport §8.2)`);
      const token = spec.token ?? this.freshToken();
      const value = this.tokens.remember(token);
      const what = (): string => `${operationName(this.iface, request.operation)} ${spec.path}`;
      const limit = options?.timeoutMs ?? this.timeoutMs;
      const exchange = { peer: this.peerOf(endpoint), method: spec.method, path: spec.path };
      const timer = setTimeout(() => {
        this.pending.delete(value);
        reject(new CoapTimeoutError(exchange, 1, `no LwM2M-over-MQTT result within ${limit} ms`));
      }, limit);
      this.pending.set(value, { resolve, reject, timer, token, operation: request.operation, endpoint, what });
      if (request.operation === OP.cancelObserve) this.observations.end(endpoint, value);
      const messageId = this.nextMessageId();
      this.publish(endpoint, { ...request, token: value }, () => requestMessage(spec, messageId, token), dropped.length ? `not expressible over MQTT, dropped: ${dropped.join(', ')}` : undefined).catch((e: Error) =>
        this.settleWithError(value, e),
      );
    });
  }

  async sendMessage(peer: PeerAddress, message: Omit<CoapMessage, 'messageId'> & { messageId?: number }): Promise<CoapMessage> {
    if (this.closing) throw new CoapEndpointClosedError('cannot send');
    const full: CoapMessage = { ...message, messageId: message.messageId ?? this.nextMessageId() };
    const endpoint = this.endpointOfPeer(peer);
    if (full.code === '0.00') return this.emptyMessage(endpoint, full);
    const value = this.tokens.remember(full.token);
    if (isRequestCode(full.code)) {
      const request = toIncomingRequest(full, peer)!;
      const { message: m } = requestToMqtt({ ...request, token: full.token }, this.iface, this.side);
      await this.publish(endpoint, { ...m, token: value }, full);
      return full;
    }
    // A response outside an exchange: an Observe notification (RFC 7641 §4.2) → Notify (Table 8.3.4-1).
    const response = toCoapResponse(full);
    await this.publish(endpoint, { ...notificationToMqtt({ code: full.code, contentFormat: response.contentFormat, payload: full.payload }), token: value }, full);
    if (full.type === 'CON') {
      // The broker's PUBACK (QoS 1) is the acknowledgement: shown as the ACK a CoAP peer would send.
      const ack: CoapMessage = { type: 'ACK', code: '0.00', messageId: full.messageId, token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0) };
      this.record(() => ({ time: Date.now(), direction: 'in', peer, message: ack, raw: Buffer.alloc(0), note: 'MQTT PUBACK (QoS 1) of the Notify' }));
    }
    return full;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.failPending(new CoapEndpointClosedError('the MQTT endpoint closed'));
      await this.connection.close();
      this.transcript.clear();
      this.unmatched.clear();
    })();
    return this.closing;
  }

  // ---- incoming ----

  private receive(topic: string, raw: Buffer): void {
    const endpoint = this.ownTopic !== undefined ? (topic === this.ownTopic ? this.o.endpoint : undefined) : endpointOf(topic, this.base);
    if (endpoint === undefined || this.echoes.isEcho(topic, raw)) return;
    const peer = this.peerOf(endpoint);
    let m: MqttLwm2mMessage;
    try {
      m = decodeMessage(raw);
    } catch (e) {
      this.record(() => ({ time: Date.now(), direction: 'in', peer, raw, error: `${(e as Error).message} (topic ${topic})` }));
      return;
    }
    const note = (): string => `MQTT PUBLISH ${topic} ${describeMessage(m)}`;
    if (m.result !== undefined) return this.result(m, endpoint, peer, raw, note);
    if (isClientOriginated(this.iface, m.operation!) !== (this.side === 'server')) return; // sent by our side of the topic (another copy of us)
    if (m.operation === OP.notify) return this.notify(m, endpoint, peer, raw, note);
    void this.answer(m, endpoint, peer, raw, note);
  }

  private result(m: MqttLwm2mMessage, endpoint: string, peer: PeerAddress, raw: Buffer, note: () => string): void {
    const pending = this.pending.get(m.token);
    if (pending !== undefined && pending.endpoint === endpoint) {
      this.pending.delete(m.token);
      clearTimeout(pending.timer);
      const spec = mqttToResponse(m, { operation: pending.operation, iface: this.iface, endpoint });
      if ((pending.operation === OP.observe || pending.operation === OP.observeComposite) && spec.code === '2.05') this.observations.established(endpoint, m.token);
      const response = toCoapResponse(responseMessage(spec, 'ACK', this.nextMessageId(), pending.token));
      this.record(() => ({ time: Date.now(), direction: 'in', peer, message: response.message, raw, note: note() }));
      return pending.resolve(response);
    }
    if (this.side === 'server' && this.observations.has(endpoint, m.token)) {
      // An observation ending with an error (mapping.ts notificationToMqtt): the last notification.
      this.observations.end(endpoint, m.token);
      const message = responseMessage(mqttToResponse(m, { operation: OP.notify, iface: this.iface, endpoint }), 'NON', this.nextMessageId(), this.tokens.bytes(m.token));
      return this.offerUnmatched(message, peer, raw, note);
    }
    this.record(() => ({ time: Date.now(), direction: 'in', peer, raw, note: `${note()}: no matching request` }));
  }

  private notify(m: MqttLwm2mMessage, endpoint: string, peer: PeerAddress, raw: Buffer, note: () => string): void {
    const observe = this.observations.has(endpoint, m.token) ? this.observations.next(endpoint, m.token) : 0;
    const spec: CoapResponseSpec = { code: '2.05', observe, ...(m.ct !== undefined ? { contentFormat: m.ct } : {}), payload: m.payload };
    const message = responseMessage(spec, 'NON', this.nextMessageId(), this.tokens.bytes(m.token));
    this.observations.deliveredAs(message.messageId, endpoint, m.token);
    this.offerUnmatched(message, peer, raw, note);
  }

  private offerUnmatched(message: CoapMessage, peer: PeerAddress, raw: Buffer, note: () => string): void {
    this.record(() => ({ time: Date.now(), direction: 'in', peer, message, raw, note: note() }));
    const response = toCoapResponse(message);
    for (const listener of [...this.unmatched]) if (listener(response, peer) === true) return;
  }

  private async answer(m: MqttLwm2mMessage, endpoint: string, peer: PeerAddress, raw: Buffer, note: () => string): Promise<void> {
    const token = this.tokens.bytes(m.token);
    let spec: CoapRequestSpec;
    try {
      spec = mqttToRequest(m, this.iface, { endpoint, location: this.locations.get(endpoint), observation: (t) => this.observed.get(t) });
    } catch (e) {
      if (!(e instanceof MqttMappingError)) throw e;
      this.record(() => ({ time: Date.now(), direction: 'in', peer, raw, note: `${note()}: ${(e as Error).message}` }));
      // Table 8.5-2: an Update / De-register from an unknown endpoint is 4.04; anything else malformed 4.00.
      const code = m.operation === OP.update || m.operation === OP.deregister || m.operation === OP.cancelObserve ? '4.04' : '4.00';
      return this.respond(endpoint, m.token, token, { code, payload: Buffer.from(e.message, 'utf8') });
    }
    const message = requestMessage(spec, this.nextMessageId(), token);
    this.record(() => ({ time: Date.now(), direction: 'in', peer, message, raw, note: note() }));
    const request = toIncomingRequest(message, peer)!;
    if (m.operation === OP.observe) this.observed.set(m.token, { uri: spec.path });
    if (m.operation === OP.observeComposite) this.observed.set(m.token, { paths: m.paths ?? Buffer.alloc(0) });
    if (m.operation === OP.cancelObserve) this.observed.delete(m.token);
    let response: CoapResponseSpec | undefined;
    try {
      response = this.handler ? await this.handler(request) : { code: '4.04' };
    } catch (e) {
      response = { code: '5.00', payload: Buffer.from((e as Error).message, 'utf8') };
    }
    if (response === undefined) return; // a silent peer: no result at all
    if (this.side === 'server' && this.iface === 'rd') {
      if (m.operation === OP.register && response.code === '2.01' && response.locationPath) this.locations.set(endpoint, '/' + response.locationPath.join('/'));
      if (m.operation === OP.deregister && response.code === '2.02') this.locations.delete(endpoint);
    }
    await this.respond(endpoint, m.token, token, response).catch(() => undefined); // the connection is gone: nothing to answer on
  }

  private respond(endpoint: string, value: bigint, token: Buffer, spec: CoapResponseSpec): Promise<void> {
    const messageId = this.nextMessageId();
    return this.publish(endpoint, { ...responseToMqtt(spec), token: value }, () => responseMessage(spec, 'ACK', messageId, token));
  }

  // ---- helpers ----

  /** An empty CoAP message has no MQTT form, except an RST to a delivered Notify: Cancel-Observe (the MQTT counterpart of the RFC 7641 §3.6 RST). */
  private async emptyMessage(endpoint: string, message: CoapMessage): Promise<CoapMessage> {
    const observation = message.type === 'RST' ? this.observations.takeDelivered(message.messageId) : undefined;
    if (observation === undefined) return message;
    this.observations.end(observation.endpoint, observation.token);
    const cancel = { operation: OP.cancelObserve, token: observation.token };
    await this.publish(observation.endpoint, cancel, message, 'RST to a Notify sent as Cancel-Observe');
    return message;
  }

  private async publish(endpoint: string, m: MqttLwm2mMessage, coap: CoapMessage | (() => CoapMessage), extra?: string): Promise<void> {
    const topic = endpointTopic(this.iface, endpoint, this.o.prefix);
    const raw = encodeMessage(m);
    this.record(() => ({
      time: Date.now(),
      direction: 'out',
      peer: this.peerOf(endpoint),
      message: typeof coap === 'function' ? coap() : coap,
      raw,
      note: `MQTT PUBLISH ${topic} ${describeMessage(m)}${extra ? ` (${extra})` : ''}`,
    }));
    if (this.o.protocolVersion === 4) this.echoes.published(topic, raw);
    await this.connection.publish(topic, raw);
  }

  private endpointOfPeer(peer: PeerAddress): string {
    if (this.side === 'client') return this.o.endpoint!;
    if (!peer.address.startsWith(PEER_PREFIX)) throw new RangeError(`${peer.address}:${peer.port} is not an MQTT peer (expected ${PEER_PREFIX}<endpoint>)`);
    return peer.address.slice(PEER_PREFIX.length);
  }

  /**
   * TS-Transport §8.3: the token only has to map responses to requests unambiguously, "no randomness
   * needed": a 4-byte counter from a random start, skipping values still pending.
   */
  private freshToken(): Buffer {
    for (;;) {
      this.tokenCounter = (this.tokenCounter + 1) >>> 0;
      const token = Buffer.alloc(4);
      token.writeUInt32BE(this.tokenCounter);
      if (!this.pending.has(BigInt(this.tokenCounter))) return token;
    }
  }

  private nextMessageId(): number {
    this.messageId = (this.messageId + 1) & 0xffff;
    return this.messageId;
  }

  private settleWithError(value: bigint, error: Error): void {
    const pending = this.pending.get(value);
    if (pending === undefined) return;
    this.pending.delete(value);
    clearTimeout(pending.timer);
    pending.reject(error instanceof MqttConnectionLostError ? new MqttConnectionLostError(this.brokerUrl, `${error.message.replace(/^.*lost: /, '')} (${pending.what()})`) : error);
  }

  private failPending(error: Error): void {
    for (const [value, pending] of [...this.pending]) {
      this.pending.delete(value);
      clearTimeout(pending.timer);
      pending.reject(error instanceof MqttConnectionLostError ? new MqttConnectionLostError(this.brokerUrl, `${error.message.replace(/^.*lost: /, '')} while waiting for the ${pending.what()} result`) : error);
    }
  }

  /** Builds the entry only when someone listens: the hot path stays free of it. */
  private record(make: () => TranscriptEntry): void {
    if (this.transcript.active) this.transcript.emit(make());
  }
}
