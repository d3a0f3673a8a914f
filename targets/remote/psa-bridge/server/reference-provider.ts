/**
 * The in-repo reference simulators as a bridge implementation: what `testfest serve psa-bridge` runs,
 * the "secure processing environment" of TF-M's model in a separate process. It serves every PSA role
 * the reference bundle has, and its hello carries the reference manifest's PSA dimensions.
 */
import type { CapabilityManifest } from '../../../capabilities';
import type { TargetDefinition } from '../../../config/schema';
import type { RoleName } from '../../../roles';
import type { RoleProvider } from './session-host';

/** Dimensions that describe LwM2M roles, not PSA ones. */
const LWM2M_DIMENSIONS = new Set(['lwm2m', 'transport', 'security', 'format', 'object', 'operation']);

export function psaPart(manifest: CapabilityManifest): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [dim, values] of Object.entries(manifest)) {
    if (LWM2M_DIMENSIONS.has(dim) || !values) continue;
    out[dim] = dim === 'role' ? values.filter((r) => r.startsWith('psa-')) : [...values];
  }
  return out;
}

export function referenceProvider(): RoleProvider {
  const { referenceBundle } = require('../../../reference/bundle') as typeof import('../../../reference/bundle');
  const bundle = referenceBundle('reference', { kind: 'reference' } as TargetDefinition);
  const capabilities = psaPart(bundle.capabilities);
  return {
    implementation: 'testfest reference PSA simulators (node:crypto)',
    roles: capabilities.role ?? [],
    capabilities,
    // Sessions are independent objects: one connection may hold many.
    maxSessions: 64,
    createRole: (role, workDir) => bundle.createRole(role as RoleName, { timeScale: 1, workDir }) as Promise<object>,
  };
}
