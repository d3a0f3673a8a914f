/**
 * What a remote role looks like, derived at run time from the in-repo reference implementation of the
 * role (the simulator's prototype), so the client forwards whatever functions the role interfaces
 * grow without a hard-coded list:
 * - `roleMethodNames(role)`: the methods of a reference instance (prototype chain, minus constructor);
 * - `notSupportedResult(role, fn, args)`: PSA_ERROR_NOT_SUPPORTED in the shape `fn` returns, for an
 *   implementation that lacks `fn` (docs/psa-bridge-protocol.md §5.3). The shape comes from calling
 *   `fn` with the same arguments on a scratch reference instance on which psa_crypto_init was never
 *   called (every PSA Crypto function then returns PSA_ERROR_BAD_STATE without side effects, §8.2);
 *   the status becomes NOT_SUPPORTED and every output is emptied.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TargetDefinition } from '../../config/schema';
import type { RoleName } from '../../roles';

/** PSA_ERROR_NOT_SUPPORTED (PSA Status code API 1.0, psa/error.h). */
export const PSA_ERROR_NOT_SUPPORTED = -134;

type Instance = Record<string, unknown>;

async function withScratchRole<T>(role: string, use: (instance: Instance) => Promise<T>): Promise<T | undefined> {
  const { referenceBundle } = require('../../reference/bundle') as typeof import('../../reference/bundle');
  const bundle = referenceBundle('reference', { kind: 'reference' } as TargetDefinition);
  const workDir = mkdtempSync(join(tmpdir(), 'testfest-bridge-scratch-'));
  try {
    let instance: Instance;
    try {
      instance = (await bundle.createRole(role as RoleName, { timeScale: 1, workDir })) as unknown as Instance;
    } catch {
      return undefined; // the reference has no such role
    }
    try {
      return await use(instance);
    } finally {
      if (typeof instance.close === 'function') await (instance.close as () => Promise<void>).call(instance).catch(() => undefined);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Method names of an object: own function-valued properties and its prototype chain's methods. */
export function methodNamesOf(instance: object): string[] {
  const names = new Set<string>();
  for (const [k, v] of Object.entries(instance)) if (typeof v === 'function') names.add(k);
  for (let p = Object.getPrototypeOf(instance); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const k of Object.getOwnPropertyNames(p)) {
      if (k !== 'constructor' && typeof Object.getOwnPropertyDescriptor(p, k)?.value === 'function') names.add(k);
    }
  }
  return [...names].sort();
}

const namesCache = new Map<string, Promise<string[]>>();

export function roleMethodNames(role: string): Promise<string[]> {
  let names = namesCache.get(role);
  if (!names) {
    names = withScratchRole(role, async (i) => methodNamesOf(i)).then((n) => n ?? []);
    namesCache.set(role, names);
  }
  return names;
}

/** Every output emptied: bytes → empty, numbers → 0, text → '', flags → false, nested maps likewise. */
function emptied(value: unknown): unknown {
  if (value instanceof Uint8Array) return new Uint8Array(0);
  if (Array.isArray(value)) return [];
  if (typeof value === 'number') return 0;
  if (typeof value === 'bigint') return 0n;
  if (typeof value === 'string') return '';
  if (typeof value === 'boolean') return false;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, emptied(v)]));
  return value;
}

export function notSupportedLike(shape: unknown): unknown {
  if (typeof shape === 'object' && shape !== null && 'status' in shape) return { ...(emptied(shape) as object), status: PSA_ERROR_NOT_SUPPORTED };
  // A function returning a bare status (psa_destroy_key, psa_hash_update, …).
  return PSA_ERROR_NOT_SUPPORTED;
}

export async function notSupportedResult(role: string, fn: string, args: readonly unknown[]): Promise<unknown> {
  const shape = await withScratchRole(role, async (instance) => {
    const method = instance[fn];
    if (typeof method !== 'function') return undefined;
    try {
      return await (method as (...a: unknown[]) => Promise<unknown>).apply(instance, [...args]);
    } catch {
      return undefined;
    }
  });
  return notSupportedLike(shape);
}
