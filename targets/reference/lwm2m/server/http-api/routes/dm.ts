/**
 * Device Management routes: one POST per operation (docs/server-control-api.md "Operations").
 */
import { parsePath } from '../../../model/path';
import { badRequest } from '../errors';
import { optionalInteger, optionalString, stringArray, stringField } from '../body';
import { fromJsonRecords, fromJsonValue } from '../json-values';
import type { AttributeValue } from '../../dm/attributes';
import type { Route } from '../router';
import { runRequest } from './common';

const CF = (body: Record<string, unknown>, name = 'contentFormat'): number | undefined => optionalInteger(body, name, 0, 65535);

function attributesOf(body: Record<string, unknown>): Record<string, AttributeValue> {
  const a = body['attributes'];
  if (typeof a !== 'object' || a === null || Array.isArray(a)) throw badRequest('"attributes" must be an object like {"pmin": 10, "st": null}');
  for (const [name, value] of Object.entries(a)) {
    if (value !== null && typeof value !== 'number') throw badRequest(`attribute "${name}" must be a number, or null to remove it`);
  }
  return a as Record<string, AttributeValue>;
}

export const dmRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/clients/:ep/read',
    handler: (ctx) => runRequest(ctx, (ep) => ctx.server.dm.read(ep, stringField(ctx.body, 'path'), CF(ctx.body, 'accept'))),
  },
  {
    method: 'POST',
    pattern: '/v1/clients/:ep/discover',
    handler: (ctx) => runRequest(ctx, (ep) => ctx.server.dm.discover(ep, stringField(ctx.body, 'path'), optionalInteger(ctx.body, 'depth', 0, 3))),
  },
  {
    method: 'POST',
    pattern: '/v1/clients/:ep/write',
    handler: (ctx) =>
      runRequest(ctx, (ep) => {
        const path = stringField(ctx.body, 'path');
        const mode = optionalString(ctx.body, 'mode') ?? 'replace';
        if (mode !== 'replace' && mode !== 'partial') throw badRequest('"mode" is "replace" (PUT) or "partial" (POST)');
        const hasValue = ctx.body['value'] !== undefined;
        if (hasValue === (ctx.body['records'] !== undefined)) throw badRequest('give exactly one of "value" (one resource) or "records"');
        const content = hasValue ? fromJsonValue(ctx.body['value'], 'value') : fromJsonRecords(ctx.body['records']);
        const contentFormat = CF(ctx.body);
        return ctx.server.dm.write(ep, path, content, { partialUpdate: mode === 'partial', ...(contentFormat !== undefined ? { contentFormat } : {}) });
      }),
  },
  {
    method: 'POST',
    pattern: '/v1/clients/:ep/write-attributes',
    handler: (ctx) => runRequest(ctx, (ep) => ctx.server.dm.writeAttributes(ep, stringField(ctx.body, 'path'), attributesOf(ctx.body))),
  },
  {
    method: 'POST',
    pattern: '/v1/clients/:ep/execute',
    handler: (ctx) => runRequest(ctx, (ep) => ctx.server.dm.execute(ep, stringField(ctx.body, 'path'), optionalString(ctx.body, 'args'))),
  },
  {
    method: 'POST',
    pattern: '/v1/clients/:ep/create',
    handler: (ctx) => runRequest(ctx, (ep) => ctx.server.dm.create(ep, stringField(ctx.body, 'path'), fromJsonRecords(ctx.body['records']), CF(ctx.body))),
  },
  {
    method: 'POST',
    pattern: '/v1/clients/:ep/delete',
    handler: (ctx) => runRequest(ctx, (ep) => ctx.server.dm.delete(ep, stringField(ctx.body, 'path'))),
  },
  {
    method: 'POST',
    pattern: '/v1/clients/:ep/read-composite',
    handler: (ctx) => runRequest(ctx, (ep) => ctx.server.dm.readComposite(ep, stringArray(ctx.body, 'paths').map(parsePath), CF(ctx.body), CF(ctx.body, 'accept'))),
  },
  {
    method: 'POST',
    pattern: '/v1/clients/:ep/write-composite',
    handler: (ctx) => runRequest(ctx, (ep) => ctx.server.dm.writeComposite(ep, fromJsonRecords(ctx.body['records']), CF(ctx.body))),
  },
];
