/**
 * The LwM2M Client's side of the HTTP binding (TS-Transport 1.2 §7): requests to the LwM2M Server
 * (Register, Update, De-register, Send, Bootstrap-Request) go as HTTP requests to the server's URL;
 * the Server's Device Management requests (§7.1.4, and Bootstrap-Write etc., §7.1.2) arrive at the
 * client's own HTTP server, which this endpoint runs (`local` is its address). §7 does not say how
 * the Server learns that address (see index.ts, "Gaps"): whoever starts the client tells the server
 * (server-endpoint.ts `clientUrl`).
 *
 * Requests to the server share one kept-alive connection (RFC 9112 §9.3), so a server sees a
 * client's requests on one TCP connection as long as it stays up. A received request whose source
 * IP is the server's is presented as coming from the server (`options.server`), since HTTP clients
 * use a fresh source port per connection and the LwM2M client only serves its server's requests.
 */
import type { AgentOptions } from 'node:http';
import { isIP } from 'node:net';
import type { RequestOptions as HttpsRequestOptions } from 'node:https';
import type { PeerAddress } from '../coap-udp/types';
import { normalizeAddress } from '../coap-udp/peer';
import { resolveTiming } from '../coap-udp/parameters';
import type { TlsClientOptions, TlsServerCertOptions } from '../coap-tcp/tls-options';
import { HttpEndpointBase, type HttpCoapEndpoint, type HttpEndpointCommonOptions } from './endpoint-base';
import { createHttpListener, type HttpListener, type HttpResponseOut, type ReceivedHttpRequest } from './http-listener';
import { originOf, parseHttpUrl } from './urls';

export interface HttpLwm2mClientEndpointOptions extends HttpEndpointCommonOptions {
  /** The LwM2M Server URI, `http://host:port` or `https://host:port` (/0/x/0 with binding H). */
  serverUri: string;
  /** Where the client's own HTTP server listens; default 127.0.0.1, port 0 (the OS picks). */
  address?: string;
  port?: number;
  /** https towards the server: trust anchors, client certificate, server name (RFC 6125). */
  tls?: TlsClientOptions;
  /** https for the client's own HTTP server (the Server's DM requests). */
  listenerTls?: TlsServerCertOptions;
  /** Wall-clock seconds per spec second (the RFC 7252 §4.8 values in `timing`). */
  timeScale?: number;
  /** Static hosts table (name → IP) consulted before DNS, e.g. server.example.com → 127.0.0.1. */
  hosts?: Record<string, string>;
}

export async function createHttpLwm2mClientEndpoint(options: HttpLwm2mClientEndpointOptions): Promise<HttpCoapEndpoint> {
  const server = await parseHttpUrl(options.serverUri, options.hosts);
  let endpoint: HttpClientEndpoint | undefined;
  const listener = await createHttpListener({
    address: options.address ?? '127.0.0.1',
    port: options.port ?? 0,
    tls: options.listenerTls,
    maxBodyBytes: options.maxBodyBytes ?? 1 << 20,
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    onRequest: (request, respond) => void endpoint?.take(request, respond),
    onBroken: (remote, raw, error, answer) => endpoint?.brokenRequest(remote, raw, error, answer),
  });
  endpoint = new HttpClientEndpoint(options, server, listener);
  return endpoint;
}

class HttpClientEndpoint extends HttpEndpointBase {
  readonly local: PeerAddress;

  constructor(
    private readonly options: HttpLwm2mClientEndpointOptions,
    private readonly server: { peer: PeerAddress; secure: boolean; hostname: string },
    protected readonly listener: HttpListener,
  ) {
    super(options, resolveTiming({}, options.timeScale ?? 1));
    this.local = listener.local;
  }

  /** One kept-alive connection to the server: it attributes our requests by it (client-directory.ts). */
  protected override agentOptions(): AgentOptions {
    return { keepAlive: true, maxSockets: 1 };
  }

  take(request: ReceivedHttpRequest, respond: (response: HttpResponseOut) => void): Promise<void> {
    return this.serve(request, respond);
  }

  brokenRequest(remote: PeerAddress, raw: Buffer, error: string, answer?: Buffer): void {
    this.broken(remote, raw, error, answer);
  }

  protected originOf(peer: PeerAddress): string {
    return originOf(peer, this.server.secure);
  }

  protected override clientTls(): HttpsRequestOptions | undefined {
    const tls = this.options.tls;
    if (tls === undefined) return undefined;
    // RFC 6125: the certificate must name the host of the Server URI, not the address it resolved to.
    const servername = tls.servername ?? (isIP(this.server.hostname) === 0 ? this.server.hostname : undefined);
    return { ca: tls.ca, cert: tls.cert, key: tls.key, servername, rejectUnauthorized: tls.rejectUnauthorized ?? true };
  }

  protected peerOf(request: ReceivedHttpRequest): PeerAddress {
    return normalizeAddress(request.remote.address) === normalizeAddress(this.server.peer.address) ? this.server.peer : request.remote;
  }
}
