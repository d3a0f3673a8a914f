/**
 * Shared set-up for the endpoint specs: endpoints and raw peers on loopback that are closed after
 * each test. Not used by production code.
 */
import { createUdpEndpoint, type UdpCoapEndpoint, type UdpEndpointOptions } from './endpoint';
import { RawPeer } from './raw-peer';
import type { CoapEndpoint, CoapMessage, TranscriptEntry } from './types';

/** Registers an afterEach that closes everything the returned factories created. */
export function useSockets(defaults: UdpEndpointOptions = { timeScale: 0.01 }): {
  endpoint(options?: UdpEndpointOptions): Promise<UdpCoapEndpoint>;
  rawPeer(type?: 'udp4' | 'udp6'): Promise<RawPeer>;
} {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  return {
    async endpoint(options = {}) {
      const endpoint = await createUdpEndpoint({ ...defaults, ...options });
      open.push(endpoint);
      return endpoint;
    },
    async rawPeer(type = 'udp4') {
      const peer = await RawPeer.bind(type);
      open.push(peer);
      return peer;
    },
  };
}

/** Collects an endpoint's transcript (any transport: UDP, DTLS, TCP, HTTP, MQTT). */
export function record(endpoint: Pick<CoapEndpoint, 'onTranscript'>): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  endpoint.onTranscript((entry) => entries.push(entry));
  return entries;
}

/** A message with defaults for the fields a test does not care about. */
export function msg(fields: Partial<CoapMessage> & Pick<CoapMessage, 'type' | 'code'>): CoapMessage {
  return { messageId: 1, token: Buffer.alloc(0), options: [], payload: Buffer.alloc(0), ...fields };
}

/** Resolves after `ms`. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when `predicate` holds, polling every 10 ms; rejects after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, timeoutMs = 2000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}
