/**
 * Credentials → an OpenSSL context. LwM2M mandates TLS_PSK_WITH_AES_128_CCM_8 for PSK and
 * TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 for certificates (TS-Transport §5.2.8.1–5.2.8.3, RFC 7925).
 */
import { loadAddon, type NativeContext } from './native';

/** OpenSSL names of the LwM2M mandatory suites. */
export const PSK_CCM8 = 'PSK-AES128-CCM8';
export const ECDHE_ECDSA_CCM8 = 'ECDHE-ECDSA-AES128-CCM8';

export interface CertificateCredentials {
  /** PEM: our certificate, then any intermediates. */
  cert?: string;
  /** PEM private key (P-256 for ECDHE-ECDSA). */
  key?: string;
  /** PEM trust anchors for the peer's certificate. */
  ca?: string;
  /**
   * PEM: the peer must present exactly this certificate (RFC 6698 §2.1.1 usages 1 and 3; LwM2M /0/x/4
   * with Certificate Usage 1 or 3), CA-issued or self-signed; `ca` and the host name are not checked
   * then. Another certificate fails the handshake with "certificate rejected".
   */
  pinnedCert?: string;
  /** OpenSSL cipher list; default: the LwM2M suites for the credentials given. */
  ciphers?: string;
}

export function defaultCiphers(psk: boolean, cert: boolean): string {
  const suites = [...(psk ? [PSK_CCM8] : []), ...(cert ? [ECDHE_ECDSA_CCM8] : [])];
  return (suites.length > 0 ? suites : [PSK_CCM8, ECDHE_ECDSA_CCM8]).join(':');
}

export function createContext(role: 'server' | 'client', credentials: CertificateCredentials & { psk: boolean; pskHint?: string; requirePeerCert?: boolean }): NativeContext {
  const addon = loadAddon();
  const withCert = credentials.cert !== undefined || credentials.ca !== undefined || credentials.pinnedCert !== undefined;
  return addon.createContext({
    server: role === 'server',
    ciphers: credentials.ciphers ?? defaultCiphers(credentials.psk, withCert),
    pskHint: credentials.pskHint,
    cert: credentials.cert,
    key: credentials.key,
    ca: credentials.ca,
    pinnedCert: credentials.pinnedCert,
    // A client checks the server's chain whenever it has trust anchors (or a pinned certificate); a server asks for a client certificate then too.
    verifyPeer: credentials.ca !== undefined || credentials.pinnedCert !== undefined,
    requirePeerCert: credentials.requirePeerCert ?? false,
  });
}
