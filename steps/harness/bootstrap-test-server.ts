/**
 * The suite's scripted LwM2M Bootstrap-Server for client-under-test scenarios (ETS §6.1): a CoAP
 * endpoint that records every datagram into the evidence, answers the client's Bootstrap-Request
 * `POST /bs` with 2.04 (or leaves it to a step), and lets steps send the Bootstrap-Server's
 * operations — Write, Read, Delete, Discover, Finish — to the address the request came from, one at
 * a time, keeping every exchange for the criteria. A Bootstrap-Pack-Request `GET /bspack` is answered
 * by the pack a step installed (`servePack`), else 4.04 as a 1.1 Bootstrap-Server would. It listens
 * on the scenario's transport (harness-listener.ts); `account` is the client's Bootstrap-Server Account.
 */
import type { AccountSecurity } from '../../targets/reference/lwm2m/configurations/with-security';
import type { CoapEndpoint, CoapMethod, CoapRequestSpec, CoapResponse, CoapResponseSpec, IncomingRequest, PeerAddress, TranscriptEntry } from '../../targets/reference/transport/coap-udp/types';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import { listen, type HandshakeRecord, type HarnessListener } from './harness-listener';
import { accountFor, type HarnessSecurity } from './harness-security';
import { uriOf, type ReceivedRequest } from './lwm2m-test-server';
import { describeMatch, describeRequest, matches, type RequestMatch } from './request-match';
import { recordTranscript, type EvidenceSink } from './transcript-recorder';

/** One operation the Bootstrap-Server sent and what came of it. */
export interface BootstrapExchange {
  /** `Bootstrap-Write /0`, `Bootstrap-Finish`, … */
  operation: string;
  method: CoapMethod;
  path: string;
  at: number;
  response?: CoapResponse;
  error?: Error;
}

type Waiter = { match: RequestMatch; after: number; resolve: (req: ReceivedRequest) => void };

export class BootstrapTestServer {
  readonly received: ReceivedRequest[] = [];
  readonly exchanges: BootstrapExchange[] = [];
  /** Where the last Bootstrap-Request (or Pack-Request) came from: the client's address. */
  client?: PeerAddress;
  private waiters: Waiter[] = [];
  private pack?: () => CoapResponseSpec;
  private readonly datagramsIn: Array<{ messageId: number; address: string; port: number }> = [];
  private readonly stop: Array<() => void> = [];

  private readonly coap: CoapEndpoint;

  private constructor(
    private readonly listener: HarnessListener,
    readonly security: HarnessSecurity,
    evidence: EvidenceSink,
  ) {
    const coap = (this.coap = listener.coap);
    this.stop.push(recordTranscript(coap, evidence, 'Bootstrap-Server'), () => listener.stop());
    const udp = security.transport === 'coap' || security.transport === 'coaps';
    // Only CoAP over UDP retransmits (RFC 7252 §4.2): over TCP (RFC 8323 §3), MQTT and HTTP the
    // messages carry no Message ID of their own (HTTP ones print mid=0), so only datagrams count.
    this.stop.push(
      coap.onTranscript((e) => {
        if (udp && e.direction === 'in' && e.message?.type === 'CON' && e.message.transport !== 'tcp') this.datagramsIn.push({ messageId: e.message.messageId, ...e.peer });
      }),
    );
    coap.onRequest((req) => this.onRequest(req));
  }

  static async start(options: { evidence: EvidenceSink; timeScale: number; security?: HarnessSecurity }): Promise<BootstrapTestServer> {
    const security = options.security ?? { transport: 'coap', listener: { mode: 'nosec' }, client: { mode: 'nosec' } };
    const listener = await listen({ security, timeScale: options.timeScale, evidence: options.evidence, role: 'Bootstrap-Server' });
    return new BootstrapTestServer(listener, security, options.evidence);
  }

  /** The URI a client's Bootstrap-Server Account is provisioned with (/0/x/0). */
  get uri(): string {
    return this.listener.uri ?? uriOf(this.security, this.coap.local);
  }

  /** The client's Bootstrap-Server Account: URI and credentials (TS-Core App. E.1). */
  get account(): AccountSecurity {
    return accountFor(this.uri, this.security);
  }

