/**
 * The <NOTIFICATION> attributes of TS-Core 1.2 §7.3.2 (Table 7.3.2-1): what a server may attach to an
 * Object, Object Instance, Resource or Resource Instance with Write-Attributes, or (1.2) pass as
 * parameters of an Observe. `lt` here is "less than", never the lifetime.
 */
export const NOTIFICATION_ATTRIBUTES = ['pmin', 'pmax', 'gt', 'lt', 'st', 'epmin', 'epmax', 'edge', 'con', 'hqmax'] as const;

export type AttributeName = (typeof NOTIFICATION_ATTRIBUTES)[number];

/** Attribute values; every attribute is a number (edge and con are 0 or 1). */
export type AttributeSet = Partial<Record<AttributeName, number>>;

/** The attributes an Observe-Composite may carry as parameters (TS-Core 1.2 §6.4.4). */
export const COMPOSITE_OBSERVE_ATTRIBUTES: readonly AttributeName[] = ['pmin', 'pmax', 'epmin', 'epmax', 'con'];

export function isAttributeName(name: string): name is AttributeName {
  return (NOTIFICATION_ATTRIBUTES as readonly string[]).includes(name);
}

/** `a` overridden by `b` where `b` has a value. */
export function overlay(a: AttributeSet, b: AttributeSet): AttributeSet {
  const out: AttributeSet = { ...a };
  for (const name of NOTIFICATION_ATTRIBUTES) if (b[name] !== undefined) out[name] = b[name];
  return out;
}

/**
 * TS-Core §7.3.2: "lt < gt" and "lt + 2·st < gt" when both thresholds are set; a Write-Attributes (or
 * 1.2 Observe parameters) that would break it is refused with 4.00 (ATT-06).
 */
export function thresholdsConsistent(set: AttributeSet): boolean {
  if (set.gt === undefined || set.lt === undefined) return true;
  return set.lt + 2 * (set.st ?? 0) < set.gt;
}

/** `pmin=10;pmax=200` in the order of Table 7.3.2-1, for Discover (RFC 6690 link parameters). */
export function linkParams(set: AttributeSet): string {
  return NOTIFICATION_ATTRIBUTES.filter((n) => set[n] !== undefined)
    .map((n) => `;${n}=${set[n]}`)
    .join('');
}
