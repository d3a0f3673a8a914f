/**
 * CoAP request/response round trips per second through our endpoint (CON GET → piggy-backed 2.05),
 * against a raw dgram echo with the same number of outstanding requests, on loopback.
 *
 * RFC 7252 timing stays at its defaults (timeScale 1): the figure is for the endpoint as shipped.
 * A fresh client endpoint per window keeps each one under 65,536 requests, so Message IDs never
 * wrap inside EXCHANGE_LIFETIME (a wrapped ID would hit the server's duplicate cache, RFC 7252
 * §4.5, and the request would wait for retransmissions: a bench artefact, not a figure). A fresh
 * server per window drops its duplicate cache, which keeps memory bounded.
 */
import { createUdpEndpoint, type UdpCoapEndpoint } from '../targets/reference/transport/coap-udp/endpoint';
import type { CoapRequestSpec } from '../targets/reference/transport/coap-udp/types';
import { bracketed, measure, rowOf, windowFor, type Bench, type BenchRow } from './harness';
import { startEchoRig } from './udp-echo';

/** Per window (and per warm-up): warm-up + window stay below the 16-bit Message ID space. */
const MAX_ITERATIONS = 30_000;
/** The echo keeps no state per datagram, so its cap is only there to bound the loop: it may fill its window. */
const ECHO_MAX_ITERATIONS = 300_000;
const PAYLOAD = Buffer.from('21.5 Cel', 'utf8');
const GET: CoapRequestSpec = { method: 'GET', path: '/3303/0/5700' };

async function coapPair(): Promise<{ server: UdpCoapEndpoint; client: UdpCoapEndpoint; close(): Promise<void> }> {
  const server = await createUdpEndpoint();
  server.onRequest(() => ({ code: '2.05', contentFormat: 0, payload: PAYLOAD }));
  const client = await createUdpEndpoint();
  return { server, client, close: async () => void (await Promise.all([client.close(), server.close()])) };
}

/** One round trip, checked: a bench that measured 4.04s would be fast and meaningless. */
async function getOnce(client: UdpCoapEndpoint, server: UdpCoapEndpoint): Promise<void> {
  const response = await client.request(server.local, GET);
  if (response.code !== '2.05' || !response.payload.equals(PAYLOAD)) throw new Error(`unexpected CoAP response ${response.code}`);
}

async function coapWindow(name: string, quick: boolean, concurrency: number) {
  const { server, client, close } = await coapPair();
  try {
    return await measure(name, () => getOnce(client, server), windowFor(quick, MAX_ITERATIONS, concurrency));
  } finally {
    await close();
  }
}

async function echoWindow(name: string, quick: boolean, concurrency: number) {
  const rig = await startEchoRig(1, PAYLOAD.length + 8);
  try {
    return await measure(name, () => rig.clients[0]!.roundTrip(), windowFor(quick, ECHO_MAX_ITERATIONS, concurrency));
  } finally {
    await rig.close();
  }
}

export const bench: Bench = {
  name: 'coap-endpoint',
  async run({ quick, log }) {
    const rows: BenchRow[] = [];
    for (const concurrency of [1, 16]) {
      const label = concurrency === 1 ? 'sequential' : `${concurrency} outstanding`;
      log(`coap-endpoint: ${label}`);
      const result = await bracketed(
        () => echoWindow(`dgram echo ×${concurrency}`, quick, concurrency),
        () => coapWindow(`CoAP GET ×${concurrency}`, quick, concurrency),
      );
      rows.push(rowOf('coap-endpoint', `CON GET → 2.05, ${label}`, result, 'req/s', `raw dgram echo, ${label}`));
    }
    return rows;
  },
};
