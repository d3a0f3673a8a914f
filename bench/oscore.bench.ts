/**
 * OSCORE (RFC 8613) against plain CoAP over UDP, same endpoint code, same run, loopback: sequential
 * CON GET → 2.05 request/response pairs, each protected end to end (AES-CCM-16-64-128, a fresh
 * Partial IV per request, replay window checked) against the same GET in the clear. The first
 * request of each OSCORE window is the Echo challenge after boot (RFC 9175), inside the warm-up.
 * Windows are bounded in count (below 65,536 Message IDs per client) and time (harness).
 */
import { createUdpEndpoint, type UdpCoapEndpoint } from '../targets/reference/transport/coap-udp/endpoint';
import type { CoapEndpoint, CoapRequestSpec } from '../targets/reference/transport/coap-udp/types';
import { deriveSecurityContext, oscoreEndpoint } from '../targets/reference/transport/oscore';
import { bracketed, measure, rowOf, windowFor, type Bench } from './harness';

const MAX_REQUESTS = 30_000;
const PAYLOAD = Buffer.from('21.5 Cel', 'utf8');
const GET: CoapRequestSpec = { method: 'GET', path: '/3303/0/5700' };
const MASTER_SECRET = Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex');
const CLIENT_ID = Buffer.from('c1', 'hex');
const SERVER_ID = Buffer.from('5e', 'hex');

async function getOnce(client: CoapEndpoint, server: CoapEndpoint): Promise<void> {
  const response = await client.request(server.local, GET);
  if (response.code !== '2.05' || !response.payload.equals(PAYLOAD)) throw new Error(`unexpected CoAP response ${response.code}`);
}

/** A fresh client and server per window: fresh contexts (sequence numbers from 0) and Message IDs. */
async function requests(name: string, quick: boolean, secure: boolean) {
  const udp: UdpCoapEndpoint[] = await Promise.all([createUdpEndpoint(), createUdpEndpoint()]);
  const [clientUdp, serverUdp] = udp as [UdpCoapEndpoint, UdpCoapEndpoint];
  const client = secure ? oscoreEndpoint(clientUdp, deriveSecurityContext({ masterSecret: MASTER_SECRET, senderId: CLIENT_ID, recipientId: SERVER_ID })) : clientUdp;
  const server = secure ? oscoreEndpoint(serverUdp, deriveSecurityContext({ masterSecret: MASTER_SECRET, senderId: SERVER_ID, recipientId: CLIENT_ID })) : serverUdp;
  server.onRequest(() => ({ code: '2.05', contentFormat: 0, payload: PAYLOAD }));
  try {
    return await measure(name, () => getOnce(client, server), windowFor(quick, MAX_REQUESTS));
  } finally {
    await Promise.all([client.close(), server.close()]);
  }
}

export const bench: Bench = {
  name: 'oscore',
  async run({ quick, log }) {
    log('oscore: protected request/response');
    const pairs = await bracketed(
      () => requests('CoAP GET over UDP', quick, false),
      () => requests('OSCORE GET over UDP', quick, true),
    );
    return [rowOf('oscore', 'CON GET → 2.05 with OSCORE (AES-CCM-16-64-128), sequential', pairs, 'req/s', 'same GET, plain CoAP/UDP')];
  },
};
