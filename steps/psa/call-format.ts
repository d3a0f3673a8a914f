/**
 * How PSA calls are written in the `psa-calls` evidence: spec names for types, usages, algorithms,
 * lifetimes and statuses; byte strings as their length and first bytes in hex.
 */
import type { PsaKeyAttributes } from '../../targets/roles/psa-crypto';
import { algorithmName, keyTypeName, lifetimeName, usageNames } from '../../targets/reference/psa/constants';

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
  const parts = [
    `type=${keyTypeName(a.type)}`,
    `bits=${a.bits}`,
    `usage=${usageNames(a.usage)}`,
    `alg=${algorithmName(a.alg)}`,
  ];
  if (a.lifetime !== 0) parts.push(`lifetime=${lifetimeName(a.lifetime)}`);
  if (a.id !== 0) parts.push(`id=${formatKeyId(a.id)}`);
  return parts.join(' ');
}
