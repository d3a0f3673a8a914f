/**
 * The suite's scripted LwM2M Server for client-under-test scenarios: a CoAP endpoint that records
 * every message into the evidence and lets steps script the exchange message by message —
 * `expectRequest` (fails the named criterion when nothing arrives in time), `respond`, or the
 * registration auto-responder — and send DM requests from the socket the client registered to.
 * It listens on the scenario's transport (harness-listener.ts); `account` is the client's account for
 * it (URI and credentials, TS-Core App. E.1).
 */
import type { AccountSecurity } from '../../targets/reference/lwm2m/configurations/with-security';
import type {
  CoapEndpoint,
  CoapMethod,
  CoapRequestSpec,
  CoapResponse,
  CoapResponseSpec,
  IncomingRequest,
  PeerAddress,
  TranscriptEntry,
} from '../../targets/reference/transport/coap-udp/types';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import { HarnessRegistration } from './harness-registration';
import { listen, type HandshakeRecord, type HarnessListener } from './harness-listener';
import { accountFor, type HarnessSecurity } from './harness-security';
import { describeMatch, describeRequest, matches, type RequestMatch } from './request-match';
import { recordTranscript, type EvidenceSink } from './transcript-recorder';

export interface TestServerOptions {
  evidence: EvidenceSink;
  /** Wall-clock seconds per spec second (lifetimes, CoAP timers). */
  timeScale: number;
  /** Transport and credentials; default coap (NoSec). Always 127.0.0.1, port OS-assigned. */
  security?: HarnessSecurity;
}

const NOSEC: HarnessSecurity = { transport: 'coap', listener: { mode: 'nosec' }, client: { mode: 'nosec' } };

/** `scheme://host:port` of a listener (IPv6 literals bracketed, RFC 3986 §3.2.2). */
export function uriOf(security: HarnessSecurity, local: PeerAddress): string {
  const host = security.host ?? local.address;
  return `${security.transport}://${host.includes(':') ? `[${host}]` : host}:${local.port}`;
}

/** A request as the harness received it, with what it answered. */
export interface ReceivedRequest extends IncomingRequest {
  /** Wall-clock ms of arrival. */
  at: number;
  response?: CoapResponseSpec;
  /** Taken by an `expectRequest` (each request satisfies one expectation). */
  taken: boolean;
}

type Datagram = { messageId: number; address: string; port: number };
type Waiter = { match: RequestMatch; after: number; resolve: (req: ReceivedRequest) => void };

export class Lwm2mTestServer {
  readonly received: ReceivedRequest[] = [];
  /** RFC 8323 §5 signalling messages (CSM 7.01, Ping, Pong, …) over CoAP over TCP, both directions. */
  readonly signals: Array<{ at: number; direction: 'in' | 'out'; code: string; peer: PeerAddress }> = [];
  /** The registration the auto-responder accepted last. */
  registration?: HarnessRegistration;
  private autoRegistration = false;
  private nextLocation = 1;
  private readonly pending = new Map<ReceivedRequest, (spec: CoapResponseSpec | undefined) => void>();
  private waiters: Waiter[] = [];
  private readonly stopRecording: () => void;
  /** Every CoAP request datagram received, duplicates included (the endpoint hands the handler one). */
  private readonly datagramsIn: Datagram[] = [];
  private readonly stopCounting: () => void;

  private readonly coap: CoapEndpoint;

  private constructor(
    private readonly listener: HarnessListener,
    readonly security: HarnessSecurity,
    private readonly timeScale: number,
    evidence: EvidenceSink,
  ) {
    const coap = (this.coap = listener.coap);
    this.stopRecording = recordTranscript(coap, evidence);
    const udp = security.transport === 'coap' || security.transport === 'coaps';
    // Only CoAP over UDP retransmits (RFC 7252 §4.2): over TCP (RFC 8323 §3), MQTT and HTTP the
    // messages carry no Message ID of their own (HTTP ones print mid=0), so only datagrams count.
    this.stopCounting = coap.onTranscript((e) => {
      if (udp && e.direction === 'in' && e.message?.type === 'CON' && e.message.transport !== 'tcp') this.datagramsIn.push({ messageId: e.message.messageId, ...e.peer });
      if (e.message?.transport === 'tcp' && e.message.code.startsWith('7.')) this.signals.push({ at: e.time, direction: e.direction, code: e.message.code, peer: e.peer });
    });
    coap.onRequest((req) => this.onRequest(req));
  }

  static async start(options: TestServerOptions): Promise<Lwm2mTestServer> {
    const security = options.security ?? NOSEC;
    const listener = await listen({ security, timeScale: options.timeScale, evidence: options.evidence, role: 'Server' });
    return new Lwm2mTestServer(listener, security, options.timeScale, options.evidence);
  }

  /** The URI a client is provisioned with (`/0/x/0`). */
  get uri(): string {
    return this.listener.uri ?? uriOf(this.security, this.coap.local);
  }

  /** The client's account for this server: URI and credentials (Security Object, TS-Core App. E.1). */
  get account(): AccountSecurity {
    return accountFor(this.uri, this.security);
  }

  /** OSCORE: every message as it crossed the wire, protected (empty without OSCORE). */
  get wire(): readonly TranscriptEntry[] {
    return this.listener.wire ?? [];
  }

  /** The security layer's handshakes at this server (empty over coap and coap+tcp). */
  get handshakes(): readonly HandshakeRecord[] {
    return this.listener.handshakes;
  }

  /** Auto-responder: Register → 2.01 + Location-Path, Update → 2.04, De-register → 2.02 (TS-Core §6.2). */
  acceptRegistrations(): void {
    this.autoRegistration = true;
  }

