/**
 * Checking a Discover answer (TS-Core §6.3.4, CoRE Link Format RFC 6690) against the links an ETS case
 * prints. Every printed link must be there with exactly the printed attributes (the notification
 * attributes and `dim`; order and other parameters such as `ver` do not matter). The client may list
 * more — a configuration is a minimum (ETS App. C) and 1.1 lists Resource Instances under a Resource —
 * but only under the discovered path, within the requested depth, and without attributes, since the
 * Server knows every attribute it wrote.
 */
import { parseLinkFormat, type Link } from '../../targets/reference/lwm2m/codecs/link-format';
import { CodecError } from '../../targets/reference/lwm2m/codecs/types';
import { InvalidPathError, isUnder, parsePath, pathDepth } from '../../targets/reference/lwm2m/model/path';

/** The link parameters a Discover check compares. */
export const CHECKED_PARAMS = ['pmin', 'pmax', 'gt', 'lt', 'st', 'epmin', 'epmax', 'edge', 'con', 'hqmax', 'dim'] as const;

function checked(link: Link): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of CHECKED_PARAMS) {
    const v = link.params[name];
    if (v !== undefined) out.set(name, v === true ? '' : v);
  }
  return out;
}

const sameValue = (a: string, b: string) => a === b || (a !== '' && b !== '' && !Number.isNaN(Number(a)) && Number(a) === Number(b));

function describe(link: Link): string {
  return `<${link.target}>${[...checked(link)].map(([k, v]) => `;${k}=${v}`).join('')}`;
}

function depthOf(target: string): number | undefined {
  try {
    return pathDepth(parsePath(target));
  } catch (e) {
    if (e instanceof InvalidPathError) return undefined;
    throw e;
  }
}

/** Problems found, empty when the answer satisfies the expectation. */
export function linkProblems(actualText: string, expectedText: string, discovered: string, depth?: number): string[] {
  let actual: Link[];
  try {
    actual = parseLinkFormat(actualText);
  } catch (e) {
    if (e instanceof CodecError) return [`not CoRE Link Format: ${e.message}`];
    throw e;
  }
  const expected = parseLinkFormat(expectedText.replace(/\s+/g, ''));
  const problems: string[] = [];
  const byTarget = new Map<string, Link>();
  for (const link of actual) {
    if (byTarget.has(link.target)) problems.push(`<${link.target}> is listed twice`);
    byTarget.set(link.target, link);
  }
  for (const want of expected) {
    const got = byTarget.get(want.target);
    if (!got) {
      problems.push(`${describe(want)} is missing`);
      continue;
    }
    const w = checked(want);
    const g = checked(got);
    const names = new Set([...w.keys(), ...g.keys()]);
    if ([...names].some((n) => !w.has(n) || !g.has(n) || !sameValue(w.get(n)!, g.get(n)!))) problems.push(`${describe(want)} was listed as ${describe(got)}`);
  }
  const root = parsePath(discovered);
  const deepest = depth === undefined ? undefined : pathDepth(root) + depth;
  const wanted = new Set(expected.map((l) => l.target));
  for (const link of actual) {
    if (wanted.has(link.target)) continue;
    const d = depthOf(link.target);
    if (d === undefined || !isUnder(parsePath(link.target), root)) problems.push(`<${link.target}> is not under ${discovered}`);
    else if (deepest !== undefined && d > deepest) problems.push(`<${link.target}> is deeper than depth=${depth} allows`);
    else if ([...checked(link).keys()].some((k) => k !== 'dim')) problems.push(`${describe(link)} carries attributes the Server never wrote there`);
  }
  return problems;
}
