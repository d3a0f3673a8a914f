/**
 * DTLS handshakes the scripted client attempts on purpose (TS-Transport §5.2; RFC 6347): with
 * credentials the server under test must refuse, and one that stalls half-way, through a UDP relay
 * that forwards the client's first flights and then drops everything (RFC 6347 §4.2.4: the server
 * must give up on its own and keep serving others). Every attempt is bounded.
 */
import { createSocket, type Socket } from 'node:dgram';
import type { PeerAddress } from '../../targets/reference/transport/coap-udp/types';
import { createDtlsClientEndpoint } from '../../targets/reference/transport/dtls';
import type { ClientCredentials } from './client-transport';

export interface HandshakeOutcome {
  completed: boolean;
  /** How long until it completed or failed, ms. */
  ms: number;
  /** The DTLS layer's reason (OpenSSL alert or our bound). */
  error?: string;
  /** Cipher suite and identity when it completed. */
  info?: string;
}

/** One handshake with `credentials`, closed again at once; never throws. */
export async function attemptHandshake(server: PeerAddress, credentials: ClientCredentials, timeScale: number, handshakeTimeoutMs: number): Promise<HandshakeOutcome> {
  const started = Date.now();
  const psk = 'psk' in credentials ? { psk: credentials.psk } : {};
  const cert = 'cert' in credentials ? { cert: credentials.cert, key: credentials.key, ca: credentials.ca, servername: credentials.servername } : {};
  try {
    const endpoint = await createDtlsClientEndpoint({ peer: server, timeScale, handshakeTimeoutMs, ...psk, ...cert });
    const info = endpoint.dtls.info;
    await endpoint.close();
    return { completed: true, ms: Date.now() - started, info: info ? `${info.version} ${info.cipher}` : undefined };
  } catch (error) {
    return { completed: false, ms: Date.now() - started, error: (error as Error).message };
  }
}

async function bindRelay(): Promise<Socket> {
  const relay = createSocket('udp4');
  await new Promise<void>((resolve, reject) => {
    relay.once('error', reject);
    relay.bind(0, '127.0.0.1', () => resolve());
  });
  return relay;
}

/** RFC 6347 §4.1 record: content type 22 (handshake); §4.2.2 handshake header: msg_type 1 (client_hello) at byte 13. */
const isClientHello = (datagram: Buffer): boolean => datagram.length > 13 && datagram[0] === 22 && datagram[13] === 1;

/**
 * A client whose handshake stops after its ClientHello(s) reached the server (with a cookie
 * exchange the second carries the cookie, RFC 6347 §4.2.1, and the server then holds a half-open
 * association); its later flights are dropped. Resolves when the client's own attempt has given up
 * (after `handshakeTimeoutMs`).
 */
export async function stallHandshake(server: PeerAddress, credentials: ClientCredentials, timeScale: number, handshakeTimeoutMs: number): Promise<HandshakeOutcome> {
  const relay = await bindRelay();
  let client: { address: string; port: number } | undefined;
  relay.on('message', (datagram, from) => {
    if (from.port === server.port && from.address === server.address) {
      if (client) relay.send(datagram, client.port, client.address);
    } else {
      client = { address: from.address, port: from.port };
      if (isClientHello(datagram)) relay.send(datagram, server.port, server.address);
    }
  });
  try {
    return await attemptHandshake({ address: '127.0.0.1', port: relay.address().port }, credentials, timeScale, handshakeTimeoutMs);
  } finally {
    await new Promise<void>((resolve) => relay.close(() => resolve()));
  }
}
