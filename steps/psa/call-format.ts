/**
 * How PSA calls are written in the `psa-calls` evidence: spec names for types, usages, algorithms,
 * lifetimes, derivation steps and statuses; byte strings as their length and first bytes in hex;
 * operation handles as `op#N`. Every argument is printed by the kind signatures.ts gives it.
 */
import type { PsaKeyAttributes } from '../../targets/roles/psa-crypto';
import { algorithmName, kdfStepName, keyTypeName, lifetimeName, statusName, usageNames } from '../../targets/reference/psa/constants';
import type { Param } from './signatures';

/** Bytes shown in full up to this length, else truncated with `…`. */
export const HEX_PREVIEW_BYTES = 8;

/** `16 B 2b7e151628aed2a6…`; `0 B` for empty data. */
export function formatBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) return '0 B';
  const shown = Buffer.from(bytes.subarray(0, HEX_PREVIEW_BYTES)).toString('hex');
  return `${bytes.length} B ${shown}${bytes.length > HEX_PREVIEW_BYTES ? '…' : ''}`;
}

/** `0x40000001`; `PSA_KEY_ID_NULL` for 0. */
export function formatKeyId(id: number): string {
  return id === 0 ? 'PSA_KEY_ID_NULL' : `0x${(id >>> 0).toString(16).padStart(8, '0')}`;
}

/** `type=PSA_KEY_TYPE_AES bits=128 usage=EXPORT alg=PSA_ALG_CTR` (+ lifetime and id when not default). */
export function formatAttributes(a: PsaKeyAttributes): string {
  const parts = [`type=${keyTypeName(a.type)}`, `bits=${a.bits}`, `usage=${usageNames(a.usage)}`, `alg=${algorithmName(a.alg)}`];
  if (a.lifetime !== 0) parts.push(`lifetime=${lifetimeName(a.lifetime)}`);
  if (a.id !== 0) parts.push(`id=${formatKeyId(a.id)}`);
  return parts.join(' ');
}

/** One argument as it appears in a call line: `key=0x40000001`, `alg=PSA_ALG_CTR`, `input=3 B 616263`. */
export function formatArgument(param: Param, value: unknown): string {
  switch (param.kind) {
    case 'attributes':
      return formatAttributes(value as PsaKeyAttributes);
    case 'key':
      return `${param.name}=${formatKeyId(value as number)}`;
    case 'alg':
      return `${param.name}=${algorithmName(value as number)}`;
    case 'bytes':
      return `${param.name}=${formatBytes(value as Uint8Array)}`;
    case 'op':
      return `${param.name}=op#${value as number}`;
    case 'step':
      return `${param.name}=${kdfStepName(value as number)}`;
    case 'suite':
      return `${param.name}=${JSON.stringify(value)}`;
    default:
      return `${param.name}=${String(value)}`;
  }
}

/** The outcome part of a call line, from the shape of the result. */
export function formatResult(fn: string, result: unknown): string {
  if (typeof result === 'number') return fn.endsWith('_operation_init') ? `op#${result}` : statusName(result);
  if (result === undefined) return 'done';
  const r = result as Record<string, unknown>;
  const parts = [statusName(r.status as number)];
  if ('key' in r) parts.push(`key=${formatKeyId(r.key as number)}`);
  if ('attributes' in r) parts.push(formatAttributes(r.attributes as PsaKeyAttributes));
  if ('capacity' in r) parts.push(`capacity=${r.capacity as number}`);
  for (const field of ['data', 'ciphertext', 'tag'] as const) {
    const bytes = r[field] as Uint8Array | undefined;
    if (bytes && bytes.length > 0) parts.push(`${field}=${formatBytes(bytes)}`);
  }
  return parts.join(' ');
}
