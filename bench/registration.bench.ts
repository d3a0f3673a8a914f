/**
 * Register → 2.01 plus Update → 2.04 pairs per second against the reference LwM2M Server, from 50
 * simulated clients at once (each its own CoAP endpoint, so its own socket and source port, as real
 * devices are), against a raw dgram echo with 50 sockets doing two round trips per pair.
 *
 * Each client registers under the same endpoint name every time, so the server replaces the old
 * registration (TS-Core §6.2.1) and holds at most 50: memory stays bounded without De-register
 * traffic that would dilute the figure. A fresh server per window drops its duplicate cache.
 */
import { createUdpEndpoint, type UdpCoapEndpoint } from '../targets/reference/transport/coap-udp/endpoint';
import type { PeerAddress } from '../targets/reference/transport/coap-udp/types';
import { startReferenceServer } from '../targets/reference/lwm2m/server';
import { bracketed, measure, rowOf, windowFor, type Bench } from './harness';
import { startEchoRig } from './udp-echo';

const CLIENTS = 50;
/** Pairs per window: bounds the server's duplicate cache (2 entries a pair); each client sends ≤ 800 requests, far from Message ID reuse. */
const MAX_ITERATIONS = 20_000;
/** The echo keeps no state per datagram, so its cap is only there to bound the loop: it may fill its window. */
const ECHO_MAX_ITERATIONS = 300_000;
const OBJECT_LINKS = Buffer.from('</1/0>,</3/0>', 'utf8');
/** A Register with this payload is ~60 bytes and its 2.01 ~15; the echo sends the average size. */
const ECHO_BYTES = 40;

/** One simulated client: Register (expects 2.01 + Location-Path), then Update that location (2.04). */
async function registerAndUpdate(client: UdpCoapEndpoint, server: PeerAddress, endpoint: string): Promise<void> {
  const registered = await client.request(server, {
    method: 'POST',
    path: '/rd',
    query: [`ep=${endpoint}`, 'lt=300', 'lwm2m=1.1', 'b=U'],
    contentFormat: 40,
    payload: OBJECT_LINKS,
  });
  if (registered.code !== '2.01' || registered.locationPath.length === 0) throw new Error(`Register got ${registered.code}`);
  const updated = await client.request(server, { method: 'POST', path: `/${registered.locationPath.join('/')}` });
  if (updated.code !== '2.04') throw new Error(`Update got ${updated.code}`);
}

async function serverWindow(quick: boolean) {
  const server = await startReferenceServer();
  const clients = await Promise.all(Array.from({ length: CLIENTS }, () => createUdpEndpoint()));
  try {
    return await measure('Register+Update', (w) => registerAndUpdate(clients[w]!, server.local, `bench-${w}`), windowFor(quick, MAX_ITERATIONS, CLIENTS));
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    await server.close();
  }
}

async function echoWindow(quick: boolean) {
  const rig = await startEchoRig(CLIENTS, ECHO_BYTES);
  try {
    return await measure('dgram echo pairs', async (w) => {
      await rig.clients[w]!.roundTrip();
      await rig.clients[w]!.roundTrip();
    }, windowFor(quick, ECHO_MAX_ITERATIONS, CLIENTS));
  } finally {
    await rig.close();
  }
}

export const bench: Bench = {
  name: 'registration',
  async run({ quick, log }) {
    log(`registration: ${CLIENTS} clients`);
    const result = await bracketed(() => echoWindow(quick), () => serverWindow(quick));
    return [rowOf('registration', `Register+Update pairs, ${CLIENTS} clients`, result, 'pairs/s', `raw dgram echo, 2 round trips × ${CLIENTS} sockets`)];
  },
};
