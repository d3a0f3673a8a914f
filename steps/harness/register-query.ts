/**
 * The harness's reading of a Register/Update Uri-Query (TS-Core §6.2.1, TS-Transport Table 6.4.3-1).
 * Deliberately lenient and independent of the reference server: it records exactly what the client
 * sent — values as raw strings, repeats and unknown parameters too — so a criterion can say what was
 * wrong instead of the parser refusing it.
 */
export interface RegisterQuery {
  ep?: string;
  lt?: string;
  lwm2m?: string;
  b?: string;
  sms?: string;
  /** Queue mode, the bare `Q` parameter of 1.1. */
  Q: boolean;
  /** Profile ID (1.2). */
  pid?: string;
  /** Parameter names given more than once (the first value is kept). */
  repeated: string[];
  /** Parameters that are none of the above, as sent. */
  unknown: string[];
}

const KNOWN = ['ep', 'lt', 'lwm2m', 'b', 'sms', 'pid'] as const;
type Known = (typeof KNOWN)[number];

export function parseRegisterQuery(query: readonly string[]): RegisterQuery {
  const result: RegisterQuery = { Q: false, repeated: [], unknown: [] };
  const seen = new Set<string>();
  for (const item of query) {
    const eq = item.indexOf('=');
    const name = eq < 0 ? item : item.slice(0, eq);
    if (seen.has(name)) {
      result.repeated.push(name);
      continue;
    }
    seen.add(name);
    if (name === 'Q' && eq < 0) result.Q = true;
    else if ((KNOWN as readonly string[]).includes(name) && eq >= 0) result[name as Known] = item.slice(eq + 1);
    else result.unknown.push(item);
  }
  return result;
}

/** `ep=node1&lt=20` style rendering, for criterion messages. */
export function describeQuery(query: readonly string[]): string {
  return query.length === 0 ? '(no parameters)' : query.join('&');
}
