/**
 * Where each client's own HTTP server is, for the http listener (TS-Transport 1.2 §7, binding H).
 * Over HTTP the LwM2M Client is the HTTP server of Device Management (§7.1.4), but neither §7 nor
 * the Register (TS-Core 1.2 §6.2.1.2) carries the client's URL: there is no discovery. So whoever
 * runs the client tells the server, per endpoint name — through the control API
 * (`PUT /v1/http-clients/{ep}`, docs/server-control-api.md) or `ReferenceServerOptions.httpClientUrl`.
 * This is a non-standard side channel, not part of the LwM2M interfaces.
 */

export class HttpClientUrls {
  private readonly urls = new Map<string, string>();

  /** `fallback` answers for endpoints the table has no entry for (the start option). */
  constructor(private readonly fallback?: (endpointName: string) => string | undefined) {}

  /** Throws RangeError unless `url` is an absolute http: URL with a host, no query, no fragment; stores its origin. */
  set(endpointName: string, url: string): string {
    if (endpointName === '') throw new RangeError('the endpoint name must not be empty');
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new RangeError(`"${url}" is not a URL`);
    }
    // Plain http only: the reference server's http listener has no TLS towards clients (https client URLs need trust anchors).
    if (parsed.protocol !== 'http:') throw new RangeError(`"${url}" must be an http:// URL (the client's own HTTP server)`);
    if (parsed.hostname === '') throw new RangeError(`"${url}" has no host`);
    if (parsed.search !== '' || parsed.hash !== '' || (parsed.pathname !== '/' && parsed.pathname !== '')) {
      throw new RangeError(`"${url}" must be a base URL (scheme, host, port): DM requests use the object paths (TS-Transport 1.2 §7.1.4)`);
    }
    this.urls.set(endpointName, parsed.origin);
    return parsed.origin;
  }

  get(endpointName: string): string | undefined {
    return this.urls.get(endpointName) ?? this.fallback?.(endpointName);
  }

  /** Only the entries set through `set` (not the fallback's). */
  entries(): Array<[string, string]> {
    return [...this.urls.entries()];
  }

  delete(endpointName: string): boolean {
    return this.urls.delete(endpointName);
  }

  clear(): void {
    this.urls.clear();
  }
}
