/**
 * Delete (TS-Core 1.2 §6.3.7; TS-Transport §6.4.4 DELETE on /o/i, or 1.1+ /o/i/r/ri): 2.02 Deleted;
 * 4.04 when absent; 4.05 for an Object, a Resource, an instance the client manages itself (Device
 * /3/0 "SHALL NOT be deleted", ETS int-685; the Server and Access Control Objects) or a Resource
 * Instance of a resource the server may not write. The Object stays supported with no instances.
 */
import type { Lwm2mPath, ResourceValue } from '../codecs/types';
import type { CoapResponseSpec } from '../../transport/coap-udp/types';
import { pathDepth } from '../model/path';
import { isWritable } from './access';
import { CLIENT_MANAGED_OBJECTS, isMultipleInstanceObject } from './create';
import type { DmContext } from './dm-context';

export interface DeleteOutcome {
  response: CoapResponseSpec;
  deleted?: Lwm2mPath;
}

export function handleDelete(ctx: DmContext, path: Lwm2mPath): DeleteOutcome {
  const depth = pathDepth(path);
  const { objectId, instanceId, resourceId, resourceInstanceId } = path;
  if (depth === 2) {
    if (!ctx.tree.hasInstance(objectId, instanceId!)) return { response: { code: '4.04' } };
    if (CLIENT_MANAGED_OBJECTS.has(objectId) || !isMultipleInstanceObject(ctx, objectId)) return { response: { code: '4.05' } };
    ctx.tree.deleteInstance(objectId, instanceId!);
    return { response: { code: '2.02' }, deleted: path };
  }
  if (depth === 4) {
    if (!ctx.tree.exists(path)) return { response: { code: '4.04' } };
    const def = ctx.model.resource(objectId, resourceId!);
    if (!def || !isWritable(def)) return { response: { code: '4.05' } };
    const instances = new Map<number, ResourceValue>(ctx.tree.resource(objectId, instanceId!, resourceId!) as Map<number, ResourceValue>);
    instances.delete(resourceInstanceId!);
    ctx.tree.setResource(objectId, instanceId!, resourceId!, instances);
    return { response: { code: '2.02' }, deleted: path };
  }
  return { response: { code: '4.05' } };
}
