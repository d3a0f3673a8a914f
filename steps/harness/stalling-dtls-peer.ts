/**
 * A coaps "server" that stops in the middle of the DTLS handshake: a UDP relay in front of a real
 * DTLS server endpoint that passes the client's datagrams on but lets only the server's
 * HelloVerifyRequest back (RFC 6347 §4.2.1) — the ServerHello flight never reaches the client, so
 * its handshake stalls, its retransmission timers run out (RFC 6347 §4.2.4) and a well-behaved client
 * ends the attempt within its bound and starts a fresh handshake later. A fresh attempt is told from
 * a retransmission by its ClientHello.random: retransmissions, and the ClientHello that echoes the
 * cookie, repeat the random (RFC 6347 §4.2.1); a new handshake draws a new one (RFC 5246 §7.4.1.2).
 */
import { createSocket, type Socket } from 'node:dgram';
import { createDtlsServerEndpoint, type DtlsServerEndpoint } from '../../targets/reference/transport/dtls';
import { HANDSHAKE_HELLO_VERIFY_REQUEST, isClientHello, RECORD_HEADER_LENGTH, summarizeRecords } from '../../targets/reference/transport/dtls/records';

/** DTLS handshake header (RFC 6347 §4.2.2) then client_version (2 bytes) precede the 32-byte random. */
const RANDOM_OFFSET = RECORD_HEADER_LENGTH + 12 + 2;

export interface ClientHelloSeen {
  at: number;
  /** Hex of ClientHello.random. */
  random: string;
  from: string;
}

export interface StallingDtlsPeer {
  /** `coaps://127.0.0.1:port` for the client's account. */
  uri: string;
  readonly clientHellos: ClientHelloSeen[];
  /** Distinct handshake attempts (distinct ClientHello randoms). */
  attempts(): number;
  close(): Promise<void>;
}

const bind = (socket: Socket): Promise<void> =>
  new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      socket.off('error', reject);
      resolve();
    });
  });

function randomOf(datagram: Buffer): string | undefined {
  return isClientHello(datagram) && datagram.length >= RANDOM_OFFSET + 32 ? datagram.subarray(RANDOM_OFFSET, RANDOM_OFFSET + 32).toString('hex') : undefined;
}

export async function startStallingDtlsPeer(options: { psk: (identity: string) => Buffer | undefined; timeScale: number; note: (line: string) => void }): Promise<StallingDtlsPeer> {
  const upstream: DtlsServerEndpoint = await createDtlsServerEndpoint({ address: '127.0.0.1', port: 0, timeScale: options.timeScale, psk: options.psk });
  const front = createSocket('udp4');
  const back = createSocket('udp4');
  front.on('error', () => undefined);
  back.on('error', () => undefined);
  await bind(front);
  await bind(back);
  const clientHellos: ClientHelloSeen[] = [];
  let client: { address: string; port: number } | undefined;
  front.on('message', (datagram, rinfo) => {
    client = { address: rinfo.address, port: rinfo.port };
    const random = randomOf(datagram);
    if (random !== undefined) {
      const seen = clientHellos.some((h) => h.random === random);
      clientHellos.push({ at: Date.now(), random, from: `${rinfo.address}:${rinfo.port}` });
      options.note(`${rinfo.address}:${rinfo.port} → stalling DTLS server: ClientHello random=${random.slice(0, 16)}… (${seen ? 'same attempt' : 'new handshake attempt'})`);
    }
    back.send(datagram, upstream.local.port, upstream.local.address);
  });
  back.on('message', (datagram) => {
    const helloVerify = summarizeRecords(datagram).some((r) => r.handshakeType === HANDSHAKE_HELLO_VERIFY_REQUEST);
    if (helloVerify && client) {
      front.send(datagram, client.port, client.address);
      options.note(`stalling DTLS server → ${client.address}:${client.port}: HelloVerifyRequest (passed on)`);
    } else {
      options.note(`stalling DTLS server: dropped a ${datagram.length}-byte server flight (the handshake stalls here)`);
    }
  });
  const { port } = front.address();
  return {
    uri: `coaps://127.0.0.1:${port}`,
    clientHellos,
    attempts: () => new Set(clientHellos.map((h) => h.random)).size,
    close: async () => {
      await Promise.all([front, back].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
      await upstream.close();
    },
  };
}
