/**
 * The CoapEndpoint (../coap-udp/types.ts) over the LwM2M HTTP binding (TS-Transport 1.2 §7), shared
 * by the client-side and server-side endpoints: `request` sends the HTTP form of a CoAP request
 * (request-mapping.ts) and maps the HTTP response back (response-mapping.ts); requests arriving at
 * the endpoint's HTTP listener go to the one handler and its answer goes back as the HTTP response.
 * A handler answering `undefined` (a silent peer) leaves the HTTP request unanswered until the peer
 * gives up or the endpoint closes. Subclasses say which peer a received request is from and which
 * origin (`http://host:port`) reaches a peer.
 */
import { randomBytes } from 'node:crypto';
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { Agent, type AgentOptions } from 'node:http';
import { Agent as HttpsAgent, type RequestOptions as HttpsRequestOptions } from 'node:https';
import type { CoapEndpoint, CoapMessage, CoapRequestSpec, CoapResponse, CoapResponseSpec, IncomingRequest, PeerAddress, RequestHandler, TranscriptEntry } from '../coap-udp/types';
import { CoapEndpointClosedError } from '../coap-udp/errors';
import { requestMessage, responseMessage } from '../coap-udp/exchange-messages';
import { methodOf } from '../coap-udp/codes';
import { optionValues, pathOf, queryOf, uintOption } from '../coap-udp/options';
import { describePeer } from '../coap-udp/peer';
import type { Timing } from '../coap-udp/parameters';
import { Transcript } from '../coap-udp/transcript';
import { HttpBindingError, HttpBindingUnsupportedError } from './errors';
import type { HttpListener, HttpResponseOut, ReceivedHttpRequest } from './http-listener';
import { sendHttp } from './http-requester';
import { fromHttpRequest, toHttpRequest } from './request-mapping';
import { fromHttpResponse, toHttpResponse } from './response-mapping';
import { httpEntry, rawHttpRequest, rawHttpResponse, statusText } from './transcript-entries';

export interface HttpEndpointCommonOptions {
  /** Time limit of one HTTP exchange (connect, request, whole response); default 30000 ms. */
  requestTimeoutMs?: number;
  /** Largest request or response body accepted; default 1 MiB (firmware packages travel whole). */
  maxBodyBytes?: number;
}

/** The endpoint with the extras the LwM2M runtime uses (link-endpoint.ts). */
export interface HttpCoapEndpoint extends CoapEndpoint {
  /** RFC 7252 §4.8 values the LwM2M layer derives its waits from (queue-mode window etc.). */
  readonly timing: Timing;
  /** Never called: over HTTP every response answers its own request (RFC 9112 §9.3), none is unmatched. */
  onUnmatchedResponse(listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void;
  sendRaw(peer: PeerAddress, bytes: Buffer): Promise<void>;
}

export abstract class HttpEndpointBase implements HttpCoapEndpoint {
  abstract readonly local: PeerAddress;
  protected readonly transcript = new Transcript();
  protected abstract readonly listener: HttpListener;
  private readonly agents: { http?: Agent; https?: HttpsAgent } = {};
  private handler: RequestHandler | undefined;
  private closing: Promise<void> | undefined;
  protected readonly requestTimeoutMs: number;
  protected readonly maxBodyBytes: number;

  constructor(
    options: HttpEndpointCommonOptions,
    readonly timing: Timing,
  ) {
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.maxBodyBytes = options.maxBodyBytes ?? 1 << 20;
  }

  /** `http://host:port` (or https) of the HTTP server that reaches `peer`. */
  protected abstract originOf(peer: PeerAddress): string;
  /** Connection reuse for our requests (node:http Agent options). */
  protected agentOptions(): AgentOptions {
    return { keepAlive: true };
  }
  private agentFor(origin: string): Agent | HttpsAgent {
    if (origin.startsWith('https:')) return (this.agents.https ??= new HttpsAgent(this.agentOptions()));
    return (this.agents.http ??= new Agent(this.agentOptions()));
  }
  /** TLS settings for requests to an https origin. */
  protected clientTls(): HttpsRequestOptions | undefined {
    return undefined;
  }
  /** Which peer a received request is from (the address the LwM2M layer will answer or reach). */
  protected abstract peerOf(request: ReceivedHttpRequest, parsed: IncomingRequest | undefined): PeerAddress;
  /** Sees each answered request (the server learns registration locations here). */
  protected answered(_request: IncomingRequest, _response: CoapResponseSpec): void {}

