/**
 * The attributes an observation runs with (TS-Core 1.2 §6.4.2, §7.3.2): the server's defaults pmin =
 * /1/x/2 and pmax = /1/x/3, overridden by what that server attached from the Object down to the
 * observed path (attributes attached BELOW the observed level are ignored, TS-Core 1.2.1 §6.4.2), and
 * by 1.2 Observe parameters, which win over both (int-313).
 */
import type { Lwm2mPath } from '../../codecs/types';
import { COMPOSITE_OBSERVE_ATTRIBUTES, overlay, type AttributeSet } from './attribute-set';
import type { AttributeStore } from './attribute-store';

/** Default Minimum/Maximum Period of the server's Server Object Instance (TS-Core App. E.2 res 2, 3). */
export interface ServerDefaults {
  pmin?: number;
  pmax?: number;
}

export function defaultsSet(d: ServerDefaults): AttributeSet {
  const out: AttributeSet = {};
  if (d.pmin !== undefined) out.pmin = d.pmin;
  if (d.pmax !== undefined) out.pmax = d.pmax;
  return out;
}

export function effectiveAttributes(store: AttributeStore, path: Lwm2mPath, defaults: ServerDefaults, params: AttributeSet = {}): AttributeSet {
  return overlay(overlay(defaultsSet(defaults), store.inherited(path)), params);
}

/** pmax counts only when positive and not below pmin (TS-Core 1.2.1 Table 7.3.2-1: otherwise ignored). */
export function activePmax(set: AttributeSet): number | undefined {
  const { pmin = 0, pmax } = set;
  return pmax !== undefined && pmax > 0 && pmax >= pmin ? pmax : undefined;
}

/**
 * One schedule for a composite observation (TS-Core 1.2 §6.4.4): it notifies all its paths together,
 * so it waits for the largest pmin/epmin and wakes for the smallest pmax/epmax of its targets; `con`
 * if any target asks for it. Observe-Composite parameters (pmin, pmax, epmin, epmax, con only)
 * replace the attached ones.
 */
export function compositeAttributes(perTarget: readonly AttributeSet[], params: AttributeSet = {}): AttributeSet {
  const pick = (name: 'pmin' | 'pmax' | 'epmin' | 'epmax' | 'con', combine: (a: number, b: number) => number) => {
    const values = perTarget.map((s) => (name === 'pmax' ? activePmax(s) : s[name])).filter((v): v is number => v !== undefined);
    return values.length === 0 ? undefined : values.reduce((x, y) => combine(x, y));
  };
  const out: AttributeSet = {};
  const merged = { pmin: pick('pmin', Math.max), pmax: pick('pmax', Math.min), epmin: pick('epmin', Math.max), epmax: pick('epmax', Math.min), con: pick('con', Math.max) };
  for (const [k, v] of Object.entries(merged)) if (v !== undefined) out[k as keyof AttributeSet] = v;
  const allowed: AttributeSet = {};
  for (const name of COMPOSITE_OBSERVE_ATTRIBUTES) if (params[name] !== undefined) allowed[name] = params[name];
  return overlay(out, allowed);
}
