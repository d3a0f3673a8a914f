/**
 * A small router: `GET /v1/clients/:ep` patterns, decoded parameters, JSON in and out.
 */
import type { ReferenceLwm2mServer } from '../reference-server';

export interface RouteContext {
  server: ReferenceLwm2mServer;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

export interface Reply {
  status?: number;
  body: unknown;
}

export type Handler = (ctx: RouteContext) => Promise<Reply> | Reply;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  pattern: string;
  handler: Handler;
}

interface Compiled extends Route {
  regex: RegExp;
  names: string[];
}

export class Router {
  private readonly routes: Compiled[];

  constructor(routes: readonly Route[]) {
    this.routes = routes.map((r) => {
      const names: string[] = [];
      const source = r.pattern.replace(/:([a-zA-Z]+)/g, (_, name: string) => (names.push(name), '([^/]+)'));
      return { ...r, regex: new RegExp(`^${source}$`), names };
    });
  }

  /** The route for a request; `allowed` lists the methods of a path that exists with other methods. */
  match(method: string, path: string): { route: Compiled; params: Record<string, string> } | { allowed: string[] } | undefined {
    const allowed: string[] = [];
    for (const route of this.routes) {
      const m = route.regex.exec(path);
      if (!m) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      return { route, params };
    }
    return allowed.length > 0 ? { allowed } : undefined;
  }
}
