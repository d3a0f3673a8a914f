/**
 * Which incoming request a scripted step waits for: a method and a path (exact, or a pattern for
 * paths the client chooses, such as the registration location).
 */
import type { CoapMethod, IncomingRequest } from '../../targets/reference/transport/coap-udp/types';

export interface RequestMatch {
  method?: CoapMethod;
  /** Exact path (`/rd`), or a RegExp over the path. */
  path?: string | RegExp;
  /** Extra condition, described by `description`. */
  where?: (req: IncomingRequest) => boolean;
  /** How the request is named in failure messages, e.g. `Update on /rd/1`. */
  description?: string;
}

export function matches(req: IncomingRequest, match: RequestMatch): boolean {
  if (match.method !== undefined && req.method !== match.method) return false;
  if (typeof match.path === 'string' && req.path !== match.path) return false;
  if (match.path instanceof RegExp && !match.path.test(req.path)) return false;
  return match.where?.(req) ?? true;
}

export function describeMatch(match: RequestMatch): string {
  if (match.description) return match.description;
  const path = match.path === undefined ? '' : typeof match.path === 'string' ? ` ${match.path}` : ` ${match.path.source}`;
  return `${match.method ?? 'any request'}${path}`;
}

/** `POST /rd?ep=a&lt=20` */
export function describeRequest(req: IncomingRequest): string {
  return `${req.method} ${req.path}${req.query.length > 0 ? `?${req.query.join('&')}` : ''}`;
}
