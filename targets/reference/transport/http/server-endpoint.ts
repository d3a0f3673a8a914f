/**
 * The LwM2M Server's (or Bootstrap-Server's) side of the HTTP binding (TS-Transport 1.2 §7): an
 * HTTP server for the client-initiated interfaces — Register / Update / De-register (§7.1.3,
 * `/rd`), Send (§7.1.5, `/dp`), Bootstrap-Request / -Finish (§7.1.2, `/bs`) — and an HTTP client
 * for Device Management (§7.1.4) and Bootstrap-Write etc., sent to the client's own HTTP server.
 *
 * Each received request is presented to the LwM2M layer as coming from the client's HTTP server
 * (the peer the server later sends DM requests to), found by client-directory.ts from the request
 * and `clientUrl(ep)`: §7 does not say how a server learns a client's HTTP address (index.ts, "Gaps").
 * Without it the request's source address is used and DM requests to it fail with a clear error.
 */
import type { RequestOptions as HttpsRequestOptions } from 'node:https';
import type { CoapResponseSpec, IncomingRequest, PeerAddress } from '../coap-udp/types';
import { resolveTiming } from '../coap-udp/parameters';
import type { TlsClientOptions, TlsServerCertOptions } from '../coap-tcp/tls-options';
import { ClientDirectory } from './client-directory';
import { HttpEndpointBase, type HttpCoapEndpoint, type HttpEndpointCommonOptions } from './endpoint-base';
import { createHttpListener, type HttpListener, type HttpResponseOut, type ReceivedHttpRequest } from './http-listener';
import { splitTarget } from './request-mapping';
import { originOf } from './urls';

export interface HttpLwm2mServerEndpointOptions extends HttpEndpointCommonOptions {
  /** Default 127.0.0.1. */
  address?: string;
  /** Default 0: the OS picks a free port. */
  port?: number;
  /** https (TS-Transport §7: the binding is secured by TLS); with `ca` + `requestCert`, mutual TLS. */
  tls?: TlsServerCertOptions;
  /**
   * The base URL (`http://host:port`) of the HTTP server of the client with endpoint name `ep`,
   * or undefined when unknown. TS-Transport 1.2 §7 does not carry it; the harness knows it (the
   * reference client's endpoint `local`, or the vendor's declaration).
   */
  clientUrl(endpointName: string): string | undefined;
  /** TLS towards https client URLs (trust anchors, our certificate). */
  clientTls?: TlsClientOptions;
  timeScale?: number;
}

export async function createHttpLwm2mServerEndpoint(options: HttpLwm2mServerEndpointOptions): Promise<HttpCoapEndpoint> {
  let endpoint: HttpServerEndpoint | undefined;
  const directory = new ClientDirectory(options.clientUrl);
  const listener = await createHttpListener({
    address: options.address ?? '127.0.0.1',
    port: options.port ?? 0,
    tls: options.tls,
    maxBodyBytes: options.maxBodyBytes ?? 1 << 20,
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    onRequest: (request, respond) => void endpoint?.take(request, respond),
    onBroken: (remote, raw, error, answer) => endpoint?.brokenRequest(remote, raw, error, answer),
    onConnectionClosed: (connection) => directory.connectionClosed(connection),
  });
  endpoint = new HttpServerEndpoint(options, directory, listener);
  return endpoint;
}

class HttpServerEndpoint extends HttpEndpointBase {
  readonly local: PeerAddress;
  /** Endpoint names of the requests being served (to learn locations from their answers). */
  private readonly serving = new WeakMap<IncomingRequest, string>();

  constructor(
    private readonly options: HttpLwm2mServerEndpointOptions,
    private readonly directory: ClientDirectory,
    protected readonly listener: HttpListener,
  ) {
    super(options, resolveTiming({}, options.timeScale ?? 1));
    this.local = listener.local;
  }

  take(request: ReceivedHttpRequest, respond: (response: HttpResponseOut) => void): Promise<void> {
    return this.serve(request, respond);
  }

  brokenRequest(remote: PeerAddress, raw: Buffer, error: string, answer?: Buffer): void {
    this.broken(remote, raw, error, answer);
  }

  protected originOf(peer: PeerAddress): string {
    return this.directory.originOf(peer) ?? originOf(peer, false);
  }

  protected override clientTls(): HttpsRequestOptions | undefined {
    const tls = this.options.clientTls;
    if (tls === undefined) return undefined;
    return { ca: tls.ca, cert: tls.cert, key: tls.key, servername: tls.servername, rejectUnauthorized: tls.rejectUnauthorized ?? true };
  }

  protected peerOf(request: ReceivedHttpRequest, parsed: IncomingRequest | undefined): PeerAddress {
    const split = parsed === undefined ? splitTarget(request.target) : { segments: parsed.pathSegments, query: parsed.query };
    if ('error' in split) return request.remote;
    const certificateName = request.identity?.mode === 'certificate' ? request.identity.commonName : undefined;
    const attribution = this.directory.attribute(split.segments, split.query, request.connection, request.remote, certificateName);
    if (parsed !== undefined && attribution.endpointName !== undefined) this.serving.set(parsed, attribution.endpointName);
    return attribution.peer;
  }

  protected override answered(request: IncomingRequest, response: CoapResponseSpec): void {
    const [root, ...rest] = request.pathSegments;
    if (root !== 'rd') return;
    const endpointName = this.serving.get(request);
    if (rest.length === 0 && response.code === '2.01' && response.locationPath !== undefined && endpointName !== undefined) this.directory.located(response.locationPath, endpointName);
    if (rest.length > 0 && request.method === 'DELETE' && response.code === '2.02') this.directory.removed(request.pathSegments);
  }
}
