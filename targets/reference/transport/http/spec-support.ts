/**
 * Shared set-up for the http specs: a client-side and a server-side endpoint on loopback, closed
 * after each test, and transcript capture. Not used by production code.
 */
import { createHttpLwm2mClientEndpoint, type HttpLwm2mClientEndpointOptions } from './client-endpoint';
import type { HttpCoapEndpoint } from './endpoint-base';
import { createHttpLwm2mServerEndpoint, type HttpLwm2mServerEndpointOptions } from './server-endpoint';
export { record, waitFor } from '../coap-udp/spec-support';

export function useHttpEndpoints(): {
  server(options?: Partial<HttpLwm2mServerEndpointOptions>): Promise<HttpCoapEndpoint>;
  client(options: HttpLwm2mClientEndpointOptions): Promise<HttpCoapEndpoint>;
  track<T extends { close(): unknown }>(thing: T): T;
} {
  const open: { close(): unknown }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  const track = <T extends { close(): unknown }>(thing: T): T => (open.push(thing), thing);
  return {
    server: async (options = {}) => track(await createHttpLwm2mServerEndpoint({ clientUrl: () => undefined, requestTimeoutMs: 3000, ...options })),
    client: async (options) => track(await createHttpLwm2mClientEndpoint({ requestTimeoutMs: 3000, ...options })),
    track,
  };
}