  /**
   * Drops the registration without telling the client, as a server that lost its state does; the
   * client's next Update (or De-register) on it is answered 4.04 Not Found (ETS int-105).
   */
  forgetRegistration(): void {
    if (!this.registration) throw new InconclusiveError('harness: there is no registration to forget');
    this.registration.ended = 'discarded';
  }

  /**
   * The earliest request not yet taken that matches and arrived at or after `after` (default: any
   * time); waits up to `timeoutMs`. Fails `criterion` with what arrived instead when none comes.
   */
  async expectRequest(match: RequestMatch, timeoutMs: number, criterion: string, after = 0): Promise<ReceivedRequest> {
    const found = this.received.find((r) => !r.taken && r.at >= after && matches(r, match));
    if (found) return this.take(found);
    const req = await new Promise<ReceivedRequest | undefined>((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(undefined);
      }, timeoutMs);
      const waiter: Waiter = {
        match,
        after,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      this.waiters.push(waiter);
    });
    if (req) return this.take(req);
    const others = this.received.filter((r) => r.at >= after && !r.taken).map(describeRequest);
    throw new CriterionFailed(criterion, `${describeMatch(match)} within ${timeoutMs} ms`, others.length ? `only ${others.join(', ')}` : 'no request');
  }

  /** Requests that arrived in a time window, taken or not (for "nothing else happened" criteria). */
  requestsBetween(from: number, to = Date.now()): ReceivedRequest[] {
    return this.received.filter((r) => r.at >= from && r.at <= to);
  }

  /** Answers a request that no auto-responder answered. */
  respond(req: ReceivedRequest, spec: CoapResponseSpec): void {
    const resolve = this.pending.get(req);
    if (!resolve) throw new InconclusiveError(`harness: ${describeRequest(req)} was already answered`);
    this.pending.delete(req);
    req.response = spec;
    resolve(spec);
  }

  /**
   * How often the datagram of `req` arrived again after the first time (RFC 7252 §4.2: a CON whose
   * ACK the client did not get is retransmitted with the same Message ID).
   */
  retransmissionsOf(req: ReceivedRequest): number {
    const same = (d: Datagram) => d.messageId === req.message.messageId && d.address === req.peer.address && d.port === req.peer.port;
    return Math.max(0, this.datagramsIn.filter(same).length - 1);
  }

  /** A DM request to the registered client, from the socket it registered to (TS-Transport §6.4.3). */
  request(method: CoapMethod, path: string, options: Omit<CoapRequestSpec, 'method' | 'path'> & { timeoutMs?: number } = {}): Promise<CoapResponse> {
    const registration = this.registration;
    if (!registration) throw new InconclusiveError('harness: the client is not registered, so there is no address to send to');
    const { timeoutMs, ...spec } = options;
    return this.coap.request(registration.peer, { method, path, ...spec }, timeoutMs === undefined ? undefined : { timeoutMs });
  }

  /**
   * Responses that match no pending request: RFC 7641 notifications, which reuse the token of an
   * Observe that was already answered. A listener returning true accepts one (a CON gets an ACK);
   * false everywhere makes the endpoint reject a CON one with RST (RFC 7252 §4.2).
   */
  onNotification(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void {
    if (!this.coap.onUnmatchedResponse) throw new InconclusiveError('harness: this CoAP endpoint cannot deliver notifications');
    return this.coap.onUnmatchedResponse(listener);
  }

  /** An empty RST for a message of the client (RFC 7641 §3.6: how a server cancels on a NON notification). */
  async sendReset(peer: PeerAddress, messageId: number): Promise<void> {
    await this.coap.sendMessage(peer, { type: 'RST', code: '0.00', messageId, token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0) });
  }

  async close(): Promise<void> {
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
    this.stopRecording();
    this.stopCounting();
    this.listener.stop();
    await this.coap.close();
  }

  private onRequest(incoming: IncomingRequest): Promise<CoapResponseSpec | undefined> | CoapResponseSpec {
    const req: ReceivedRequest = { ...incoming, at: Date.now(), taken: false };
    this.received.push(req);
    const auto = this.autoRegistration ? this.answerRegistration(req) : undefined;
    if (auto) req.response = auto;
    this.wake(req);
    if (auto) return auto;
    return new Promise((resolve) => this.pending.set(req, resolve));
  }

  private wake(req: ReceivedRequest): void {
    const waiter = this.waiters.find((w) => req.at >= w.after && matches(req, w.match));
    if (!waiter) return;
    this.waiters = this.waiters.filter((w) => w !== waiter);
    waiter.resolve(req);
  }

  private take(req: ReceivedRequest): ReceivedRequest {
    req.taken = true;
    return req;
  }

  /** TS-Core §6.2: the Registration Interface as a lenient server answers it. */
  private answerRegistration(req: ReceivedRequest): CoapResponseSpec | undefined {
    const [root, id, ...rest] = req.pathSegments;
    if (root !== 'rd' || rest.length > 0) return undefined;
    if (id === undefined) {
      if (req.method !== 'POST') return { code: '4.05' };
      const location = ['rd', (this.nextLocation++).toString(36)];
      const endpoint = req.query.find((q) => q.startsWith('ep='))?.slice(3);
      this.registration = new HarnessRegistration(endpoint, location, req.peer, req.query, this.timeScale, req.at);
      return { code: '2.01', locationPath: location };
    }
    const current = this.registration;
    if (!current || current.ended || current.location[1] !== id) return { code: '4.04' };
    if (req.method === 'DELETE') {
      current.ended = 'deregistered';
      return { code: '2.02' };
    }
    if (req.method !== 'POST') return { code: '4.05' };
    current.refresh(req.query, req.at);
    return { code: '2.04' };
  }
}
