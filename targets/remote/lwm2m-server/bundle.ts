/**
 * A vendor LwM2M Server under test that is already running: the suite's scripted client registers at
 * `coapUri`, and the suite drives the server through its control API at `controlUrl`
 * (docs/server-control-api.md). Nothing is started or stopped; each scenario uses a fresh endpoint
 * name, so runs do not disturb each other's registrations.
 */
import type { TargetDefinition } from '../../config/schema';
import type { TargetBundle } from '../../registry';
import type { Lwm2mServerTarget } from '../../roles/lwm2m-server';

/** What the suite can exercise on a server it only reaches over CoAP/UDP and the control API. */
const DEFAULT_CAPABILITIES = { role: ['lwm2m-server'], lwm2m: ['1.1'], transport: ['coap'], security: ['nosec'], format: ['0', '40', '11542'] };

export function runningServerBundle(name: string, def: TargetDefinition): TargetBundle {
  if (def.kind !== 'lwm2m-server') throw new Error(`runningServerBundle called for kind ${def.kind}`);
  const endpoints = { coapUri: def.coapUri, controlUrl: def.controlUrl.replace(/\/+$/, '') };
  return {
    name,
    kind: def.kind,
    description: def.description ?? `LwM2M server at ${def.coapUri}, control API ${def.controlUrl}`,
    capabilities: DEFAULT_CAPABILITIES,
    async createRole(role) {
      if (role !== 'lwm2m-server') throw new Error(`target "${name}" has no role ${role}`);
      const server: Lwm2mServerTarget = { start: async () => endpoints, stop: async () => undefined };
      return server as never;
    },
  };
}
