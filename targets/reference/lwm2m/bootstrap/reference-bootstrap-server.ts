/**
 * The reference LwM2M Bootstrap-Server (TS-Core §6.1; TS-Transport §6.4.2): answers
 * Bootstrap-Request `POST /bs?ep=&pct=` with 2.04 and then provisions the client from the endpoint's
 * Bootstrap Information (bootstrap-script.ts), or answers Bootstrap-Pack-Request `GET /bspack?ep=`
 * with 2.05 and the whole information as one SenML CBOR pack (1.2). An endpoint it has no information
 * for gets 4.00 (TS-Transport Table 6.7-1: unknown Endpoint Client Name). Requests to the client go
 * out from the endpoint the request came in on, to the address it came from.
 *
 * It listens on one or more transports (coap, coaps, coap+tcp, coaps+tcp; the server's listeners/),
 * e.g. coaps with PSK for ETS int-1. Its security store supplies the (D)TLS PSK keys, and a
 * Bootstrap-Request acts for an endpoint only when the channel's identity belongs to it
 * (TS-Transport §5.2.6, the same binding as the LwM2M Server's; a mismatch is 4.00). An endpoint
 * provisioned with an OSCORE context (RFC 8613) bootstraps over the coap listener with protected
 * messages, its bootstrap script going out protected too (server/listeners/oscore-listener.ts).
 */
import { EventEmitter } from 'node:events';
import type { CoapEndpoint, CoapResponseSpec, IncomingRequest, PeerAddress } from '../../transport/coap-udp/types';
import { defaultModel } from '../model/object-model';
import { bootstrapPack, type BootstrapInformation } from './bootstrap-information';
import { runBootstrapScript, type ScriptOutcome } from './bootstrap-script';
import { openListeners, type Listener, type ListenerSpec, type Lwm2mTransport, type ServerCredentials } from '../server/listeners/listener';
import { checkBinding } from '../server/security/identity-binding';
import { SecurityStore } from '../server/security/security-store';

export interface ReferenceBootstrapServerOptions {
  /** Default 127.0.0.1. */
  address?: string;
  /** Default 0: any free port. */
  port?: number;
  /** The transports to listen on; default one coap listener on `address`:`port`. */
  listeners?: ListenerSpec[];
  /** Certificate (and client CA) for coaps / coaps+tcp certificate mode. */
  credentials?: ServerCredentials;
  /** Bound on a (D)TLS handshake; default 30 s × timeScale. */
  handshakeTimeoutMs?: number;
  /** Wall-clock seconds per spec second (CoAP timers). */
  timeScale?: number;
  /** The Bootstrap Information for an Endpoint Client Name; undefined = unknown endpoint. */
  configurationFor(endpoint: string): BootstrapInformation | undefined | Promise<BootstrapInformation | undefined>;
}

export interface BootstrapEvent {
  endpoint: string;
  peer: PeerAddress;
  /** `request` (classic flow) or `pack` (1.2 Bootstrap-Pack-Request). */
  kind: 'request' | 'pack';
  outcome?: ScriptOutcome;
}

export type BootstrapEventName = 'bootstrapped' | 'failed';

export class ReferenceBootstrapServer extends EventEmitter {
  private readonly model = defaultModel();
  private closed = false;

  private constructor(
    private readonly open: Listener[],
    private readonly options: ReferenceBootstrapServerOptions,
    /** Endpoint credentials: provision before the client connects. */
    readonly security: SecurityStore,
  ) {
    super();
    for (const listener of open) listener.endpoint.onRequest((req) => this.handle(req, listener.endpoint));
  }

  static async start(options: ReferenceBootstrapServerOptions): Promise<ReferenceBootstrapServer> {
    const timeScale = options.timeScale ?? 1;
    const security = new SecurityStore();
    const specs = options.listeners ?? [{ transport: 'coap', address: options.address, port: options.port }];
    const open = await openListeners(specs, { timeScale, psk: (identity) => security.pskKey(identity), oscore: security.oscoreContexts, credentials: options.credentials, handshakeTimeoutMs: options.handshakeTimeoutMs });
    return new ReferenceBootstrapServer(open, options, security);
  }

  /** The first listener's address. */
  get local(): PeerAddress {
    return this.open[0]!.endpoint.local;
  }

  /** The first listener's URI, e.g. `coap://127.0.0.1:5783`. */
  get uri(): string {
    return this.open[0]!.uri;
  }

  /** Every listener's URI by transport. */
  get uris(): Partial<Record<Lwm2mTransport, string>> {
    return Object.fromEntries(this.open.map((l) => [l.transport, l.uri]));
  }

  /** Resolves with the next `event` for `endpoint` (any endpoint when omitted). */
  next(event: BootstrapEventName, endpoint?: string): Promise<BootstrapEvent> {
    return new Promise((resolve) => {
      const listener = (e: BootstrapEvent) => {
        if (endpoint !== undefined && e.endpoint !== endpoint) return;
        this.off(event, listener);
        resolve(e);
      };
      this.on(event, listener);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.removeAllListeners();
    this.security.clear();
    await Promise.all(this.open.map((l) => l.endpoint.close()));
  }

  private async handle(req: IncomingRequest, coap: CoapEndpoint): Promise<CoapResponseSpec> {
    const [first, ...rest] = req.pathSegments;
    const endpoint = req.query.find((q) => q.startsWith('ep='))?.slice(3);
    if (rest.length > 0 || (first !== 'bs' && first !== 'bspack')) return { code: '4.04' };
    if (first === 'bs' && req.method !== 'POST') return { code: '4.05' };
    if (first === 'bspack' && req.method !== 'GET') return { code: '4.05' };
    if (endpoint === undefined) return { code: '4.00' };
    const unbound = checkBinding(this.security, endpoint, req.peerIdentity);
    if (unbound) return { code: unbound.code, payload: Buffer.from(unbound.reason, 'utf8') };
    const info = await this.options.configurationFor(endpoint);
    if (!info) return { code: '4.00' };
    if (first === 'bspack') return this.pack(endpoint, req.peer, info);
    // The script starts once the 2.04 is on its way (TS-Core §6.1.3.3: the client waits for it).
    setImmediate(() => void this.provision(coap, endpoint, req.peer, info));
    return { code: '2.04' };
  }

  private pack(endpoint: string, peer: PeerAddress, info: BootstrapInformation): CoapResponseSpec {
    const pack = bootstrapPack(info, this.model);
    if (!pack) return { code: '5.01' }; // TS-Core 1.2 §6.1.7.7: not implemented
    this.emit('bootstrapped', { endpoint, peer, kind: 'pack' } satisfies BootstrapEvent);
    return { code: '2.05', contentFormat: pack.contentFormat, payload: pack.payload };
  }

  private async provision(coap: CoapEndpoint, endpoint: string, peer: PeerAddress, info: BootstrapInformation): Promise<void> {
    const outcome = await runBootstrapScript(coap, peer, info, this.model);
    if (this.closed) return;
    this.emit(outcome.ok ? 'bootstrapped' : 'failed', { endpoint, peer, kind: 'request', outcome } satisfies BootstrapEvent);
  }
}
