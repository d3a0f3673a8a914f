/**
 * `<RangeEnumeration>` parsing. The DDF field is free text (TS-Core App. D: "Range or Enumeration");
 * only the shapes the registry actually uses are understood, the rest stay unparsed.
 */
import type { ResourceRange } from './types';

const VALUE_RANGE = /^(-?\d+)\s*\.\.\s*(-?\d+)$/;
const LENGTH_RANGE = /^(\d+)\s*\.\.\s*(\d+)\s*bytes?$/i;
const LENGTH_EXACT = /^(\d+)\s*bytes?$/i;
const ENUMERATION = /^-?\d+(\s*,\s*-?\d+)+$/;

export function parseRangeEnumeration(text: string): ResourceRange | undefined {
  const t = text.trim();
  let m: RegExpExecArray | null;
  if ((m = VALUE_RANGE.exec(t))) return { kind: 'value', min: Number(m[1]), max: Number(m[2]) };
  if ((m = LENGTH_RANGE.exec(t))) return { kind: 'length', min: Number(m[1]), max: Number(m[2]) };
  if ((m = LENGTH_EXACT.exec(t))) return { kind: 'length', min: Number(m[1]), max: Number(m[1]) };
  if (ENUMERATION.test(t)) return { kind: 'enum', values: t.split(',').map((v) => Number(v.trim())) };
  return undefined;
}
