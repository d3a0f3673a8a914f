/**
 * The suite's scripted LwM2M Client for server-under-test scenarios: it sends hand-built Register,
 * Update, De-register and Send requests (TS-Transport §6.4.3, §6.4.5) to the server under test,
 * answers the server's requests from a scripted object tree (dm-responder.ts), and records every
 * datagram in the evidence transcript. All from one endpoint, as a real client: the server must send
 * its requests to the address the client registered from (TS-Transport §6.4.3). The endpoint is of
 * the scenario's transport (client-transport.ts): coap, coaps, coap+tcp or coaps+tcp.
 */
import { defaultModel, type ObjectModel } from '../../targets/reference/lwm2m/model/object-model';
import type { CoapRequestSpec, CoapResponse, CoapResponseSpec, IncomingRequest, PeerAddress } from '../../targets/reference/transport/coap-udp/types';
import type { Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { recordTranscript, TRANSCRIPT_SECTION, type EvidenceSink } from '../harness/transcript-recorder';
import { ClientObservations } from './client-observations';
import { isTcp, openClientEndpoint, withTransportBinding, type ClientCredentials, type ClientEndpoint, type ServerTransport } from './client-transport';
import { answerDmRequest } from './dm-responder';
import { ScriptedObjects } from './scripted-objects';

export interface ScriptedClientOptions {
  evidence: EvidenceSink;
  timeScale: number;
  /** The server under test's CoAP address. */
  server: PeerAddress;
  /** Default coap. */
  transport?: ServerTransport;
  /** A PSK or certificate on coaps / coaps+tcp. */
  credentials?: ClientCredentials;
  /** The Endpoint Client Name it registers with (mqtt: its topic, TS-Transport 1.2 §8.2). */
  endpointName?: string;
  /** mqtt: 4 = MQTT 3.1.1 (default), 5 = MQTT 5. */
  mqttVersion?: 4 | 5;
  /** The values the client holds (e.g. configuration C.1). */
  records: readonly Lwm2mRecord[];
}

/** A request the server under test sent to the scripted client, with the answer it got. */
export interface ReceivedDmRequest extends IncomingRequest {
  at: number;
  response: CoapResponseSpec;
}

const LINK_FORMAT = 40;

export class ScriptedClient {
  readonly objects: ScriptedObjects;
  readonly observations: ClientObservations;
  readonly received: ReceivedDmRequest[] = [];
  /** Location-Path of the last 2.01 to a Register. */
  location?: string[];
  /** Answer every Read in this format, whatever the Accept (ETS int-237). */
  forcedFormat?: number;
  private waiters: Array<(r: ReceivedDmRequest) => void> = [];
  private readonly stopRecording: () => void;

  private constructor(
    private readonly coap: ClientEndpoint,
    readonly transport: ServerTransport,
    readonly server: PeerAddress,
    model: ObjectModel,
    records: readonly Lwm2mRecord[],
    evidence: EvidenceSink,
  ) {
    this.objects = new ScriptedObjects(model, records);
    this.observations = new ClientObservations(coap, this.objects, model, transport);
    this.stopRecording = recordTranscript(coap, evidence, 'Client');
    coap.onRequest((req) => this.answer(req, model));
  }

  static async start(options: ScriptedClientOptions): Promise<ScriptedClient> {
    const transport = options.transport ?? 'coap';
    const coap = await openClientEndpoint({ transport, server: options.server, timeScale: options.timeScale, credentials: options.credentials, endpointName: options.endpointName, mqttVersion: options.mqttVersion });
    // The transcript shows decrypted CoAP; one line says which association carries it.
    const info = (coap as { dtls?: { info?: { version: string; cipher: string; pskIdentity?: string } } }).dtls?.info;
    if (info) options.evidence.line(TRANSCRIPT_SECTION, `${options.evidence.stamp()} Client ↔ ${options.server.address}:${options.server.port} DTLS handshake completed: ${info.version} ${info.cipher}${info.pskIdentity ? `, PSK identity "${info.pskIdentity}"` : ''}`);
    else if (transport !== 'coap') options.evidence.line(TRANSCRIPT_SECTION, `${options.evidence.stamp()} Client ↔ ${options.server.address}:${options.server.port} connected over ${transport}`);
    return new ScriptedClient(coap, transport, options.server, defaultModel(), options.records, options.evidence);
  }

  get local(): PeerAddress {
    return this.coap.local;
  }

  /** Over TCP or TLS (RFC 8323): no ACK, RST or Message IDs. */
  get tcp(): boolean {
    return isTcp(this.transport);
  }

  get endpoint(): ClientEndpoint {
    return this.coap;
  }

  /** Register `POST /rd?…` with the object list (default: the scripted objects) in link format. */
  async register(query: readonly string[], payload: Buffer = Buffer.from(this.objects.objectLinks(), 'utf8'), contentFormat: number | undefined = LINK_FORMAT): Promise<CoapResponse> {
    const response = await this.request({ method: 'POST', path: '/rd', query: withTransportBinding(this.transport, query), payload, ...(contentFormat !== undefined ? { contentFormat } : {}) });
    if (response.code === '2.01') this.location = response.locationPath;
    return response;
  }

  /** Update `POST /{location}?…` (TS-Core §6.2.2); `location` defaults to the last Register's. */
  update(query: readonly string[] = [], payload?: Buffer, location = this.requireLocation()): Promise<CoapResponse> {
    return this.request({ method: 'POST', path: `/${location.join('/')}`, query: withTransportBinding(this.transport, query), ...(payload ? { payload, contentFormat: LINK_FORMAT } : {}) });
  }

  deregister(location = this.requireLocation()): Promise<CoapResponse> {
    return this.request({ method: 'DELETE', path: `/${location.join('/')}` });
  }

  /** Send `POST /dp` (TS-Core §6.4.4). */
  send(payload: Buffer, contentFormat: number): Promise<CoapResponse> {
    return this.request({ method: 'POST', path: '/dp', contentFormat, payload });
  }

  request(spec: CoapRequestSpec): Promise<CoapResponse> {
    return this.coap.request(this.server, spec);
  }

  /**
   * The first request from `received[fromIndex]` on that matches, waiting up to `timeoutMs`;
   * undefined if none came. Indexes, not times: two requests can share a millisecond.
   */
  async nextRequest(match: (r: ReceivedDmRequest) => boolean, timeoutMs: number, fromIndex = 0): Promise<ReceivedDmRequest | undefined> {
    const found = this.received.slice(fromIndex).find(match);
    if (found) return found;
    return new Promise((resolve) => {
      const waiter = (r: ReceivedDmRequest): void => {
        if (match(r)) done(r);
      };
      const done = (r: ReceivedDmRequest | undefined): void => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(r);
      };
      const timer = setTimeout(() => done(undefined), timeoutMs);
      this.waiters.push(waiter);
    });
  }

  async close(): Promise<void> {
    this.stopRecording();
    await this.coap.close();
  }

  private requireLocation(): string[] {
    if (!this.location) throw new Error('the scripted client has no registration location yet');
    return this.location;
  }

  private answer(req: IncomingRequest, model: ObjectModel): CoapResponseSpec {
    const response = answerDmRequest({ objects: this.objects, model, observations: this.observations, forcedFormat: this.forcedFormat }, req);
    const received: ReceivedDmRequest = { ...req, at: Date.now(), response };
    this.received.push(received);
    for (const waiter of [...this.waiters]) waiter(received);
    return response;
  }
}
