/**
 * CoAP over TCP (RFC 8323) request/response round trips per second through our endpoints (GET →
 * 2.05 on one connection, after the CSM exchange), against a raw `node:net` echo of a same-sized
 * message on one loopback connection with the same number of outstanding messages, in the same run.
 *
 * There are no Message IDs over TCP, so nothing wraps; tokens are freed as responses arrive. Each
 * window still gets a fresh pair of endpoints, and every window is bounded in count and time.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { createTcpClientEndpoint, createTcpServerEndpoint, type TcpCoapEndpoint } from '../targets/reference/transport/coap-tcp';
import type { CoapRequestSpec } from '../targets/reference/transport/coap-udp/types';
import { bracketed, measure, rowOf, windowFor, type Bench, type BenchRow } from './harness';

const MAX_ITERATIONS = 200_000;
/** The echo keeps no state per message, so its cap is only there to bound the loop. */
const ECHO_MAX_ITERATIONS = 2_000_000;
const PAYLOAD = Buffer.from('21.5 Cel', 'utf8');
const GET: CoapRequestSpec = { method: 'GET', path: '/3303/0/5700' };
/** About the size of the GET frame (18 B) and its 2.05 (18 B). */
const ECHO_BYTES = 18;

async function coapWindow(name: string, quick: boolean, concurrency: number) {
  const server = await createTcpServerEndpoint();
  let client: TcpCoapEndpoint | undefined;
  try {
    server.onRequest(() => ({ code: '2.05', contentFormat: 0, payload: PAYLOAD }));
    client = await createTcpClientEndpoint({ peer: server.local });
    const c = client;
    return await measure(
      name,
      async () => {
        const response = await c.request(server.local, GET, { timeoutMs: 5000 });
        if (response.code !== '2.05' || !response.payload.equals(PAYLOAD)) throw new Error(`unexpected CoAP response ${response.code}`);
      },
      windowFor(quick, MAX_ITERATIONS, concurrency),
    );
  } finally {
    await client?.close();
    await server.close();
  }
}

/** A raw net echo: fixed-size messages tagged with a sequence number, reassembled from the stream. */
async function echoRig(): Promise<{ roundTrip(): Promise<void>; close(): Promise<void> }> {
  const server: Server = createServer((s) => s.on('data', (d) => s.write(d)).on('error', () => {}));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const socket: Socket = connect(port, '127.0.0.1');
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.setNoDelay(true);
  const pending = new Map<number, () => void>();
  let buffered: Buffer = Buffer.alloc(0);
  let seq = 0;
  socket.on('data', (chunk: Buffer) => {
    buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
    while (buffered.length >= ECHO_BYTES) {
      const id = buffered.readUInt32BE(0);
      buffered = buffered.subarray(ECHO_BYTES);
      pending.get(id)?.();
      pending.delete(id);
    }
  });
  return {
    roundTrip: () =>
      new Promise<void>((resolve) => {
        const id = (seq = (seq + 1) >>> 0);
        const message = Buffer.alloc(ECHO_BYTES);
        message.writeUInt32BE(id, 0);
        pending.set(id, resolve);
        socket.write(message);
      }),
    async close() {
      socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function echoWindow(name: string, quick: boolean, concurrency: number) {
  const rig = await echoRig();
  try {
    return await measure(name, () => rig.roundTrip(), windowFor(quick, ECHO_MAX_ITERATIONS, concurrency));
  } finally {
    await rig.close();
  }
}

export const bench: Bench = {
  name: 'coap-tcp',
  async run({ quick, log }) {
    const rows: BenchRow[] = [];
    for (const concurrency of [1, 16]) {
      const label = concurrency === 1 ? 'sequential' : `${concurrency} outstanding`;
      log(`coap-tcp: ${label}`);
      const result = await bracketed(
        () => echoWindow(`net echo ×${concurrency}`, quick, concurrency),
        () => coapWindow(`CoAP/TCP GET ×${concurrency}`, quick, concurrency),
      );
      rows.push(rowOf('coap-tcp', `GET → 2.05 over TCP, ${label}`, result, 'req/s', `raw net echo, ${label}`));
    }
    return rows;
  },
};
