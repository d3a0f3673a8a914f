/**
 * TLS settings for coaps+tcp (RFC 8323 §4.1: TLS, ALPN protocol ID "coap"; §9.1 security modes):
 * certificates (X.509, TLS 1.2/1.3) or a pre-shared key (TLS 1.2 PSK suites, LwM2M ETS int-406).
 */
import type { ConnectionOptions, TlsOptions } from 'node:tls';

/** RFC 8323 §8.2: the ALPN protocol ID of CoAP over TLS. */
export const ALPN = ['coap'];

/** PSK suites offered by default: the TLS 1.2 AEAD ones (RFC 5487, RFC 6655). */
export const DEFAULT_PSK_CIPHERS = 'PSK-AES128-GCM-SHA256:PSK-AES128-CCM:PSK-AES128-CCM8';

export interface TlsServerCertOptions {
  cert: string | Buffer;
  key: string | Buffer;
  /** Trust anchors for client certificates. */
  ca?: string | Buffer | (string | Buffer)[];
  /** Ask for (and with `ca`, require) a client certificate. */
  requestCert?: boolean;
}

export interface TlsServerPskOptions {
  /** The key for a PSK identity, or undefined to refuse it (the handshake then fails). */
  pskCallback: (identity: string) => Buffer | undefined;
  pskIdentityHint?: string;
  ciphers?: string;
}

export type TlsServerOptions = TlsServerCertOptions | TlsServerPskOptions;

export interface TlsClientOptions {
  /** Trust anchors for the server certificate. */
  ca?: string | Buffer | (string | Buffer)[];
  /** SNI and the name the certificate must carry (RFC 6125). */
  servername?: string;
  cert?: string | Buffer;
  key?: string | Buffer;
  /** Default true; false skips the certificate check (tests only). */
  rejectUnauthorized?: boolean;
  /**
   * The server's own certificate (DER): accepted only when the peer presents exactly this certificate
   * (RFC 6698 §2.1.1 usages 1 and 3; LwM2M /0/x/4 with Certificate Usage 1 or 3). The chain and the
   * host name are not checked then; `ca` and `servername` are ignored for the check (see pinnedCertificateError).
   */
  pinnedCertificate?: Buffer;
  psk?: { identity: string; key: Buffer };
  ciphers?: string;
}

/** The PSK identity each server-side TLS socket authenticated (set in the PSK callback; peer-identity.ts). */
export const pskIdentities = new WeakMap<object, string>();

export function serverTlsOptions(options: TlsServerOptions): TlsOptions {
  if ('pskCallback' in options) {
    const lookup = options.pskCallback;
    return {
      ALPNProtocols: ALPN,
      ciphers: options.ciphers ?? DEFAULT_PSK_CIPHERS,
      maxVersion: 'TLSv1.2', // Node's pskCallback is TLS 1.2 PSK (no TLS 1.3 external PSK)
      pskIdentityHint: options.pskIdentityHint,
      pskCallback: (socket, identity) => {
        const key = lookup(identity);
        if (key !== undefined) pskIdentities.set(socket, identity);
        return key ?? null;
      },
    };
  }
  return {
    ALPNProtocols: ALPN,
    cert: options.cert,
    key: options.key,
    ca: options.ca,
    requestCert: options.requestCert ?? false,
    rejectUnauthorized: options.requestCert === true && options.ca !== undefined,
  };
}

export function clientTlsOptions(options: TlsClientOptions): ConnectionOptions {
  if (options.psk !== undefined) {
    const psk = options.psk;
    return {
      ALPNProtocols: ALPN,
      ciphers: options.ciphers ?? DEFAULT_PSK_CIPHERS,
      maxVersion: 'TLSv1.2',
      checkServerIdentity: () => undefined, // PSK: no certificate to check
      pskCallback: () => ({ psk: psk.key, identity: psk.identity }),
    };
  }
  return {
    ALPNProtocols: ALPN,
    ca: options.ca,
    servername: options.servername,
    cert: options.cert,
    key: options.key,
    ciphers: options.ciphers,
    // A pinned certificate is compared byte for byte once the handshake is done (client.ts); node's
    // chain check would refuse a CA-issued one whose CA we do not hold, and node calls
    // checkServerIdentity only after a chain check that passed.
    rejectUnauthorized: options.pinnedCertificate !== undefined ? false : (options.rejectUnauthorized ?? true),
  };
}

/**
 * Why the server's certificate is refused under `pinnedCertificate`, or undefined when it is exactly
 * the pinned one (RFC 6698 §2.1.1: usage 1/3 match the end-entity certificate itself).
 */
export function pinnedCertificateError(options: TlsClientOptions, peerCertificate: { raw?: Buffer } | undefined): Error | undefined {
  const pinned = options.pinnedCertificate;
  if (pinned === undefined || options.psk !== undefined) return undefined;
  const raw = peerCertificate?.raw;
  if (raw === undefined || raw.length === 0) return new Error('the server presented no certificate (a pinned certificate was expected)');
  if (raw.equals(pinned)) return undefined;
  return new Error('the server certificate is not the pinned certificate (Certificate Usage 1/3: exact match required, RFC 6698 §2.1.1)');
}
