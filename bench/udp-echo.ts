/**
 * The network baseline: a raw `node:dgram` echo on loopback. It is the floor any UDP protocol stack
 * in this process stands on (syscalls, libuv, one event-loop turn per datagram), so "CoAP endpoint
 * ÷ echo" isolates what our message layer adds. Same process, same loopback, same concurrency.
 */
import { createSocket, type Socket } from 'node:dgram';

export interface EchoClient {
  /** Sends one datagram and resolves when the echo of that very datagram comes back. */
  roundTrip(): Promise<void>;
}

export interface EchoRig {
  clients: EchoClient[];
  close(): Promise<void>;
}

function bind(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      socket.off('error', reject);
      resolve(socket);
    });
  });
}

const closeSocket = (s: Socket): Promise<void> => new Promise((resolve) => s.close(() => resolve()));

/**
 * One echo server and `sockets` client sockets. `payloadBytes` should match the size of the
 * protocol messages being compared (a CoAP GET and its 2.05 are ~15 bytes each).
 */
export async function startEchoRig(sockets: number, payloadBytes = 16): Promise<EchoRig> {
  const server = await bind();
  server.on('message', (msg, rinfo) => server.send(msg, rinfo.port, rinfo.address));
  const { port } = server.address();
  const clientSockets: Socket[] = [];
  const clients: EchoClient[] = [];
  const pendingSets: Map<number, { resolve(): void; reject(e: Error): void }>[] = [];
  for (let i = 0; i < sockets; i++) {
    const socket = await bind();
    // Several round trips may be outstanding on one socket; a sequence number matches each echo.
    const pending = new Map<number, { resolve(): void; reject(e: Error): void }>();
    let seq = 0;
    socket.on('message', (msg) => {
      const id = msg.readUInt32BE(0);
      const waiter = pending.get(id);
      pending.delete(id);
      waiter?.resolve();
    });
    clients.push({
      roundTrip: () =>
        new Promise<void>((resolve, reject) => {
          const id = (seq = (seq + 1) >>> 0);
          const datagram = Buffer.alloc(Math.max(4, payloadBytes)); // a fresh buffer per send, as a CoAP stack allocates one
          datagram.writeUInt32BE(id, 0);
          pending.set(id, { resolve, reject });
          socket.send(datagram, port, '127.0.0.1', (error) => {
            if (!error) return;
            pending.delete(id);
            reject(error);
          });
        }),
    });
    clientSockets.push(socket);
    pendingSets.push(pending);
  }
  return {
    clients,
    async close() {
      for (const pending of pendingSets) {
        for (const waiter of pending.values()) waiter.reject(new Error('echo rig closed'));
        pending.clear();
      }
      await Promise.all([server, ...clientSockets].map(closeSocket));
    },
  };
}
