/**
 * Attributes in a request's Uri-Query (TS-Transport §6.4.4 Write-Attributes `PUT /o/i/r?pmin=10&gt=5`,
 * 1.2 §6.4.5 Observe parameters): `name=value` sets, a bare `name` clears (TS-Core §6.3.4
 * "Write-Attributes ... an attribute without a value removes it").
 *
 * Syntax per TS-Core 1.2 Table 7.3.2-1: pmin, pmax, epmin, epmax, hqmax `1*DIGIT`; gt, lt, st a
 * decimal number (st never negative); edge and con `0` or `1`.
 */
import { isAttributeName, type AttributeName, type AttributeSet } from './attribute-set';

export interface AttributeQuery {
  set: AttributeSet;
  clear: AttributeName[];
}

export class AttributeSyntaxError extends Error {
  override readonly name = 'AttributeSyntaxError';
}

const UNSIGNED = /^\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const FLAG = /^[01]$/;

function syntaxFor(name: AttributeName): RegExp {
  if (name === 'gt' || name === 'lt' || name === 'st') return DECIMAL;
  if (name === 'edge' || name === 'con') return FLAG;
  return UNSIGNED;
}

/**
 * The attributes of a query. `others` decides what to do with a parameter that is no attribute:
 * Write-Attributes refuses it (4.00), Observe and Discover have parameters of their own.
 */
export function parseAttributeQuery(query: readonly string[], others: 'refuse' | 'ignore'): AttributeQuery {
  const out: AttributeQuery = { set: {}, clear: [] };
  const seen = new Set<string>();
  for (const item of query) {
    const eq = item.indexOf('=');
    const name = eq < 0 ? item : item.slice(0, eq);
    if (!isAttributeName(name)) {
      if (others === 'refuse') throw new AttributeSyntaxError(`"${name}" is not a notification attribute`);
      continue;
    }
    if (seen.has(name)) throw new AttributeSyntaxError(`attribute ${name} is given twice`);
    seen.add(name);
    if (eq < 0) {
      out.clear.push(name);
      continue;
    }
    const text = item.slice(eq + 1);
    if (!syntaxFor(name).test(text) || (name === 'st' && text.startsWith('-'))) {
      throw new AttributeSyntaxError(`${name}=${text} is not a valid value`);
    }
    out.set[name] = Number(text);
  }
  return out;
}

/** True when the query names at least one attribute (set or cleared). */
export function hasAttributes(q: AttributeQuery): boolean {
  return q.clear.length > 0 || Object.keys(q.set).length > 0;
}
