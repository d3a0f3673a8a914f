/**
 * Security provisioning (docs/server-control-api.md "Security"): which credentials an endpoint must
 * present, like Leshan's SecurityInfo — a PSK identity and key, or `x509` (a certificate whose
 * Common Name is the endpoint name). The server binds the endpoint name to them (TS-Transport §5.2.6).
 * Keys go in as hex and never come back out: GET shows the identity only.
 */
import { badRequest, HttpError } from '../errors';
import type { Route } from '../router';
import { SecurityConflictError, type SecurityInfo } from '../../security/security-store';

const HEX = /^(?:[0-9a-fA-F]{2})+$/;

function parseInfo(body: Record<string, unknown>): SecurityInfo {
  const psk = body['psk'];
  if (body['x509'] === true && psk === undefined) return { x509: true };
  if (typeof psk !== 'object' || psk === null || Array.isArray(psk) || body['x509'] !== undefined) {
    throw badRequest('body must be {"psk": {"identity": "...", "keyHex": "..."}} or {"x509": true}');
  }
  const { identity, keyHex } = psk as Record<string, unknown>;
  if (typeof identity !== 'string' || identity === '') throw badRequest('"psk.identity" must be a non-empty string');
  if (typeof keyHex !== 'string' || !HEX.test(keyHex)) throw badRequest('"psk.keyHex" must be an even-length hex string');
  return { psk: { identity, key: Buffer.from(keyHex, 'hex') } };
}

/** What GET shows: never the key. */
function describe(endpoint: string, info: SecurityInfo): Record<string, unknown> {
  return 'psk' in info ? { endpoint, psk: { identity: info.psk.identity } } : { endpoint, x509: true };
}

export const securityRoutes: Route[] = [
  { method: 'GET', pattern: '/v1/security', handler: (ctx) => ({ body: ctx.server.security.entries().map(([ep, info]) => describe(ep, info)) }) },
  {
    method: 'GET',
    pattern: '/v1/security/:ep',
    handler: (ctx) => {
      const info = ctx.server.security.get(ctx.params['ep']!);
      if (info === undefined) throw new HttpError(404, 'unknown-endpoint', `no security is provisioned for endpoint "${ctx.params['ep']}"`);
      return { body: describe(ctx.params['ep']!, info) };
    },
  },
  {
    method: 'PUT',
    pattern: '/v1/security/:ep',
    handler: (ctx) => {
      const endpoint = ctx.params['ep']!;
      try {
        ctx.server.security.set(endpoint, parseInfo(ctx.body));
      } catch (error) {
        if (error instanceof SecurityConflictError) throw new HttpError(409, 'identity-in-use', error.message);
        if (error instanceof RangeError) throw badRequest(error.message);
        throw error;
      }
      return { body: describe(endpoint, ctx.server.security.get(endpoint)!) };
    },
  },
  {
    method: 'DELETE',
    pattern: '/v1/security/:ep',
    handler: (ctx) => {
      if (!ctx.server.security.delete(ctx.params['ep']!)) throw new HttpError(404, 'unknown-endpoint', `no security is provisioned for endpoint "${ctx.params['ep']}"`);
      return { status: 200, body: { endpoint: ctx.params['ep'], deleted: true } };
    },
  },
];
