/**
 * Register queries as the features write them: `lwm2m=1.1&lt=86400&b=U` (a bare `Q` stays bare),
 * with the scenario's Endpoint Client Name put first unless the scenario leaves it out.
 */
export function queryItems(query: string): string[] {
  return query.split('&').filter((item) => item !== '');
}

export function registerQuery(endpoint: string | undefined, query: string): string[] {
  return [...(endpoint !== undefined ? [`ep=${endpoint}`] : []), ...queryItems(query)];
}
