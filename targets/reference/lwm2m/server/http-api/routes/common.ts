/**
 * Helpers shared by the route files: the client named in the URL, and running one DM request.
 */
import type { DownlinkRequest } from '../../downlink/downlink';
import type { DmResult } from '../../dm/results';
import type { ReferenceLwm2mServer } from '../../reference-server';
import type { Registration } from '../../registration-store';
import { awaitRequest } from '../await-request';
import { optionalInteger } from '../body';
import { HttpError } from '../errors';
import { dmResultJson } from '../result-json';
import type { Reply, RouteContext } from '../router';

export function requireClient(server: ReferenceLwm2mServer, endpoint: string): Registration {
  const registration = server.registration(endpoint);
  if (!registration) throw new HttpError(404, 'unknown-client', `no client is registered with endpoint name "${endpoint}"`);
  return registration;
}

/** Submits with `submit` (which may throw a 400-worthy error) and answers with the decoded result. */
export async function runRequest(ctx: RouteContext, submit: (endpoint: string) => DownlinkRequest<DmResult>): Promise<Reply> {
  const endpoint = ctx.params['ep']!;
  requireClient(ctx.server, endpoint);
  const timeoutMs = optionalInteger(ctx.body, 'timeoutMs', 1, 600_000);
  const request = submit(endpoint);
  const result = await awaitRequest(request, ctx.server.isAwake(endpoint), timeoutMs);
  return { body: dmResultJson(result, request.id) };
}
