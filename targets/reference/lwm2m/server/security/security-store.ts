/**
 * The server's security store, like Leshan's SecurityInfo: which credentials each Endpoint Client
 * Name must present (TS-Transport §5.2.6: the server binds the endpoint name to the authenticated
 * identity). An endpoint is provisioned with a pre-shared key — its PSK identity and key, RFC 4279 —
 * or as a certificate client whose certificate Common Name is the endpoint name. The DTLS and
 * TLS-PSK listeners ask it for the key of an identity during the handshake (`pskKey`).
 */

export interface PskCredentials {
  /** PSK identity (TS-Core App. E.1 /0/x/3; at most 128 bytes, TS-Transport §5.2.8.1). */
  identity: string;
  /** The key (/0/x/5; at most 64 bytes). */
  key: Buffer;
}

export type SecurityInfo = { psk: PskCredentials } | { x509: true };

export class SecurityConflictError extends Error {
  override readonly name = 'SecurityConflictError';
}

const MAX_IDENTITY_BYTES = 128;
const MAX_KEY_BYTES = 64;

export class SecurityStore {
  private readonly byEndpoint = new Map<string, SecurityInfo>();
  private readonly endpointByIdentity = new Map<string, string>();

  /** Provisions (or replaces) an endpoint's credentials; a PSK identity names one endpoint only. */
  set(endpoint: string, info: SecurityInfo): void {
    if ('psk' in info) {
      const { identity, key } = info.psk;
      if (identity === '' || Buffer.byteLength(identity, 'utf8') > MAX_IDENTITY_BYTES) throw new RangeError(`PSK identity must be 1..${MAX_IDENTITY_BYTES} bytes`);
      if (key.length === 0 || key.length > MAX_KEY_BYTES) throw new RangeError(`PSK key must be 1..${MAX_KEY_BYTES} bytes`);
      const owner = this.endpointByIdentity.get(identity);
      if (owner !== undefined && owner !== endpoint) throw new SecurityConflictError(`PSK identity "${identity}" is already provisioned for endpoint "${owner}"`);
    }
    this.delete(endpoint);
    this.byEndpoint.set(endpoint, 'psk' in info ? { psk: { identity: info.psk.identity, key: Buffer.from(info.psk.key) } } : { x509: true });
    if ('psk' in info) this.endpointByIdentity.set(info.psk.identity, endpoint);
  }

  get(endpoint: string): SecurityInfo | undefined {
    return this.byEndpoint.get(endpoint);
  }

  delete(endpoint: string): boolean {
    const info = this.byEndpoint.get(endpoint);
    if (info === undefined) return false;
    if ('psk' in info) this.endpointByIdentity.delete(info.psk.identity);
    return this.byEndpoint.delete(endpoint);
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
    this.byEndpoint.clear();
    this.endpointByIdentity.clear();
  }
}