  /** OSCORE: every message as it crossed the wire, protected (empty without OSCORE). */
  get wire(): readonly TranscriptEntry[] {
    return this.listener.wire ?? [];
  }

  /** The security layer's handshakes at this server. */
  get handshakes(): readonly HandshakeRecord[] {
    return this.listener.handshakes;
  }

  /**
   * Answers Bootstrap-Pack-Requests with the pack `build` makes when one arrives (TS-Core 1.2 §6.1.7.7:
   * 2.05) — late, so the pack can point at servers started after this step.
   */
  servePack(build: () => { contentFormat: number; payload: Buffer }): void {
    this.pack = () => ({ code: '2.05', ...build() });
  }

  /** The earliest request not yet taken that matches and arrived at/after `after`; fails `criterion` after `timeoutMs`. */
  async expectRequest(match: RequestMatch, timeoutMs: number, criterion: string, after = 0): Promise<ReceivedRequest> {
    const found = this.received.find((r) => !r.taken && r.at >= after && matches(r, match));
    const req =
      found ??
      (await new Promise<ReceivedRequest | undefined>((resolve) => {
        const waiter: Waiter = { match, after, resolve: (r) => (clearTimeout(timer), resolve(r)) };
        const timer = setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          resolve(undefined);
        }, timeoutMs);
        this.waiters.push(waiter);
      }));
    if (req) {
      req.taken = true;
      return req;
    }
    const others = this.received.filter((r) => r.at >= after && !r.taken).map(describeRequest);
    throw new CriterionFailed(criterion, `${describeMatch(match)} within ${timeoutMs} ms`, others.length ? `only ${others.join(', ')}` : 'no request');
  }

  /** How often the datagram of `req` arrived again (RFC 7252 §4.2 retransmission of an unanswered CON). */
  retransmissionsOf(req: ReceivedRequest): number {
    const same = (d: { messageId: number; address: string; port: number }) => d.messageId === req.message.messageId && d.address === req.peer.address && d.port === req.peer.port;
    return Math.max(0, this.datagramsIn.filter(same).length - 1);
  }

  /** Sends one Bootstrap-Server operation to the client and records it; a timeout is an outcome. */
  async operate(operation: string, spec: CoapRequestSpec): Promise<BootstrapExchange> {
    const client = this.client;
    if (!client) throw new InconclusiveError('harness: no Bootstrap-Request arrived, so there is no client address to send to');
    const exchange: BootstrapExchange = { operation, method: spec.method, path: spec.path, at: Date.now() };
    try {
      exchange.response = await this.coap.request(client, spec);
    } catch (e) {
      exchange.error = e as Error;
    }
    this.exchanges.push(exchange);
    return exchange;
  }

  async close(): Promise<void> {
    for (const stop of this.stop.splice(0)) stop();
    await this.coap.close();
  }

  private onRequest(incoming: IncomingRequest): CoapResponseSpec {
    const req: ReceivedRequest = { ...incoming, at: Date.now(), taken: false };
    this.received.push(req);
    req.response = this.answer(req);
    const waiter = this.waiters.find((w) => req.at >= w.after && matches(req, w.match));
    if (waiter) {
      this.waiters = this.waiters.filter((w) => w !== waiter);
      waiter.resolve(req);
    }
    return req.response;
  }

  /** TS-Transport §6.4.2: `POST /bs?ep=` → 2.04 (4.00 without ep); `GET /bspack` → the pack or 4.04. */
  private answer(req: ReceivedRequest): CoapResponseSpec {
    const [first, ...rest] = req.pathSegments;
    if (rest.length > 0) return { code: '4.04' };
    const ep = req.query.some((q) => q.startsWith('ep='));
    if (first === 'bs' && req.method === 'POST') {
      if (!ep) return { code: '4.00' };
      this.client = req.peer;
      return { code: '2.04' };
    }
    if (first === 'bspack' && req.method === 'GET') {
      if (!this.pack) return { code: '4.04' };
      this.client = req.peer;
      return this.pack();
    }
    return { code: '4.04' };
  }
}
