/**
 * The server's security store, like Leshan's SecurityInfo: which credentials each Endpoint Client
 * Name must present (TS-Transport §5.2.6: the server binds the endpoint name to the authenticated
 * identity). An endpoint is provisioned with a pre-shared key — its PSK identity and key, RFC 4279 —
 * or as a certificate client whose certificate Common Name is the endpoint name. The DTLS and
 * TLS-PSK listeners ask it for the key of an identity during the handshake (`pskKey`). An endpoint
 * may instead hold an OSCORE Security Context (RFC 8613; oscore-credentials.ts): the coap listener
 * verifies requests with the contexts in `oscoreContexts`, and the request's kid names the endpoint.
 */
import { OscoreConfigurationError, OscoreContextStore, type SecurityContext } from '../../../transport/oscore';
import { copyOscore, oscoreKeyOf, oscoreKeyOfCredentials, serverSecurityContext, type OscoreCredentials } from './oscore-credentials';

export type { OscoreCredentials } from './oscore-credentials';

export interface PskCredentials {
  /** PSK identity (TS-Core App. E.1 /0/x/3; at most 128 bytes, TS-Transport §5.2.8.1). */
  identity: string;
  /** The key (/0/x/5; at most 64 bytes). */
  key: Buffer;
}

export type SecurityInfo = { psk: PskCredentials } | { x509: true } | { oscore: OscoreCredentials };

export class SecurityConflictError extends Error {
  override readonly name = 'SecurityConflictError';
}

const MAX_IDENTITY_BYTES = 128;
const MAX_KEY_BYTES = 64;

export class SecurityStore {
  private readonly byEndpoint = new Map<string, SecurityInfo>();
  private readonly endpointByIdentity = new Map<string, string>();
  /** OSCORE: endpoint → its derived Security Context, and (Recipient ID, ID Context) → endpoint. */
  private readonly oscoreByEndpoint = new Map<string, SecurityContext>();
  private readonly endpointByOscoreKey = new Map<string, string>();
  /** The contexts the OSCORE listener verifies requests with; kept in step with the provisioned endpoints. */
  readonly oscoreContexts = new OscoreContextStore([]);

  /** Provisions (or replaces) an endpoint's credentials; a PSK identity names one endpoint only. */
  set(endpoint: string, info: SecurityInfo): void {
    if ('psk' in info) {
      const { identity, key } = info.psk;
      if (identity === '' || Buffer.byteLength(identity, 'utf8') > MAX_IDENTITY_BYTES) throw new RangeError(`PSK identity must be 1..${MAX_IDENTITY_BYTES} bytes`);
      if (key.length === 0 || key.length > MAX_KEY_BYTES) throw new RangeError(`PSK key must be 1..${MAX_KEY_BYTES} bytes`);
      const owner = this.endpointByIdentity.get(identity);
      if (owner !== undefined && owner !== endpoint) throw new SecurityConflictError(`PSK identity "${identity}" is already provisioned for endpoint "${owner}"`);
    }
    let context: SecurityContext | undefined;
    if ('oscore' in info) {
      const owner = this.endpointByOscoreKey.get(oscoreKeyOfCredentials(info.oscore));
      if (owner !== undefined && owner !== endpoint) throw new SecurityConflictError(`OSCORE Recipient ID ${info.oscore.recipientId.toString('hex')} is already provisioned for endpoint "${owner}"`);
      try {
        context = serverSecurityContext(info.oscore);
      } catch (error) {
        if (error instanceof OscoreConfigurationError) throw new RangeError(error.message);
        throw error;
      }
    }
    this.delete(endpoint);
    this.byEndpoint.set(endpoint, 'psk' in info ? { psk: { identity: info.psk.identity, key: Buffer.from(info.psk.key) } } : 'oscore' in info ? { oscore: copyOscore(info.oscore) } : { x509: true });
    if ('psk' in info) this.endpointByIdentity.set(info.psk.identity, endpoint);
    if ('oscore' in info && context !== undefined) {
      this.oscoreByEndpoint.set(endpoint, context);
      this.endpointByOscoreKey.set(oscoreKeyOfCredentials(info.oscore), endpoint);
      this.oscoreContexts.add(context);
    }
  }

  get(endpoint: string): SecurityInfo | undefined {
    return this.byEndpoint.get(endpoint);
  }

  delete(endpoint: string): boolean {
    const info = this.byEndpoint.get(endpoint);
    if (info === undefined) return false;
    if ('psk' in info) this.endpointByIdentity.delete(info.psk.identity);
    if ('oscore' in info) {
      this.endpointByOscoreKey.delete(oscoreKeyOfCredentials(info.oscore));
      const context = this.oscoreByEndpoint.get(endpoint);
      if (context !== undefined) this.oscoreContexts.remove(context);
      this.oscoreByEndpoint.delete(endpoint);
    }
    return this.byEndpoint.delete(endpoint);
  }

  /** The endpoint whose OSCORE context has this Recipient ID (the request's kid) and ID Context, hex. */
  endpointOfOscore(kidHex: string, idContextHex: string | undefined): string | undefined {
    return this.endpointByOscoreKey.get(oscoreKeyOf(kidHex, idContextHex));
  }

  /** The endpoint a PSK identity was provisioned for. */
  endpointOfIdentity(identity: string): string | undefined {
    return this.endpointByIdentity.get(identity);
  }

  /** The handshake's lookup: the key of a known identity, undefined for an unknown one (the handshake then fails). */
  pskKey(identity: string): Buffer | undefined {
    const endpoint = this.endpointByIdentity.get(identity);
    const info = endpoint === undefined ? undefined : this.byEndpoint.get(endpoint);
    return info !== undefined && 'psk' in info ? info.psk.key : undefined;
  }

  entries(): Array<[string, SecurityInfo]> {
    return [...this.byEndpoint.entries()];
  }

  clear(): void {
    for (const endpoint of [...this.byEndpoint.keys()]) this.delete(endpoint);
    this.byEndpoint.clear();
    this.endpointByIdentity.clear();
  }
}
