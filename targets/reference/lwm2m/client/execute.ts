/**
 * Execute (TS-Core §6.3.5; TS-Transport §6.4.4 POST on /o/i/r). 2.04 when the client implements the
 * resource's behaviour; 4.04 when the resource is absent; 4.05 when it is not executable. The action
 * runs after the response is on its way, so e.g. a De-register follows the 2.04 (ETS int-103).
 */
import type { Lwm2mPath } from '../codecs/types';
import type { CoapResponseSpec } from '../../transport/coap-udp/types';
import { isExecutable } from './access';
import { executableKey, type DmContext } from './dm-context';

export function handleExecute(ctx: DmContext, path: Lwm2mPath, args: Buffer): CoapResponseSpec {
  const { objectId, instanceId, resourceId } = path;
  if (instanceId === undefined || resourceId === undefined || path.resourceInstanceId !== undefined) return { code: '4.05' };
  if (!ctx.tree.hasInstance(objectId, instanceId)) return { code: '4.04' };
  const def = ctx.model.resource(objectId, resourceId);
  if (!def) return { code: '4.04' };
  if (!isExecutable(def)) return { code: ctx.tree.exists(path) ? '4.05' : '4.04' };
  const action = ctx.executables.get(executableKey(objectId, resourceId));
  if (!action) return { code: '4.04' };
  setImmediate(() => action(instanceId, args));
  return { code: '2.04' };
}
