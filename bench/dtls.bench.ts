/**
 * CoAP over DTLS 1.2 (PSK, TLS_PSK_WITH_AES_128_CCM_8) against CoAP over plain UDP, same endpoint
 * code, same run, loopback:
 * - set-up: a fresh client (bind + DTLS handshake with cookie exchange + first GET + close_notify)
 *   against a fresh plain client (bind + first GET + close);
 * - protected request/response pairs: CON GET → 2.05 on an established association, against the
 *   same GET over plain UDP.
 * Windows are bounded in count (below 65,536 Message IDs per client) and time (harness).
 */
import { createUdpEndpoint, type UdpCoapEndpoint } from '../targets/reference/transport/coap-udp/endpoint';
import type { CoapEndpoint, CoapRequestSpec } from '../targets/reference/transport/coap-udp/types';
import { createDtlsClientEndpoint, createDtlsServerEndpoint } from '../targets/reference/transport/dtls';
import { bracketed, measure, rowOf, windowFor, type Bench, type BenchRow } from './harness';

const MAX_REQUESTS = 30_000;
const MAX_SETUPS = 3_000;
const PAYLOAD = Buffer.from('21.5 Cel', 'utf8');
const GET: CoapRequestSpec = { method: 'GET', path: '/3303/0/5700' };
const KEY = Buffer.from('bench-secret-0123');
const PSK = { identity: 'bench-ep', key: KEY };

function serve(endpoint: CoapEndpoint): void {
  endpoint.onRequest(() => ({ code: '2.05', contentFormat: 0, payload: PAYLOAD }));
}

async function getOnce(client: CoapEndpoint, server: UdpCoapEndpoint): Promise<void> {
  const response = await client.request(server.local, GET);
  if (response.code !== '2.05' || !response.payload.equals(PAYLOAD)) throw new Error(`unexpected CoAP response ${response.code}`);
}

async function plainServer(): Promise<UdpCoapEndpoint> {
  const server = await createUdpEndpoint();
  serve(server);
  return server;
}

async function dtlsServer(): Promise<UdpCoapEndpoint> {
  const server = await createDtlsServerEndpoint({ psk: (id) => (id === PSK.identity ? KEY : undefined), maxSessions: 100 });
  serve(server);
  return server;
}

async function window(name: string, quick: boolean, maxIterations: number, makeServer: () => Promise<UdpCoapEndpoint>, op: (server: UdpCoapEndpoint) => Promise<void>) {
  const server = await makeServer();
  try {
    return await measure(name, () => op(server), windowFor(quick, maxIterations));
  } finally {
    await server.close();
  }
}

/** One GET per fresh client endpoint. */
const setUpPlain = async (server: UdpCoapEndpoint): Promise<void> => {
  const client = await createUdpEndpoint();
  try {
    await getOnce(client, server);
  } finally {
    await client.close();
  }
};

const setUpDtls = async (server: UdpCoapEndpoint): Promise<void> => {
  const client = await createDtlsClientEndpoint({ peer: server.local, psk: PSK, handshakeTimeoutMs: 5000 });
  try {
    await getOnce(client, server);
  } finally {
    await client.close();
  }
};

/** Sequential GETs on one client, made per window. */
async function requests(name: string, quick: boolean, secure: boolean) {
  const server = secure ? await dtlsServer() : await plainServer();
  const client = secure ? await createDtlsClientEndpoint({ peer: server.local, psk: PSK }) : await createUdpEndpoint();
  try {
    return await measure(name, () => getOnce(client, server), windowFor(quick, MAX_REQUESTS));
  } finally {
    await client.close();
    await server.close();
  }
}

export const bench: Bench = {
  name: 'dtls',
  async run({ quick, log }) {
    const rows: BenchRow[] = [];
    log('dtls: association set-up');
    const setup = await bracketed(
      () => window('plain UDP client + first GET', quick, MAX_SETUPS, plainServer, setUpPlain),
      () => window('DTLS PSK handshake + first GET', quick, MAX_SETUPS, dtlsServer, setUpDtls),
    );
    rows.push(rowOf('dtls', 'new client: PSK-AES128-CCM8 handshake (cookie) + GET', setup, 'set-ups/s', 'new plain UDP client + GET'));
    log('dtls: protected request/response');
    const protectedPairs = await bracketed(
      () => requests('CoAP GET over UDP', quick, false),
      () => requests('CoAP GET over DTLS', quick, true),
    );
    rows.push(rowOf('dtls', 'CON GET → 2.05 over DTLS (CCM_8), sequential', protectedPairs, 'req/s', 'same GET over plain UDP'));
    return rows;
  },
};
