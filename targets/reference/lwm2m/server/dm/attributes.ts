/**
 * Write-Attributes parameters (TS-Core §5.1.2 / 1.2 §7.3, TS-Transport §6.4.4 "Write-Attributes":
 * `PUT /o[/i[/r]]?pmin=10&pmax=60` with no payload). A bare name (`?pmin`) removes the attribute.
 * The server checks names and value shapes before anything goes on the wire; whether the values make
 * sense together (lt < gt, pmin ≤ pmax) is the client's to judge and answer with 4.00.
 */

/** Notification attributes by the LwM2M version that introduced them. */
const INTEGER_ATTRIBUTES = ['pmin', 'pmax', 'epmin', 'epmax', 'hqmax'] as const;
const NUMBER_ATTRIBUTES = ['gt', 'lt', 'st'] as const;
const FLAG_ATTRIBUTES = ['edge', 'con'] as const;

export const ATTRIBUTE_NAMES: readonly string[] = [...INTEGER_ATTRIBUTES, ...NUMBER_ATTRIBUTES, ...FLAG_ATTRIBUTES];

/** A value to set, or null to remove the attribute. */
export type AttributeValue = number | null;

export class AttributeError extends Error {
  override readonly name = 'AttributeError';
}

function valueText(name: string, value: number): string {
  if (!Number.isFinite(value)) throw new AttributeError(`attribute ${name}=${value} is not a finite number`);
  if ((INTEGER_ATTRIBUTES as readonly string[]).includes(name) && !(Number.isInteger(value) && value >= 0)) {
    throw new AttributeError(`attribute ${name} takes a non-negative integer (seconds or a count), got ${value}`);
  }
  if ((FLAG_ATTRIBUTES as readonly string[]).includes(name) && value !== 0 && value !== 1) {
    throw new AttributeError(`attribute ${name} takes 0 or 1, got ${value}`);
  }
  if (name === 'st' && value < 0) throw new AttributeError(`attribute st (step) must not be negative, got ${value}`);
  return String(value);
}

/** `{ pmin: 10, pmax: 60, st: null }` → `['pmin=10', 'pmax=60', 'st']` (Uri-Query values). */
export function attributeQuery(attributes: Readonly<Record<string, AttributeValue>>): string[] {
  const entries = Object.entries(attributes);
  if (entries.length === 0) throw new AttributeError('Write-Attributes needs at least one attribute');
  return entries.map(([name, value]) => {
    if (!ATTRIBUTE_NAMES.includes(name)) throw new AttributeError(`unknown attribute "${name}" (known: ${ATTRIBUTE_NAMES.join(', ')})`);
    return value === null ? name : `${name}=${valueText(name, value)}`;
  });
}
