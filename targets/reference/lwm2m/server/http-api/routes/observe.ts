/**
 * Information Reporting routes: observe, observe-composite, cancel, and what came back
 * (docs/server-control-api.md "Observations").
 */
import { parsePath } from '../../../model/path';
import { awaitRequest } from '../await-request';
import { optionalInteger, optionalString, stringArray, stringField } from '../body';
import { badRequest, HttpError } from '../errors';
import { dmResultJson, notificationJson, observationJson } from '../result-json';
import type { Route } from '../router';
import { requireClient, runRequest } from './common';

export const observeRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/clients/:ep/observe',
    handler: (ctx) => runRequest(ctx, (ep) => ctx.server.dm.observe(ep, stringField(ctx.body, 'path'), optionalInteger(ctx.body, 'accept'))),
  },
  {
    method: 'POST',
    pattern: '/v1/clients/:ep/observe-composite',
    handler: (ctx) =>
      runRequest(ctx, (ep) =>
        ctx.server.dm.observeComposite(ep, stringArray(ctx.body, 'paths').map(parsePath), optionalInteger(ctx.body, 'contentFormat'), optionalInteger(ctx.body, 'accept')),
      ),
  },
  {
    method: 'POST',
    pattern: '/v1/clients/:ep/cancel-observe',
    async handler(ctx) {
      const endpoint = ctx.params['ep']!;
      requireClient(ctx.server, endpoint);
      const id = stringField(ctx.body, 'observationId');
      const mode = optionalString(ctx.body, 'mode') ?? 'active';
      if (mode !== 'active' && mode !== 'passive') throw badRequest('"mode" is "active" (Observe=1) or "passive" (RST on the next notification)');
      const observation = ctx.server.observations.get(endpoint, id);
      if (!observation || observation.ended) throw new HttpError(404, 'unknown-observation', `no active observation ${id} for "${endpoint}"`);
      if (mode === 'passive') {
        ctx.server.dm.forgetObservation(observation);
        return { body: observationJson(observation) };
      }
      const request = ctx.server.dm.cancelObservation(observation);
      const result = await awaitRequest(request, ctx.server.isAwake(endpoint), optionalInteger(ctx.body, 'timeoutMs', 1, 600_000));
      return { body: { ...dmResultJson(result, request.id), observation: observationJson(observation) } };
    },
  },
  {
    method: 'GET',
    pattern: '/v1/clients/:ep/observations',
    handler: (ctx) => {
      const endpoint = ctx.params['ep']!;
      return { body: ctx.server.observations.all(endpoint, true).map((o) => observationJson(o)) };
    },
  },
  {
    method: 'GET',
    pattern: '/v1/clients/:ep/observations/:id',
    handler: (ctx) => {
      const observation = ctx.server.observations.get(ctx.params['ep']!, ctx.params['id']!);
      if (!observation) throw new HttpError(404, 'unknown-observation', `no observation ${ctx.params['id']} for "${ctx.params['ep']}"`);
      return { body: observationJson(observation, true) };
    },
  },
  {
    method: 'GET',
    pattern: '/v1/clients/:ep/notifications',
    handler: (ctx) => {
      const only = ctx.query.get('observation');
      const since = Number(ctx.query.get('since') ?? 0);
      const all = ctx.server.observations
        .all(ctx.params['ep']!, true)
        .filter((o) => only === null || o.id === only)
        .flatMap((o) => o.notifications.filter((n) => n.at > since).map((n) => ({ at: n.at, json: { observationId: o.id, ...notificationJson(n) } })));
      return { body: all.sort((a, b) => a.at - b.at).map((n) => n.json) };
    },
  },
];
