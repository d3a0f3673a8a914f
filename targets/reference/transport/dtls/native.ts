/**
 * The compiled addon (native/, built by `npm install` through scripts/build-native.js) and its types.
 * Loading fails with one line that says how to build it.
 */
import { join } from 'node:path';

declare const nativeContext: unique symbol;
declare const nativeSession: unique symbol;
export type NativeContext = { readonly [nativeContext]: true };
export type NativeSession = { readonly [nativeSession]: true };

export interface NativeContextOptions {
  server: boolean;
  /** OpenSSL cipher list, e.g. `PSK-AES128-CCM8:ECDHE-ECDSA-AES128-CCM8`. */
  ciphers: string;
  pskHint?: string;
  /** PEM: leaf first, then intermediates. */
  cert?: string;
  key?: string;
  /** PEM trust anchors. */
  ca?: string;
  /** PEM: the one certificate the peer must present (RFC 6698 §2.1.1 usages 1/3); chain and name unchecked. */
  pinnedCert?: string;
  verifyPeer: boolean;
  requirePeerCert: boolean;
  securityLevel?: number;
}

export interface NativeSessionOptions {
  /** Server: the HelloVerifyRequest cookie for this peer (RFC 6347 §4.2.1). */
  cookie?: Buffer;
  /** Server: PSK identity → key (RFC 4279 §5.1); undefined = unknown identity. */
  pskLookup?: (identity: string) => Buffer | undefined;
  pskIdentity?: string;
  pskKey?: Buffer;
  /** Client: the name the server certificate must carry (RFC 6125 via SSL_set1_host). */
  host?: string;
  /** Client: server_name extension (RFC 6066 §3), DNS names only. */
  sni?: string;
  mtu?: number;
  /** RFC 6347 §4.2.4.1 initial retransmission timer (default 1000 ms; doubled per expiry up to 60 s). */
  initialTimeoutMs?: number;
}

/** What one call did: records to send, application data received, state, OpenSSL's reason on failure. */
export interface NativeOutcome {
  out: Buffer | null;
  data: Buffer[];
  connected: boolean;
  closed: boolean;
  error: string | null;
}

export interface NativeSessionInfo {
  cipher?: string;
  version?: string;
  pskIdentity?: string;
  pskHint?: string;
  peerSubject?: string;
  peerCommonName?: string;
  /** The peer's certificate (DER), when it sent one. */
  peerCertificate?: Buffer;
}

export interface DtlsAddon {
  opensslVersion: string;
  createContext(options: NativeContextOptions): NativeContext;
  createSession(context: NativeContext, options: NativeSessionOptions): NativeSession;
  feed(session: NativeSession, datagram: Buffer): NativeOutcome;
  handshake(session: NativeSession): NativeOutcome;
  write(session: NativeSession, data: Buffer): NativeOutcome;
  timeout(session: NativeSession): number;
  handleTimeout(session: NativeSession): NativeOutcome;
  shutdown(session: NativeSession): NativeOutcome;
  info(session: NativeSession): NativeSessionInfo;
  /** OpenSSL's handshake state, e.g. `SSLv3/TLS write finished`. */
  state(session: NativeSession): string;
  free(session: NativeSession): void;
}

export const ADDON_PATH = join(__dirname, 'native', 'build', 'Release', 'testfest_dtls.node');

let addon: DtlsAddon | undefined;

/** The addon, loaded once; throws one line naming the build command if it is missing. */
export function loadAddon(): DtlsAddon {
  if (addon !== undefined) return addon;
  try {
    addon = require(ADDON_PATH) as DtlsAddon;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' ? 'not built' : (error as Error).message.split('\n')[0];
    throw new Error(`DTLS addon ${reason}: run \`npm install\` or \`node targets/reference/transport/dtls/native/build.js\``, { cause: error });
  }
  return addon;
}
