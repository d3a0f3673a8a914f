/**
 * The HTTP control API of the reference LwM2M Server (docs/server-control-api.md): JSON over HTTP on
 * loopback, through which the suite makes a server under test issue DM and Information Reporting
 * operations and reads what it received. A vendor server is put under test by serving the same
 * contract.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReferenceLwm2mServer } from '../reference-server';
import { readJsonBody } from './body';
import { HttpError, toHttpError } from './errors';
import { Router } from './router';
import { clientRoutes } from './routes/clients';
import { dmRoutes } from './routes/dm';
import { httpClientRoutes } from './routes/http-clients';
import { observeRoutes } from './routes/observe';
import { securityRoutes } from './routes/security';

export interface ControlServerOptions {
  /** Default 127.0.0.1: the API has no authentication, so it stays on loopback unless told otherwise. */
  address?: string;
  /** Default 0: any free port. */
  port?: number;
}

export interface ControlServer {
  /** `http://127.0.0.1:<port>` (no trailing slash; routes start with /v1). */
  readonly url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

export async function startControlServer(lwm2m: ReferenceLwm2mServer, options: ControlServerOptions = {}): Promise<ControlServer> {
  // `dtls`: the coaps listener's associations, so a test can see a half-open handshake dropped (optional in the contract).
  const info = (): Record<string, unknown> => {
    const dtls = lwm2m.listener('coaps')?.dtls;
    return { coapUri: lwm2m.uri, uris: lwm2m.uris, ...(dtls !== undefined ? { dtls: dtls.sessionCount() } : {}) };
  };
  const router = new Router([...clientRoutes(info), ...dmRoutes, ...observeRoutes, ...securityRoutes, ...httpClientRoutes]);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://control');
    const found = router.match(req.method ?? 'GET', url.pathname);
    if (!found) throw new HttpError(404, 'no-such-route', `no route ${req.method} ${url.pathname} (see docs/server-control-api.md)`);
    if ('allowed' in found) throw new HttpError(405, 'method-not-allowed', `${url.pathname} accepts ${found.allowed.join(', ')}`);
    const body = req.method === 'POST' || req.method === 'PUT' ? await readJsonBody(req) : {};
    const reply = await found.route.handler({ server: lwm2m, params: found.params, query: url.searchParams, body });
    send(res, reply.status ?? 200, reply.body);
  }

  const http: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const e = toHttpError(error);
      if (!res.headersSent) send(res, e.status, e.toJSON());
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, options.address ?? '127.0.0.1', () => {
      http.off('error', reject);
      resolve();
    });
  });
  const { address, port } = http.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}
