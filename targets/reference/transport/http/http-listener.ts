/**
 * The HTTP server side of an endpoint (node:http, or node:https for TLS): reads each request with
 * its whole body (bounded), hands it on, and reports what it could not read — a malformed request
 * (RFC 9112 §2.2: answered 400), a body over the size limit (413, RFC 9110 §15.5.14), a body cut
 * short (the peer closed mid-request). Every wait is bounded by `requestTimeoutMs`.
 */
import { createServer as createHttpServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { PeerAddress, PeerIdentity } from '../coap-udp/types';
import { serverTlsOptions, type TlsServerCertOptions } from '../coap-tcp/tls-options';
import { rawHttpResponse } from './transcript-entries';

export interface ReceivedHttpRequest {
  method: string;
  target: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  remote: PeerAddress;
  /** One key per TCP connection (requests on a kept-alive connection share it). */
  connection: string;
  /** The client certificate a TLS handshake verified (mutual TLS), if any. */
  identity?: PeerIdentity;
}

export interface HttpResponseOut {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface HttpListenerOptions {
  address: string;
  port: number;
  /** https when present (TS-Transport 1.2 §7: the HTTP binding is secured by TLS). */
  tls?: TlsServerCertOptions;
  maxBodyBytes: number;
  requestTimeoutMs: number;
  onRequest(request: ReceivedHttpRequest, respond: (response: HttpResponseOut) => void): void;
  /** A request that could not be read; `answer` is what was sent back, if anything. */
  onBroken(remote: PeerAddress, raw: Buffer, error: string, answer?: Buffer): void;
  onConnectionClosed?(connection: string): void;
}

export interface HttpListener {
  readonly local: PeerAddress;
  close(): Promise<void>;
}

/** Sockets with a request whose body is being read. */
const reading = new WeakSet<Socket>();

const remoteOf = (socket: Socket): PeerAddress => ({ address: socket.remoteAddress ?? '?', port: socket.remotePort ?? 0 });
const connectionKey = (socket: Socket): string => `${socket.remoteAddress}|${socket.remotePort}`;

/** RFC 5280 §4.1.2.6 subject of a verified client certificate, as the DTLS endpoint reports it. */
function identityOf(socket: Socket): PeerIdentity | undefined {
  const tls = socket as TLSSocket;
  if (typeof tls.getPeerCertificate !== 'function' || !tls.authorized) return undefined;
  const cert = tls.getPeerCertificate();
  if (cert === null || cert.subject === undefined) return undefined;
  const subject = Object.entries(cert.subject).map(([k, v]) => `${k}=${String(v)}`).join(', ');
  const cn = cert.subject.CN;
  return { mode: 'certificate', subject, commonName: Array.isArray(cn) ? cn[0] : cn };
}

export async function createHttpListener(options: HttpListenerOptions): Promise<HttpListener> {
  const serve = (req: IncomingMessage, res: ServerResponse): void => readRequest(options, req, res);
  const server: Server = options.tls === undefined ? createHttpServer(serve) : createHttpsServer(serverTlsOptions(options.tls), serve);
  server.requestTimeout = options.requestTimeoutMs;
  server.headersTimeout = Math.min(options.requestTimeoutMs, 60_000);
  // Keep a client's connection open between its requests, so a Send (no ep, no location) is
  // attributed by its connection (client-directory.ts); bounded, and ended on close().
  server.keepAliveTimeout = 600_000;
  server.on('connection', (socket: Socket) => {
    const key = connectionKey(socket);
    socket.once('close', () => options.onConnectionClosed?.(key));
  });
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
    // EOF in the middle of a body: the request's own 'close' reports it, with the byte count.
    if (error.code === 'HPE_INVALID_EOF_STATE' && reading.has(socket)) return void socket.destroy();
    const answer = Buffer.from('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n', 'latin1');
    const writable = socket.writable && error.code !== 'ECONNRESET';
    options.onBroken(remoteOf(socket), error.rawPacket ?? Buffer.alloc(0), `not an HTTP request: ${error.message}`, writable ? answer : undefined);
    if (writable) socket.end(answer);
    else socket.destroy();
  });
  server.on('tlsClientError', (error: Error, socket: Socket) => options.onBroken(remoteOf(socket), Buffer.alloc(0), `TLS handshake failed: ${error.message}`));
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error): void => reject(new Error(`cannot listen on ${options.address}:${options.port} (http): ${error.message}`, { cause: error }));
    server.once('error', onError);
    server.listen(options.port, options.address, () => {
      server.off('error', onError);
      resolve();
    });
  });
  server.on('error', () => {}); // after listen nothing the server emits is fatal; requests report their own errors
  const bound = server.address();
  const local = bound !== null && typeof bound === 'object' ? { address: bound.address, port: bound.port } : { address: options.address, port: options.port };
  return {
    local,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // silent handlers leave requests open: end them
      }),
  };
}

function readRequest(options: HttpListenerOptions, req: IncomingMessage, res: ServerResponse): void {
  const remote = remoteOf(req.socket);
  const target = req.url ?? '/';
  const head = Buffer.from(`${req.method} ${target} HTTP/${req.httpVersion}\r\n`, 'latin1');
  const declared = Number(req.headers['content-length'] ?? 0);
  const tooLarge = (): void => {
    const reason = `request body larger than ${options.maxBodyBytes} bytes`;
    const answer = rawHttpResponse(413, { connection: 'close' }, Buffer.from(reason));
    options.onBroken(remote, head, reason, answer);
    res.writeHead(413, { connection: 'close', 'content-type': 'text/plain;charset=utf-8', 'content-length': String(Buffer.byteLength(reason)) }).end(reason);
    req.socket.once('finish', () => req.socket.destroy());
  };
  if (declared > options.maxBodyBytes) return tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  reading.add(req.socket);
  req.once('end', () => reading.delete(req.socket));
  req.on('data', (chunk: Buffer) => {
    if (done) return;
    size += chunk.length;
    if (size > options.maxBodyBytes) {
      done = true;
      req.pause();
      tooLarge();
    } else chunks.push(chunk);
  });
  req.on('close', () => {
    if (done || req.complete) return;
    done = true;
    options.onBroken(remote, Buffer.concat([head, ...chunks]), `the request ended before its body was complete (${size} of ${declared || '?'} bytes)`);
  });
  req.on('end', () => {
    if (done) return;
    done = true;
    const request: ReceivedHttpRequest = {
      method: req.method ?? '',
      target,
      headers: req.headers,
      body: Buffer.concat(chunks),
      remote,
      connection: connectionKey(req.socket),
      identity: identityOf(req.socket),
    };
    options.onRequest(request, (response) => {
      if (res.writableEnded || res.destroyed) return;
      res.writeHead(response.status, { ...response.headers, 'content-length': String(response.body.length) }).end(response.body);
    });
  });
}
