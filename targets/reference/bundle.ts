/**
 * TEMPORARY (LwM2M helper): the reference target bundle with the lwm2m-client role only, so the
 * LwM2M scenarios can run before the lead wires the real bundle (which adds psa-crypto and the rest).
 */
import type { TargetDefinition } from '../config/schema';
import type { TargetBundle } from '../registry';
import { createReferenceClient } from './lwm2m/client';

export function referenceBundle(name: string, def: TargetDefinition, _dir: string): TargetBundle {
  return {
    name,
    kind: def.kind,
    description: def.description ?? 'In-repo reference targets',
    capabilities: { role: ['lwm2m-client'], lwm2m: ['1.1'], transport: ['coap'], security: ['nosec'], format: ['0', '40', '11542'] },
    async createRole(role) {
      if (role !== 'lwm2m-client') throw new Error(`reference bundle (temporary) has no role ${role}`);
      return createReferenceClient() as never;
    },
  };
}