  async request(peer: PeerAddress, spec: CoapRequestSpec, options?: { timeoutMs?: number }): Promise<CoapResponse> {
    this.assertOpen();
    const parts = toHttpRequest(spec); // throws HttpBindingUnsupportedError for Observe, composites
    const token = spec.token ?? randomBytes(4);
    const origin = this.originOf(peer);
    const url = new URL(parts.target, origin).href;
    this.transcript.emit(
      httpEntry('out', peer, rawHttpRequest(parts.method, parts.target, parts.headers, parts.body), `HTTP ${parts.method} ${url}`, { message: requestMessage(spec, 0, token) }),
    );
    let reply;
    try {
      reply = await sendHttp(parts, {
        origin,
        agent: this.agentFor(origin),
        timeoutMs: options?.timeoutMs ?? this.requestTimeoutMs,
        maxBodyBytes: this.maxBodyBytes,
        tls: this.clientTls(),
        exchange: { peer, method: spec.method, path: spec.path },
      });
    } catch (error) {
      this.transcript.emit(httpEntry('in', peer, Buffer.alloc(0), `no answer to HTTP ${parts.method} ${url}`, { error: (error as Error).message }));
      if (this.closing !== undefined) throw new CoapEndpointClosedError(`HTTP ${parts.method} ${url} was pending`);
      throw error;
    }
    const raw = rawHttpResponse(reply.status, reply.headers, reply.body);
    const note = `${statusText(reply.status)} ← ${parts.method} ${url}`;
    try {
      const response = fromHttpResponse({ method: spec.method, path: spec.path, token }, reply.status, reply.headers, reply.body);
      this.transcript.emit(httpEntry('in', peer, raw, note, { message: response.message }));
      return response;
    } catch (error) {
      this.transcript.emit(httpEntry('in', peer, raw, note, { error: (error as Error).message }));
      throw error;
    }
  }

  onRequest(handler: RequestHandler): void {
    this.handler = handler;
  }

  onTranscript(listener: (entry: TranscriptEntry) => void): () => void {
    return this.transcript.subscribe(listener);
  }

  onUnmatchedResponse(_listener: (response: CoapResponse, peer: PeerAddress) => boolean | void): () => void {
    return () => {};
  }

  /** Sends a request message as HTTP (its response is only transcribed); responses cannot be sent unasked over HTTP. */
  async sendMessage(peer: PeerAddress, message: Omit<CoapMessage, 'messageId'> & { messageId?: number }): Promise<CoapMessage> {
    const method = methodOf(message.code);
    if (method === undefined) throw new HttpBindingUnsupportedError(`${message.code}: over HTTP only requests can be sent unasked; a response answers its request (RFC 9112 §9.3)`);
    const options = message.options.filter((o) => !['Uri-Path', 'Uri-Query', 'Content-Format', 'Accept', 'Observe'].includes(o.name));
    const observe = optionValues(message, 'Observe').length > 0 ? uintOption(message, 'Observe') : undefined;
    const spec: CoapRequestSpec = {
      method,
      path: pathOf(message),
      query: queryOf(message),
      contentFormat: uintOption(message, 'Content-Format'),
      accept: uintOption(message, 'Accept'),
      observe,
      payload: message.payload,
      token: message.token,
      options,
    };
    toHttpRequest(spec); // throws now for what HTTP cannot carry (Observe, composites, other options)
    this.request(peer, spec).catch(() => {}); // the outcome is in the transcript
    return { ...message, messageId: message.messageId ?? 0 };
  }

