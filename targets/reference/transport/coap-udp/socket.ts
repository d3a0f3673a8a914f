/**
 * The UDP socket under the endpoint: bind, send with a promise, close once.
 */
import { createSocket, type Socket } from 'node:dgram';
import type { PeerAddress } from './types';

/** Binds a UDP socket; rejects (instead of emitting an unhandled 'error') if the bind fails. */
export function bindSocket(type: 'udp4' | 'udp6', address: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket({ type });
    const onError = (error: Error): void => {
      socket.close();
      reject(new Error(`cannot bind CoAP endpoint to ${address}:${port} (${type}): ${error.message}`, { cause: error }));
    };
    socket.once('error', onError);
    socket.bind(port, address, () => {
      socket.off('error', onError);
      resolve(socket);
    });
  });
}

/** Sends one datagram; resolves when the OS took it. */
export function sendDatagram(socket: Socket, peer: PeerAddress, datagram: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      socket.send(datagram, peer.port, peer.address, (error) => (error ? reject(error) : resolve()));
    } catch (error) {
      reject(error as Error);
    }
  });
}

/**
 * Sends one datagram without a promise: `onError` hears of a failure. For replies nobody awaits
 * (piggy-backed responses, ACKs, RSTs), which are most of a server's traffic.
 */
export function sendDatagramQuietly(socket: Socket, peer: PeerAddress, datagram: Buffer, onError?: (error: Error) => void): void {
  try {
    if (onError === undefined) socket.send(datagram, peer.port, peer.address);
    else
      socket.send(datagram, peer.port, peer.address, (error) => {
        if (error) onError(error);
      });
  } catch (error) {
    onError?.(error as Error);
  }
}

/** Closes the socket; resolves once it is closed (also if it already was). */
export function closeSocket(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    try {
      socket.close(() => resolve());
    } catch {
      resolve(); // ERR_SOCKET_DGRAM_NOT_RUNNING: already closed
    }
  });
}
