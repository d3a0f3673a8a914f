/**
 * The reference LwM2M Bootstrap-Server (TS-Core §6.1; TS-Transport §6.4.2): answers
 * Bootstrap-Request `POST /bs?ep=&pct=` with 2.04 and then provisions the client from the endpoint's
 * Bootstrap Information (bootstrap-script.ts), or answers Bootstrap-Pack-Request `GET /bspack?ep=`
 * with 2.05 and the whole information as one SenML CBOR pack (1.2). An endpoint it has no information
 * for gets 4.00 (TS-Transport Table 6.7-1: unknown Endpoint Client Name). Requests to the client go
 * out from the socket the request came in on, to the address it came from.
 */
import { EventEmitter } from 'node:events';
import { createUdpEndpoint, type UdpCoapEndpoint } from '../../transport/coap-udp/endpoint';
import type { CoapResponseSpec, IncomingRequest, PeerAddress } from '../../transport/coap-udp/types';
import { defaultModel } from '../model/object-model';
import { bootstrapPack, type BootstrapInformation } from './bootstrap-information';
import { runBootstrapScript, type ScriptOutcome } from './bootstrap-script';

export interface ReferenceBootstrapServerOptions {
  /** Default 127.0.0.1. */
  address?: string;
  /** Default 0: any free port. */
  port?: number;
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
    private readonly coap: UdpCoapEndpoint,
    private readonly options: ReferenceBootstrapServerOptions,
  ) {
    super();
    coap.onRequest((req) => this.handle(req));
  }

  static async start(options: ReferenceBootstrapServerOptions): Promise<ReferenceBootstrapServer> {
    const coap = await createUdpEndpoint({ address: options.address ?? '127.0.0.1', port: options.port ?? 0, timeScale: options.timeScale ?? 1 });
    return new ReferenceBootstrapServer(coap, options);
  }

  get local(): PeerAddress {
    return this.coap.local;
  }

  get uri(): string {
    const { address, port } = this.coap.local;
    return `coap://${address.includes(':') ? `[${address}]` : address}:${port}`;
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
    await this.coap.close();
  }

  private async handle(req: IncomingRequest): Promise<CoapResponseSpec> {
    const [first, ...rest] = req.pathSegments;
    const endpoint = req.query.find((q) => q.startsWith('ep='))?.slice(3);
    if (rest.length > 0 || (first !== 'bs' && first !== 'bspack')) return { code: '4.04' };
    if (first === 'bs' && req.method !== 'POST') return { code: '4.05' };
    if (first === 'bspack' && req.method !== 'GET') return { code: '4.05' };
    if (endpoint === undefined) return { code: '4.00' };
    const info = await this.options.configurationFor(endpoint);
    if (!info) return { code: '4.00' };
    if (first === 'bspack') return this.pack(endpoint, req.peer, info);
    // The script starts once the 2.04 is on its way (TS-Core §6.1.3.3: the client waits for it).
    setImmediate(() => void this.provision(endpoint, req.peer, info));
    return { code: '2.04' };
  }

  private pack(endpoint: string, peer: PeerAddress, info: BootstrapInformation): CoapResponseSpec {
    const pack = bootstrapPack(info, this.model);
    if (!pack) return { code: '5.01' }; // TS-Core 1.2 §6.1.7.7: not implemented
    this.emit('bootstrapped', { endpoint, peer, kind: 'pack' } satisfies BootstrapEvent);
    return { code: '2.05', contentFormat: pack.contentFormat, payload: pack.payload };
  }

  private async provision(endpoint: string, peer: PeerAddress, info: BootstrapInformation): Promise<void> {
    const outcome = await runBootstrapScript(this.coap, peer, info, this.model);
    if (this.closed) return;
    this.emit(outcome.ok ? 'bootstrapped' : 'failed', { endpoint, peer, kind: 'request', outcome } satisfies BootstrapEvent);
  }
}
