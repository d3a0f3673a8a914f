/**
 * Resource names in step text and tables are checked against the DDF model, so a feature cannot call
 * /1/0/2 "Lifetime" by mistake (the ETS names resources as often as it numbers them).
 */
import { defaultModel } from '../../targets/reference/lwm2m/model/object-model';
import { parsePath } from '../../targets/reference/lwm2m/model/path';

export function assertResourceName(path: string, name: string | undefined): void {
  if (name === undefined || name === '') return;
  const p = parsePath(path);
  const def = p.resourceId === undefined ? undefined : defaultModel().resource(p.objectId, p.resourceId);
  if (def?.name.toLowerCase() !== name.toLowerCase()) throw new Error(`feature error: ${path} is "${def?.name ?? 'not a resource'}", not "${name}"`);
}
