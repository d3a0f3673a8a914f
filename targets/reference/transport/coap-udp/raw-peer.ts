/**
 * A bare UDP peer for tests and scripted scenarios: receives datagrams into a queue and sends
 * exactly the bytes or messages it is given — no CoAP behaviour of its own (no ACK, no RST).
 */
import type { Socket } from 'node:dgram';
import type { CoapMessage, PeerAddress } from './types';
import { parseDatagram, serialize } from './message';
import { bindSocket, closeSocket, sendDatagram } from './socket';

/** One datagram the raw peer received. */
export interface RawDatagram {
  raw: Buffer;
  message?: CoapMessage;
  from: PeerAddress;
}

export class RawPeer {
  /** Every datagram received, in order. */
  readonly received: RawDatagram[] = [];
  private consumed = 0;
  private waiter: (() => void) | undefined;

  private constructor(
    private readonly socket: Socket,
    readonly address: PeerAddress,
  ) {
    socket.on('message', (raw, rinfo) => {
      this.received.push({ raw, message: parseDatagram(raw).message, from: { address: rinfo.address, port: rinfo.port } });
      this.waiter?.();
    });
  }

  static async bind(type: 'udp4' | 'udp6' = 'udp4', address = type === 'udp6' ? '::1' : '127.0.0.1'): Promise<RawPeer> {
    const socket = await bindSocket(type, address, 0);
    const bound = socket.address();
    return new RawPeer(socket, { address: bound.address, port: bound.port });
  }

  /** The next datagram not yet returned by next(); rejects after `timeoutMs`. */
  async next(timeoutMs = 2000): Promise<RawDatagram> {
    const deadline = Date.now() + timeoutMs;
    while (this.consumed >= this.received.length) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`RawPeer: no datagram within ${timeoutMs} ms (received ${this.received.length})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiter = undefined;
    }
    return this.received[this.consumed++];
  }

  /** Resolves after `ms` of quiet, with whatever arrived meanwhile (not consumed). */
  async settle(ms: number): Promise<RawDatagram[]> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.received.slice(this.consumed);
  }

  /** Sends a message (serialized as is) or raw bytes. */
  send(to: PeerAddress, datagram: CoapMessage | Buffer): Promise<void> {
    return sendDatagram(this.socket, to, Buffer.isBuffer(datagram) ? datagram : serialize(datagram, 65507));
  }

  close(): Promise<void> {
    return closeSocket(this.socket);
  }
}
