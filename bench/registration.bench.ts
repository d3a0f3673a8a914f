/**
 * Register → 2.01 plus Update → 2.04 pairs per second against the reference LwM2M Server, from 50
 * simulated clients at once (each its own socket and source port, as real devices are), against a
 * raw dgram echo with 50 sockets doing two round trips per pair.
 *
 * What is measured is the SERVER: its CoAP endpoint (parse, deduplication, piggy-backed response)
 * and its Registration Interface (parameters, object list, store, event log). So the simulated
 * clients are as lean as the echo's clients: one dgram socket each; the Register is encoded once
 * with the transport's own codec (`serialize`) and each send patches in a fresh Message ID and
 * token; the Update is encoded for the location the 2.01 gave; every response is parsed and
 * checked (`parseDatagram`): an ACK with the request's Message ID and token, 2.01 with a
 * Location-Path, then 2.04. No retransmission timers: a datagram lost on loopback makes the
 * harness's stuck guard fail the bench instead. The full client endpoint's own cost is the
 * coap-endpoint bench's subject.
 *
 * Each client registers under the same endpoint name every time, so the server replaces the old
 * registration (TS-Core §6.2.1) and holds at most 50: memory stays bounded without De-register
 * traffic that would dilute the figure. A fresh server per window drops its duplicate cache.
 */
import { createSocket, type Socket } from 'node:dgram';
import { parseDatagram, serialize } from '../targets/reference/transport/coap-udp/message';
import type { CoapMessage, CoapOption, PeerAddress } from '../targets/reference/transport/coap-udp/types';
import { startReferenceServer } from '../targets/reference/lwm2m/server';
import { bracketed, measure, rowOf, windowFor, type Bench } from './harness';
import { startEchoRig } from './udp-echo';

const CLIENTS = 50;
/** Pairs per window: bounds the server's duplicate cache (2 entries a pair); each client sends ≤ 4,000 requests, far from Message ID reuse. */
const MAX_ITERATIONS = 100_000;
/** The echo keeps no state per datagram, so its cap is only there to bound the loop: it may fill its window. */
const ECHO_MAX_ITERATIONS = 300_000;
const OBJECT_LINKS = Buffer.from('</1/0>,</3/0>', 'utf8');
/** A Register with this payload is ~60 bytes and its 2.01 ~15; the echo sends the average size. */
const ECHO_BYTES = 40;

const option = (name: string, value: string | number): CoapOption => ({
  name,
  value: typeof value === 'number' ? Buffer.from([value]) : Buffer.from(value, 'utf8'),
});

/** One simulated client: a socket, its Message IDs and tokens, and the one request it has in flight. */
class SimulatedClient {
  private messageId = Math.floor(Math.random() * 0x10000);
  private waiting?: { messageId: number; token: Buffer; resolve(m: CoapMessage): void; reject(e: Error): void };
  /** The Register datagram; bytes 2–3 (Message ID) and 4–7 (token) change per send. */
  private readonly register: Buffer;

  private constructor(
    private readonly socket: Socket,
    private readonly server: PeerAddress,
    endpoint: string,
  ) {
    const options = [option('Uri-Path', 'rd'), option('Content-Format', 40), ...[`ep=${endpoint}`, 'lt=300', 'lwm2m=1.1', 'b=U'].map((q) => option('Uri-Query', q))];
    this.register = serialize({ type: 'CON', code: '0.02', messageId: 0, token: Buffer.alloc(4), options, payload: OBJECT_LINKS });
    socket.on('message', (raw) => this.receive(raw));
  }

  static start(server: PeerAddress, endpoint: string): Promise<SimulatedClient> {
    return new Promise((resolve, reject) => {
      const socket = createSocket('udp4');
      socket.once('error', reject);
      socket.bind(0, '127.0.0.1', () => resolve(new SimulatedClient(socket, server, endpoint)));
    });
  }

  /** Register (expects 2.01 + Location-Path), then Update that location (2.04). */
  async registerAndUpdate(): Promise<void> {
    // The template is patched in place: the previous send finished before its response came back.
    const registered = await this.send(this.register);
    const location = registered.options.filter((o) => o.name === 'Location-Path');
    if (registered.code !== '2.01' || location.length === 0) throw new Error(`Register got ${registered.code}`);
    const update = serialize({ type: 'CON', code: '0.02', messageId: 0, token: Buffer.alloc(4), options: location.map((o) => ({ name: 'Uri-Path', value: o.value })), payload: Buffer.alloc(0) });
    const updated = await this.send(update);
    if (updated.code !== '2.04') throw new Error(`Update got ${updated.code}`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }

  /** Sends `datagram` (a CON request with a 4-byte token) with a fresh Message ID and token. */
  private send(datagram: Buffer): Promise<CoapMessage> {
    this.messageId = (this.messageId + 1) & 0xffff;
    datagram.writeUInt16BE(this.messageId, 2);
    datagram.writeUInt32BE((this.messageId * 2654435761) >>> 0, 4);
    const token = datagram.subarray(4, 8);
    return new Promise((resolve, reject) => {
      this.waiting = { messageId: this.messageId, token, resolve, reject };
      this.socket.send(datagram, this.server.port, this.server.address);
    });
  }

  /** RFC 7252 §5.2.1: the piggy-backed response echoes the Message ID and the token. */
  private receive(raw: Buffer): void {
    const waiting = this.waiting;
    const { message, error } = parseDatagram(raw);
    if (!waiting || !message || message.type !== 'ACK' || message.messageId !== waiting.messageId) {
      waiting?.reject(new Error(`unexpected datagram from the server: ${error ?? `${message?.type} mid ${message?.messageId}`}`));
      return;
    }
    this.waiting = undefined;
    if (!message.token.equals(waiting.token)) waiting.reject(new Error('response token does not match the request'));
    else waiting.resolve(message);
  }
}

async function serverWindow(quick: boolean) {
  const server = await startReferenceServer();
  const clients = await Promise.all(Array.from({ length: CLIENTS }, (_, w) => SimulatedClient.start(server.local, `bench-${w}`)));
  try {
    return await measure('Register+Update', (w) => clients[w]!.registerAndUpdate(), windowFor(quick, MAX_ITERATIONS, CLIENTS));
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
