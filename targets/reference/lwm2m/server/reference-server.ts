/**
 * The reference LwM2M Server: a registration store behind the Registration Interface and a few
 * Device Management helpers. DM requests go out from the same socket the client registered to —
 * clients ignore requests from anywhere else (TS-Transport §6.4.3).
 */
import { EventEmitter } from 'node:events';
import { defaultModel } from '../model/object-model';
import { createUdpEndpoint } from '../../transport/coap-udp/endpoint';
import type { CoapEndpoint, CoapRequestSpec, CoapResponse, IncomingRequest, PeerAddress } from '../../transport/coap-udp/types';
import type { Lwm2mRecord, ResourceValue } from '../codecs/types';
import { executeRequest, readRequest, readResult, writeRequest, type PathLike, type ReadResult, type WriteOptions } from './dm-requests';
import { handleRegistrationInterface } from './rd-handler';
import { RegistrationStore, type Registration, type RegistrationEvent } from './registration-store';

export interface ReferenceServerOptions {
  /** Default 127.0.0.1. */
  address?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Wall-clock seconds per spec second (lifetimes and CoAP timers). */
  timeScale?: number;
}

export class NotRegisteredError extends Error {
  override readonly name = 'NotRegisteredError';
  constructor(readonly endpoint: string) {
    super(`no registration for endpoint "${endpoint}"`);
  }
}

export class ReferenceLwm2mServer extends EventEmitter {
  private readonly store: RegistrationStore;
  private readonly model = defaultModel();

  private constructor(
    private readonly coap: CoapEndpoint,
    timeScale: number,
  ) {
    super();
    this.store = new RegistrationStore(timeScale, (event, registration) => this.emit(event, registration));
    coap.onRequest((req: IncomingRequest) => handleRegistrationInterface(this.store, req));
  }

  static async start(options: ReferenceServerOptions = {}): Promise<ReferenceLwm2mServer> {
    const timeScale = options.timeScale ?? 1;
    const coap = await createUdpEndpoint({ address: options.address ?? '127.0.0.1', port: options.port ?? 0, timeScale });
    return new ReferenceLwm2mServer(coap, timeScale);
  }

  override on(event: RegistrationEvent, listener: (registration: Registration) => void): this {
    return super.on(event, listener);
  }

  override once(event: RegistrationEvent, listener: (registration: Registration) => void): this {
    return super.once(event, listener);
  }

  /** Resolves with the next occurrence of `event` (for `ep`, when given). */
  next(event: RegistrationEvent, endpoint?: string): Promise<Registration> {
    return new Promise((resolve) => {
      const listener = (r: Registration) => {
        if (endpoint !== undefined && r.endpoint !== endpoint) return;
        this.off(event, listener);
        resolve(r);
      };
      this.on(event, listener);
    });
  }

  get local(): PeerAddress {
    return this.coap.local;
  }

  get uri(): string {
    const { address, port } = this.coap.local;
    return `coap://${address.includes(':') ? `[${address}]` : address}:${port}`;
  }

  registration(endpoint: string): Registration | undefined {
    return this.store.byEndpoint(endpoint);
  }

  registrations(): Registration[] {
    return this.store.all();
  }

  /** Forgets a registration without telling the client; its next Update gets 4.04 (ETS int-105). */
  forget(endpoint: string): boolean {
    const r = this.store.byEndpoint(endpoint);
    return r !== undefined && this.store.forget(r.id) !== undefined;
  }

  async read(endpoint: string, path: PathLike, accept?: number): Promise<ReadResult> {
    return readResult(await this.send(endpoint, readRequest(path, accept)), path, this.model);
  }

  async write(endpoint: string, path: PathLike, content: ResourceValue | Lwm2mRecord[], options?: WriteOptions): Promise<{ code: string }> {
    const { code } = await this.send(endpoint, writeRequest(path, content, this.model, options));
    return { code };
  }

  async execute(endpoint: string, path: PathLike, args?: string): Promise<{ code: string }> {
    const { code } = await this.send(endpoint, executeRequest(path, args));
    return { code };
  }

  /** Any request to a registered client, from the registration socket. */
  send(endpoint: string, spec: CoapRequestSpec): Promise<CoapResponse> {
    const registration = this.store.byEndpoint(endpoint);
    if (!registration) return Promise.reject(new NotRegisteredError(endpoint));
    return this.coap.request(registration.peer, spec);
  }

  async close(): Promise<void> {
    this.store.clear();
    this.removeAllListeners();
    await this.coap.close();
  }
}