  /** Writes arbitrary bytes on a new connection to `peer`'s HTTP server; the reply (if any) is transcribed. */
  async sendRaw(peer: PeerAddress, bytes: Buffer): Promise<void> {
    this.assertOpen();
    const origin = new URL(this.originOf(peer));
    const secure = origin.protocol === 'https:';
    const port = Number(origin.port || (secure ? 443 : 80));
    const socket: Socket = secure ? tlsConnect({ host: origin.hostname, port, ...(this.clientTls() as ConnectionOptions) }) : netConnect({ host: origin.hostname, port });
    await new Promise<void>((resolve, reject) => {
      socket.once(secure ? 'secureConnect' : 'connect', () => resolve());
      socket.once('error', (error) => reject(new HttpBindingError(`cannot connect to ${origin.href}: ${error.message}`, { cause: error })));
    });
    const reply: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => reply.push(chunk));
    socket.on('error', () => {});
    const timer = setTimeout(() => socket.destroy(), this.requestTimeoutMs);
    socket.once('close', () => {
      clearTimeout(timer);
      const raw = Buffer.concat(reply);
      this.transcript.emit(httpEntry('in', peer, raw, `raw reply from ${origin.host} (${raw.length} bytes)`));
    });
    this.transcript.emit(httpEntry('out', peer, bytes, `raw bytes to ${origin.host}`));
    socket.end(bytes);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.agents.http?.destroy();
      this.agents.https?.destroy();
      await this.listener.close();
      this.transcript.clear();
    })();
    return this.closing;
  }

  protected assertOpen(): void {
    if (this.closing !== undefined) throw new CoapEndpointClosedError('cannot send');
  }

  /** Serves one request from the listener: map, hand to the handler, answer (or stay silent). */
  protected async serve(received: ReceivedHttpRequest, respond: (response: HttpResponseOut) => void): Promise<void> {
    const raw = rawHttpRequest(received.method, received.target, received.headers, received.body);
    const note = `HTTP ${received.method} ${received.target} from ${describePeer(received.remote)}`;
    const parsed = fromHttpRequest(received, received.remote);
    const peer = this.peerOf(received, 'request' in parsed ? parsed.request : undefined);
    if ('refusal' in parsed) {
      this.transcript.emit(httpEntry('in', peer, raw, note, { error: parsed.refusal.reason }));
      return this.reply(peer, respond, { status: parsed.refusal.status, headers: { 'content-type': 'text/plain;charset=utf-8', ...parsed.refusal.headers }, body: Buffer.from(parsed.refusal.reason) }, 'binding refusal');
    }
    const request: IncomingRequest = parsed.request; // the same object peerOf saw (the server keys on it)
    request.peer = peer;
    if (received.identity !== undefined) request.peerIdentity = received.identity;
    this.transcript.emit(httpEntry('in', peer, raw, note, { message: request.message }));
    let spec: CoapResponseSpec | undefined;
    if (this.handler === undefined) spec = { code: '4.04' };
    else {
      try {
        spec = await this.handler(request);
      } catch (error) {
        spec = { code: '5.00', payload: Buffer.from(`handler failed: ${(error as Error).message}`, 'utf8') };
      }
    }
    if (spec === undefined || this.closing !== undefined) return; // a silent peer: no HTTP response
    this.answered(request, spec);
    const http = toHttpResponse(spec);
    this.reply(peer, respond, http, http.warning, responseMessage(spec, 'CON', 0, Buffer.alloc(0)));
  }

  private reply(peer: PeerAddress, respond: (r: HttpResponseOut) => void, http: HttpResponseOut, remark?: string, message?: CoapMessage): void {
    respond(http);
    const note = `${statusText(http.status)}${remark ? ` (${remark})` : ''}`;
    this.transcript.emit(httpEntry('out', peer, rawHttpResponse(http.status, http.headers, http.body), note, message ? { message } : {}));
  }

  /** Transcribes a request the listener could not read. */
  protected broken(remote: PeerAddress, raw: Buffer, error: string, answer?: Buffer): void {
    this.transcript.emit(httpEntry('in', remote, raw, `unreadable HTTP request from ${describePeer(remote)}`, { error }));
    if (answer !== undefined) this.transcript.emit(httpEntry('out', remote, answer, answer.subarray(0, answer.indexOf(13)).toString('latin1')));
  }
}
