/**
 * `mqtts://` to a broker whose certificate is pinned (LwM2M Certificate Usage 1 or 3, /0/x/15; RFC 6698
 * §2.1.1: the end-entity certificate itself, CA-issued or self-signed, no chain and no host name check).
 * node:tls checks chains only, and MQTT.js writes CONNECT — User Name and Password included — as soon
 * as its stream exists; so the stream handed to MQTT.js here holds every write until the handshake is
 * done and the broker presented exactly the pinned certificate, and fails (nothing sent) otherwise.
 * MQTT.js builds a new stream for each reconnection, so every connection is checked.
 */
import { Duplex } from 'node:stream';
import { connect, type ConnectionOptions } from 'node:tls';
import { MqttClient, type IClientOptions } from 'mqtt';
import { pinnedCertificateError } from '../coap-tcp/tls-options';

type Pending = { chunk: Buffer; callback: (error?: Error | null) => void };

/** A TLS stream to `host:port` that passes data only once the peer showed the `pinned` certificate (DER). */
export function pinnedTlsStream(host: string, port: number, options: ConnectionOptions, pinned: Buffer, onRefused?: (error: Error) => void): Duplex {
  const socket = connect({ ...options, host, port, rejectUnauthorized: false });
  let pending: Pending[] | undefined = [];
  const stream = new Duplex({
    write(chunk: Buffer, _encoding, callback) {
      if (pending) pending.push({ chunk, callback });
      else socket.write(chunk, callback);
    },
    read() {
      socket.resume();
    },
    final(callback) {
      socket.end(callback);
    },
    destroy(error, callback) {
      socket.destroy();
      callback(error);
    },
  });
  socket.once('secureConnect', () => {
    const refused = pinnedCertificateError({ pinnedCertificate: pinned }, socket.getPeerCertificate());
    if (refused) {
      onRefused?.(refused);
      return void stream.destroy(refused);
    }
    const queued = pending ?? [];
    pending = undefined;
    for (const { chunk, callback } of queued) socket.write(chunk, callback);
  });
  socket.on('data', (data: Buffer) => {
    if (!stream.push(data)) socket.pause();
  });
  socket.once('end', () => stream.push(null));
  socket.once('error', (error) => stream.destroy(error));
  socket.once('close', () => stream.destroy());
  return stream;
}

/**
 * MQTT.js's connectAsync(url, options, false) with our own stream: resolves on CONNACK, rejects when
 * the first connection fails (no retry).
 */
export function connectPinned(brokerUrl: string, options: IClientOptions, tls: ConnectionOptions, pinned: Buffer): Promise<MqttClient> {
  const url = new URL(brokerUrl);
  const port = url.port === '' ? 8883 : Number(url.port);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // MQTT.js reports some stream errors only as 'close'; the refusal is kept to say why.
  let refusal: Error | undefined;
  const client = new MqttClient(() => pinnedTlsStream(host, port, tls, pinned, (e) => (refusal = e)), { ...options, protocol: 'mqtts', host, port });
  return new Promise((resolve, reject) => {
    const off = (): void => {
      client.off('connect', onConnect);
      client.off('error', onError);
      client.off('close', onClose);
    };
    const onConnect = (): void => (off(), resolve(client));
    const onError = (error: Error): void => (off(), client.end(true), reject(error));
    const onClose = (): void => onError(refusal ?? new Error("Couldn't connect to server"));
    client.on('connect', onConnect);
    client.on('error', onError);
    client.on('close', onClose);
  });
}
