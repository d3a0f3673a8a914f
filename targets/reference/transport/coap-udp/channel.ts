/**
 * The datagram channel under a CoAP endpoint: plain UDP here, DTLS-protected datagrams in
 * ../dtls (RFC 7252 §9.1: CoAP over DTLS is the same message layer over secured datagrams).
 */
import type { Socket } from 'node:dgram';
import type { PeerAddress, PeerIdentity } from './types';
import { closeSocket, sendDatagram, sendDatagramQuietly } from './socket';

export interface DatagramChannel {
  /** The locally bound address. */
  readonly local: PeerAddress;
  readonly type: 'udp4' | 'udp6';
  /** Sends one datagram; resolves when it left. */
  send(peer: PeerAddress, datagram: Buffer): Promise<void>;
  /** Sends one datagram nobody awaits; `onError` hears of a failure. */
  sendQuietly(peer: PeerAddress, datagram: Buffer, onError?: (error: Error) => void): void;
  /** Installs the one receiver of incoming datagrams. */
  onDatagram(receiver: (datagram: Buffer, peer: PeerAddress) => void): void;
  /** Who the peer authenticated as (secured channels only). */
  peerIdentity?(peer: PeerAddress): PeerIdentity | undefined;
  close(): Promise<void>;
}

/** A plain UDP socket as a channel. */
export function socketChannel(socket: Socket, type: 'udp4' | 'udp6'): DatagramChannel {
  const bound = socket.address();
  socket.on('error', () => {}); // send errors arrive through the send callbacks and are recorded there
  return {
    local: { address: bound.address, port: bound.port },
    type,
    send: (peer, datagram) => sendDatagram(socket, peer, datagram),
    sendQuietly: (peer, datagram, onError) => sendDatagramQuietly(socket, peer, datagram, onError),
    onDatagram: (receiver) => {
      socket.on('message', (raw, rinfo) => receiver(raw, { address: rinfo.address, port: rinfo.port }));
    },
    close: () => closeSocket(socket),
  };
}
