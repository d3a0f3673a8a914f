/**
 * Security provisioning (docs/server-control-api.md "Security"): which credentials an endpoint must
 * present, like Leshan's SecurityInfo — a PSK identity and key, or `x509` (a certificate whose
 * Common Name is the endpoint name), or an OSCORE context (RFC 8613, server's view: `senderIdHex` is
 * the server's Sender ID = the client's /21/y/2 Recipient ID; `recipientIdHex` the client's /21/y/1
 * Sender ID). The server binds the endpoint name to them (TS-Transport §5.2.6).
 * Keys go in as hex and never come back out: GET shows the identity only.
 */
import { badRequest, HttpError } from '../errors';
import type { Route } from '../router';
import { SecurityConflictError, type SecurityInfo } from '../../security/security-store';

const HEX = /^(?:[0-9a-fA-F]{2})+$/;

function hexField(o: Record<string, unknown>, name: string, required: boolean, allowEmpty = false): Buffer | undefined {
  const v = o[name];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string' || !(HEX.test(v) || (allowEmpty && v === ''))) throw badRequest(`"oscore.${name}" must be ${allowEmpty ? 'a' : 'a non-empty'} even-length hex string`);
  return Buffer.from(v, 'hex');
}

function intField(o: Record<string, unknown>, name: string): number | undefined {
  const v = o[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw badRequest(`"oscore.${name}" must be an integer (a COSE algorithm id)`);
  return v;
}

/** RFC 8613 §3.3: Sender/Recipient IDs may be empty (0 bytes); the Master Secret may not. */
function parseOscore(o: unknown): SecurityInfo {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw badRequest('"oscore" must be an object');
  const r = o as Record<string, unknown>;
  const known = ['masterSecretHex', 'masterSaltHex', 'senderIdHex', 'recipientIdHex', 'idContextHex', 'aead', 'hkdf'];
  const unknown = Object.keys(r).find((k) => !known.includes(k));
  if (unknown !== undefined) throw badRequest(`"oscore.${unknown}" is not a field (known: ${known.join(', ')})`);
  return {
    oscore: {
      masterSecret: hexField(r, 'masterSecretHex', true)!,
      masterSalt: hexField(r, 'masterSaltHex', false, true),
      senderId: hexField(r, 'senderIdHex', true, true)!,
      recipientId: hexField(r, 'recipientIdHex', true, true)!,
      idContext: hexField(r, 'idContextHex', false, true),
      aead: intField(r, 'aead'),
      hkdf: intField(r, 'hkdf'),
    },
  };
}

function parseInfo(body: Record<string, unknown>): SecurityInfo {
  if (body['oscore'] !== undefined) {
    if (body['psk'] !== undefined || body['x509'] !== undefined) throw badRequest('"oscore" cannot be combined with "psk" or "x509"');
    return parseOscore(body['oscore']);
  }
  const psk = body['psk'];
  if (body['x509'] === true && psk === undefined) return { x509: true };
  if (typeof psk !== 'object' || psk === null || Array.isArray(psk) || body['x509'] !== undefined) {
    throw badRequest('body must be {"psk": {"identity": "...", "keyHex": "..."}}, {"x509": true} or {"oscore": {"masterSecretHex": "...", "senderIdHex": "...", "recipientIdHex": "..."}}');
  }
  const { identity, keyHex } = psk as Record<string, unknown>;
  if (typeof identity !== 'string' || identity === '') throw badRequest('"psk.identity" must be a non-empty string');
  if (typeof keyHex !== 'string' || !HEX.test(keyHex)) throw badRequest('"psk.keyHex" must be an even-length hex string');
  return { psk: { identity, key: Buffer.from(keyHex, 'hex') } };
}

/** What GET shows: never the key (nor the OSCORE Master Secret/Salt). */
function describe(endpoint: string, info: SecurityInfo): Record<string, unknown> {
  if ('oscore' in info) {
    const { senderId, recipientId, idContext, aead, hkdf } = info.oscore;
    return { endpoint, oscore: { senderIdHex: senderId.toString('hex'), recipientIdHex: recipientId.toString('hex'), ...(idContext ? { idContextHex: idContext.toString('hex') } : {}), aead: aead ?? 10, hkdf: hkdf ?? -10 } };
  }
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
