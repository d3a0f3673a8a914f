/**
 * Registrations, Sends, queued requests, the event log and the server's own description
 * (docs/server-control-api.md "Clients", "Events").
 */
import { SUPPORTED_VERSIONS } from '../../register-params';
import { registrationSummary } from '../../summaries';
import { HttpError } from '../errors';
import { requestJson, sendJson } from '../result-json';
import type { Route } from '../router';
import { requireClient } from './common';

/** Longest long-poll of GET /v1/events, wall-clock ms. */
export const MAX_EVENT_WAIT_MS = 30_000;

function nonNegative(value: string | null, name: string, max = Number.MAX_SAFE_INTEGER): number {
  if (value === null) return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new HttpError(400, 'bad-request', `query parameter ${name} must be a non-negative integer`);
  return Math.min(n, max);
}

export function clientRoutes(info: () => Record<string, unknown>): Route[] {
  return [
    { method: 'GET', pattern: '/v1/server', handler: () => ({ body: { ...info(), versions: SUPPORTED_VERSIONS } }) },
    { method: 'GET', pattern: '/v1/clients', handler: (ctx) => ({ body: ctx.server.registrations().map(registrationSummary) }) },
    {
      method: 'GET',
      pattern: '/v1/clients/:ep',
      handler: (ctx) => {
        const registration = requireClient(ctx.server, ctx.params['ep']!);
        return { body: { ...registrationSummary(registration), awake: ctx.server.isAwake(registration.endpoint), queued: ctx.server.downlink.pending(registration.endpoint).map(requestJson) } };
      },
    },
    { method: 'GET', pattern: '/v1/clients/:ep/sends', handler: (ctx) => ({ body: ctx.server.sends.received(ctx.params['ep']!).map(sendJson) }) },
    {
      method: 'GET',
      pattern: '/v1/requests/:id',
      handler: (ctx) => {
        const request = ctx.server.downlink.get(ctx.params['id']!);
        if (!request) throw new HttpError(404, 'unknown-request', `no request ${ctx.params['id']}`);
        return { body: requestJson(request) };
      },
    },
    {
      method: 'GET',
      pattern: '/v1/events',
      async handler(ctx) {
        const since = nonNegative(ctx.query.get('since'), 'since');
        const wait = nonNegative(ctx.query.get('wait'), 'wait', MAX_EVENT_WAIT_MS);
        const events = await ctx.server.events.wait(since, wait);
        return { body: { events, last: ctx.server.events.lastSeq } };
      },
    },
  ];
}
