/**
 * Values as the control API contract spells them (docs/server-control-api.md "Values"), and the
 * comparisons the criteria make. The harness keeps its own copy of the spelling rather than
 * importing the reference server's: it must judge any server that serves the contract.
 */
import { isObjectLink } from '../../targets/reference/lwm2m/codecs/values';
import type { Lwm2mRecord, ResourceValue } from '../../targets/reference/lwm2m/codecs/types';
import { formatPath, parsePath } from '../../targets/reference/lwm2m/model/path';

export type ContractValue = string | number | boolean | { opaque: string } | { objlnk: string } | { integer: string };

export interface ContractRecord {
  path: string;
  value: ContractValue;
}

export function contractValue(value: ResourceValue): ContractValue {
  if (Buffer.isBuffer(value)) return { opaque: value.toString('base64') };
  if (typeof value === 'bigint') return { integer: value.toString() };
  if (isObjectLink(value)) return { objlnk: `${value.objectId}:${value.instanceId}` };
  return value as string | number | boolean;
}

export const contractRecords = (records: readonly Lwm2mRecord[]): ContractRecord[] => records.map((r) => ({ path: formatPath(r.path), value: contractValue(r.value) }));

/** A contract value back to what the codecs take. */
export function resourceValue(v: ContractValue): ResourceValue {
  if (typeof v !== 'object') return v;
  if ('opaque' in v) return Buffer.from(v.opaque, 'base64');
  if ('integer' in v) return BigInt(v.integer);
  const [objectId, instanceId] = v.objlnk.split(':').map(Number);
  return { objectId: objectId!, instanceId: instanceId! };
}

export const lwm2mRecords = (records: readonly ContractRecord[]): Lwm2mRecord[] => records.map((r) => ({ path: parsePath(r.path), value: resourceValue(r.value) }));

/** Gherkin text → contract value: JSON (`101`, `true`, `"U"`, `{"opaque":"…"}`), else the text as a string. */
export function parseGherkinValue(text: string): ContractValue {
  try {
    return JSON.parse(text) as ContractValue;
  } catch {
    return text;
  }
}

export const describeRecords = (records: readonly ContractRecord[]): string =>
  records.length === 0 ? '(no values)' : records.map((r) => `${r.path}=${JSON.stringify(r.value)}`).join(', ');

const canonical = (records: readonly ContractRecord[]): string =>
  JSON.stringify([...records].map((r) => [r.path, r.value]).sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)));

/** Same paths with the same values, in any order. */
export const sameRecords = (a: readonly ContractRecord[], b: readonly ContractRecord[]): boolean => canonical(a) === canonical(b);
