/**
 * One Client Initiated Bootstrap (TS-Core §6.1.3.3; TS-Transport §6.4.2), from the request to the
 * Finish: the client sends Bootstrap-Request `POST /bs` (or, 1.2, first a Bootstrap-Pack-Request),
 * serves the Bootstrap-Server's Write/Read/Delete/Discover, and ends when Finish is accepted. Without
 * an accepted Finish within EXCHANGE_LIFETIME of the last Bootstrap-Server request the bootstrap has
 * failed (TS-Core §6.1.3.3). The client listens to the Bootstrap-Server from before its request goes
 * out, so a write that overtakes the 2.04 is still served.
 */
import type { CoapEndpoint, CoapResponseSpec, IncomingRequest, PeerAddress } from '../../../transport/coap-udp/types';
import { bootstrapAccountInstances, type BootstrapContext } from './bootstrap-context';
import { handleBootstrapRequest } from './bootstrap-handler';
import { bootstrapPackRequest, bootstrapRequest } from './bootstrap-messages';
import { applyBootstrapPack } from './bootstrap-pack';

export interface BootstrapSessionOptions {
  coap: CoapEndpoint;
  /** The Bootstrap-Server, from the Bootstrap-Server Account's URI. */
  peer: PeerAddress;
  endpoint: string;
  /** 1.2: try Bootstrap-Pack-Request first. */
  usePack: boolean;
  context: BootstrapContext;
  /** EXCHANGE_LIFETIME in wall-clock ms (RFC 7252 §4.8.2, scaled). */
  exchangeLifetimeMs: number;
  acceptIncomplete?: boolean;
  log(line: string): void;
  /** The bootstrap ended well: the client goes on to register. */
  onFinished(): void;
  onFailed(reason: string): void;
}

export class BootstrapSession {
  private listening = false;
  private ended = false;
  private watchdog?: NodeJS.Timeout;

  constructor(private readonly o: BootstrapSessionOptions) {}

  get peer(): PeerAddress {
    return this.o.peer;
  }

  async start(): Promise<void> {
    if (this.o.usePack && (await this.tryPack())) return this.finish();
    if (this.ended) return;
    this.listening = true;
    this.arm();
    try {
      const response = await this.o.coap.request(this.o.peer, bootstrapRequest(this.o.endpoint));
      if (response.code !== '2.04') this.fail(`Bootstrap-Request answered ${response.code}`);
    } catch (e) {
      this.fail(`Bootstrap-Request: ${(e as Error).message}`);
    }
  }

  /** A request from the Bootstrap-Server (the client routes only those here). */
  handle(req: IncomingRequest): CoapResponseSpec | undefined {
    if (!this.listening || this.ended) return undefined;
    this.arm();
    return handleBootstrapRequest(this.o.context, req, {
      finished: () => this.finish(),
      acceptIncomplete: this.o.acceptIncomplete,
      log: this.o.log,
    });
  }

  close(): void {
    this.ended = true;
    this.listening = false;
    clearTimeout(this.watchdog);
  }

  /** TS-Core 1.2 §6.1.7.7: a pack that cannot be used (any error) sends the client to Bootstrap-Request. */
  private async tryPack(): Promise<boolean> {
    try {
      const request = bootstrapPackRequest(this.o.endpoint, bootstrapAccountInstances(this.o.context.tree));
      const response = await this.o.coap.request(this.o.peer, request);
      if (response.code !== '2.05') {
        this.o.log(`Bootstrap-Pack-Request answered ${response.code}; falling back to Bootstrap-Request`);
        return false;
      }
      const problem = applyBootstrapPack(this.o.context, response.contentFormat, response.payload);
      if (problem !== undefined) this.o.log(`Bootstrap-Pack not usable (${problem}); falling back to Bootstrap-Request`);
      return problem === undefined;
    } catch (e) {
      this.o.log(`Bootstrap-Pack-Request: ${(e as Error).message}; falling back to Bootstrap-Request`);
      return false;
    }
  }

  private arm(): void {
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => this.fail('no Bootstrap-Finish within EXCHANGE_LIFETIME'), this.o.exchangeLifetimeMs);
  }

  private finish(): void {
    if (this.ended) return;
    this.close();
    this.o.onFinished();
  }

  private fail(reason: string): void {
    if (this.ended) return;
    this.close();
    this.o.onFailed(reason);
  }
}
