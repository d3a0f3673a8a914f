/**
 * Pull delivery (TS-Core App. E.6 resource 1 Package URI; resource 8 protocols): the URI's scheme picks
 * the protocol. `coap://` is a block-wise GET (RFC 7959 Block2) from the client's own CoAP endpoint,
 * `http://` an HTTP/1.1 GET on node:http. A URI that does not parse, or names nothing (4.04 / 404), is
 * an invalid URI (Update Result 7); a scheme the client does not implement is an unsupported protocol
 * (9); a transfer that breaks off is a lost connection (4).
 */
import { get as httpGet } from 'node:http';
import type { CoapEndpoint } from '../../../transport/coap-udp/types';
import { fetchBlockwise } from '../block/block2-fetch';
import { resolveServerPeer } from '../server-peer';
import { FirmwareFailure, FwResult } from './firmware-codes';
import type { PackageSink } from './package-sink';

/** FW Update Protocol Support values (/5/x/8) this downloader implements: 0 CoAP, 2 HTTP 1.1. */
export const SUPPORTED_PROTOCOLS = [0, 2] as const;

export async function downloadPackage(coap: CoapEndpoint, uri: string, sink: PackageSink, signal: AbortSignal, timeoutMs: number): Promise<void> {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new FirmwareFailure(FwResult.InvalidUri, `"${uri}" is not a URI`);
  }
  if (url.protocol === 'coap:') return coapDownload(coap, url, sink, signal);
  if (url.protocol === 'http:') return httpDownload(url, sink, signal, timeoutMs);
  throw new FirmwareFailure(FwResult.UnsupportedProtocol, `the client cannot download over ${url.protocol}`);
}

async function coapDownload(coap: CoapEndpoint, url: URL, sink: PackageSink, signal: AbortSignal): Promise<void> {
  let peer;
  try {
    peer = await resolveServerPeer(`coap://${url.host}`);
  } catch (e) {
    throw new FirmwareFailure(FwResult.InvalidUri, (e as Error).message);
  }
  const query = url.search === '' ? [] : url.search.slice(1).split('&').map(decodeURIComponent);
  const path = decodeURIComponent(url.pathname);
  let code: string;
  try {
    code = await fetchBlockwise(coap, peer, { path, query }, (chunk) => {
      if (signal.aborted) return false;
      sink.append(chunk);
      return true;
    });
  } catch (e) {
    if (e instanceof FirmwareFailure) throw e;
    throw new FirmwareFailure(FwResult.ConnectionLost, `download from ${url.href} broke off: ${(e as Error).message}`);
  }
  if (code === '4.04' || code === '4.00') throw new FirmwareFailure(FwResult.InvalidUri, `${url.href} answered ${code}`);
  if (code !== '2.05') throw new FirmwareFailure(FwResult.ConnectionLost, `${url.href} answered ${code}`);
}

function httpDownload(url: URL, sink: PackageSink, signal: AbortSignal, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = httpGet(url, { signal, timeout: timeoutMs }, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 400 && status < 500) {
        response.resume();
        reject(new FirmwareFailure(FwResult.InvalidUri, `${url.href} answered HTTP ${status}`));
        return;
      }
      if (status !== 200) {
        response.resume();
        reject(new FirmwareFailure(FwResult.ConnectionLost, `${url.href} answered HTTP ${status}`));
        return;
      }
      response.on('data', (chunk: Buffer) => {
        try {
          sink.append(chunk);
        } catch (e) {
          request.destroy();
          reject(e);
        }
      });
      response.on('aborted', () => reject(new FirmwareFailure(FwResult.ConnectionLost, `${url.href}: the connection closed mid-transfer`)));
      response.on('error', (e) => reject(new FirmwareFailure(FwResult.ConnectionLost, `${url.href}: ${e.message}`)));
      response.on('end', () => (response.complete ? resolve() : reject(new FirmwareFailure(FwResult.ConnectionLost, `${url.href}: the body ended early`))));
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', (e) => reject(new FirmwareFailure(FwResult.ConnectionLost, `${url.href}: ${e.message}`)));
  });
}
