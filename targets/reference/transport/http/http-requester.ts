/**
 * Sends one HTTP request and reads its whole response (RFC 9112), bounded in time and size. A
 * peer that does not answer within the time limit ends in CoapTimeoutError — the same error the
 * CoAP transports give, so the LwM2M layer handles a silent peer the same on every transport.
 */
import { request as httpRequest, type Agent, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest, type Agent as HttpsAgent, type RequestOptions as HttpsRequestOptions } from 'node:https';
import { CoapTimeoutError, type ExchangeDescription } from '../coap-udp/errors';
import { HttpBindingError } from './errors';
import type { HttpRequestParts } from './request-mapping';

export interface HttpReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface SendOptions {
  /** `http://host:port` or `https://host:port`. */
  origin: string;
  agent: Agent | HttpsAgent;
  timeoutMs: number;
  maxBodyBytes: number;
  /** TLS settings for https origins (trust anchors, client certificate, server name). */
  tls?: HttpsRequestOptions;
  exchange: ExchangeDescription;
}

export function sendHttp(parts: HttpRequestParts, options: SendOptions): Promise<HttpReply> {
  const url = new URL(parts.target, options.origin);
  const secure = url.protocol === 'https:';
  const what = `HTTP ${parts.method} ${url.href}`;
  return new Promise<HttpReply>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | undefined, reply?: HttpReply): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        req.destroy();
        reject(error);
      } else resolve(reply!);
    };
    const headers = { ...parts.headers, 'content-length': String(parts.body.length) };
    const init = { method: parts.method, headers, agent: options.agent, ...(secure ? options.tls : {}) };
    const req = (secure ? httpsRequest : httpRequest)(url, init, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBodyBytes) finish(new HttpBindingError(`${what}: response body larger than ${options.maxBodyBytes} bytes`));
        else chunks.push(chunk);
      });
      res.on('end', () => finish(undefined, { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('aborted', () => finish(new HttpBindingError(`${what}: the response ended before its body was complete`)));
      res.on('error', (error) => finish(new HttpBindingError(`${what}: ${error.message}`, { cause: error })));
    });
    const timer = setTimeout(
      () => finish(new CoapTimeoutError(options.exchange, 1, `no HTTP response within ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? '';
      const reason = code.startsWith('HPE_') ? `the peer's answer is not an HTTP response (${error.message})` : error.message;
      finish(new HttpBindingError(`${what}: ${reason}`, { cause: error }));
    });
    req.end(parts.body);
  });
}
