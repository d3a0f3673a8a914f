import type { TargetDefinition } from '../../config/schema';
import type { TargetBundle } from '../../registry';
import { LaunchedProcessClient } from './process-client';
import { validateTemplate } from './template';

/** Default manifest of a launched client: what the suite's LwM2M slice can exercise over CoAP/UDP. */
const DEFAULT_CAPABILITIES = { role: ['lwm2m-client'], lwm2m: ['1.1'], transport: ['coap'], security: ['nosec'], format: ['0', '40', '11542'] };

export function launchedProcessBundle(name: string, def: TargetDefinition, baseDir: string): TargetBundle {
  if (def.kind !== 'launched-process') throw new Error(`launchedProcessBundle called for kind ${def.kind}`);
  validateTemplate(name, def.command);
  return {
    name,
    kind: def.kind,
    description: def.description ?? `LwM2M client launched by: ${def.command}`,
    capabilities: DEFAULT_CAPABILITIES,
    async createRole(role, ctx) {
      if (role !== 'lwm2m-client') throw new Error(`target "${name}" has no role ${role}`);
      return new LaunchedProcessClient(def, ctx.workDir, baseDir) as never;
    },
  };
}
