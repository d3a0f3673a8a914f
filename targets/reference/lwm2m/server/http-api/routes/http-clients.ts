/**
 * HTTP client URLs (docs/server-control-api.md "HTTP client URLs"): where the server's http listener
 * sends DM requests for an endpoint (TS-Transport 1.2 §7.1.4: the LwM2M Client is the HTTP server of
 * Device Management). This route exists only because §7 gives a server no way to discover a
 * client's URL; it is not part of any LwM2M interface.
 */
import { badRequest, HttpError } from '../errors';
import type { Route } from '../router';

const unknown = (ep: string) => new HttpError(404, 'unknown-endpoint', `no HTTP URL is set for endpoint "${ep}"`);

export const httpClientRoutes: Route[] = [
  { method: 'GET', pattern: '/v1/http-clients', handler: (ctx) => ({ body: ctx.server.httpClients.entries().map(([endpoint, url]) => ({ endpoint, url })) }) },
  {
    method: 'GET',
    pattern: '/v1/http-clients/:ep',
    handler: (ctx) => {
      const url = ctx.server.httpClients.get(ctx.params['ep']!);
      if (url === undefined) throw unknown(ctx.params['ep']!);
      return { body: { endpoint: ctx.params['ep'], url } };
    },
  },
  {
    method: 'PUT',
    pattern: '/v1/http-clients/:ep',
    handler: (ctx) => {
      const endpoint = ctx.params['ep']!;
      const url = ctx.body['url'];
      if (typeof url !== 'string') throw badRequest('body must be {"url": "http://host:port"} (the client\'s own HTTP server)');
      try {
        return { body: { endpoint, url: ctx.server.httpClients.set(endpoint, url) } };
      } catch (error) {
        if (error instanceof RangeError) throw badRequest(error.message);
        throw error;
      }
    },
  },
  {
    method: 'DELETE',
    pattern: '/v1/http-clients/:ep',
    handler: (ctx) => {
      if (!ctx.server.httpClients.delete(ctx.params['ep']!)) throw unknown(ctx.params['ep']!);
      return { body: { endpoint: ctx.params['ep'], deleted: true } };
    },
  },
];
