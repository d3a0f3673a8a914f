/**
 * Bootstrap-Delete (TS-Core §6.1.7.6; TS-Transport §6.4.2 `DELETE /`, `/o`, `/o/i`): removes every
 * Object Instance named, except the Bootstrap-Server Account and /3/0, which survive even a delete of
 * `/` (ETS int-4 checks exactly that). 2.02 Deleted; 4.00 for a Resource path or for naming a
 * protected instance explicitly.
 */
import type { Lwm2mPath } from '../../codecs/types';
import type { CoapResponseSpec } from '../../../transport/coap-udp/types';
import { pathDepth } from '../../model/path';
import { isProtectedInstance, type BootstrapContext } from './bootstrap-context';

/** `path` undefined = `/`. */
export function handleBootstrapDelete(ctx: BootstrapContext, path: Lwm2mPath | undefined): CoapResponseSpec {
  const { tree } = ctx;
  if (path !== undefined && pathDepth(path) > 2) return { code: '4.00' };
  if (path?.instanceId !== undefined) {
    if (isProtectedInstance(tree, path.objectId, path.instanceId)) return { code: '4.00' };
    tree.deleteInstance(path.objectId, path.instanceId);
    return { code: '2.02' };
  }
  const objectIds = path === undefined ? tree.objectIds() : [path.objectId];
  for (const objectId of objectIds) {
    for (const instanceId of tree.instanceIds(objectId)) {
      if (!isProtectedInstance(tree, objectId, instanceId)) tree.deleteInstance(objectId, instanceId);
    }
  }
  return { code: '2.02' };
}
