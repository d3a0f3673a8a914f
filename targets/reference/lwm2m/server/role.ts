/**
 * The reference LwM2M Server as a target of role `lwm2m-server`: the CoAP server plus its HTTP
 * control API, both on loopback with OS-assigned ports, scaled to the run's timing profile.
 */
import type { Lwm2mServerEndpoints, Lwm2mServerTarget } from '../../../roles/lwm2m-server';
import { startControlServer, type ControlServer } from './http-api';
import { ReferenceLwm2mServer } from './reference-server';

export interface ReferenceServerTargetOptions {
  /** Wall-clock seconds per spec second. */
  timeScale: number;
}

class ReferenceServerTarget implements Lwm2mServerTarget {
  private server?: ReferenceLwm2mServer;
  private control?: ControlServer;

  constructor(private readonly options: ReferenceServerTargetOptions) {}

  async start(): Promise<Lwm2mServerEndpoints> {
    if (this.server && this.control) return { coapUri: this.server.uri, controlUrl: this.control.url };
    this.server = await ReferenceLwm2mServer.start({ timeScale: this.options.timeScale });
    this.control = await startControlServer(this.server);
    return { coapUri: this.server.uri, controlUrl: this.control.url };
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
