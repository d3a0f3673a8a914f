/**
 * Discover (TS-Core §6.3.4; TS-Transport §6.4.4 GET with Accept 40): the Object Instances and
 * Resources present under the path in link format, `dim=` on multiple-instance Resources. The
 * client keeps no Write-Attributes, so no attributes are listed.
 */
import type { Lwm2mPath } from '../codecs/types';
import type { CoapResponseSpec } from '../../transport/coap-udp/types';
import { formatPath, pathDepth } from '../model/path';
import { ContentFormat } from './content-format';
import { executableKey, hasExecutable, type DmContext } from './dm-context';

export function handleDiscover(ctx: DmContext, path: Lwm2mPath): CoapResponseSpec {
  if (pathDepth(path) === 4) return { code: '4.00' };
  const executable = pathDepth(path) === 3 && hasExecutable(ctx, path.objectId, path.instanceId!, path.resourceId!);
  if (!ctx.tree.exists(path) && !executable) return { code: '4.04' };
  const links: string[] = [];
  if (pathDepth(path) === 1) links.push(`<${formatPath(path)}>`);
  const instanceIds = path.instanceId === undefined ? ctx.tree.instanceIds(path.objectId) : [path.instanceId];
  for (const instanceId of instanceIds) {
    if (path.resourceId === undefined) links.push(`<${formatPath({ objectId: path.objectId, instanceId })}>`);
    for (const resourceId of resourcesOf(ctx, path.objectId, instanceId)) {
      if (path.resourceId !== undefined && resourceId !== path.resourceId) continue;
      const stored = ctx.tree.resource(path.objectId, instanceId, resourceId);
      const dim = stored instanceof Map ? `;dim=${stored.size}` : '';
      links.push(`<${formatPath({ objectId: path.objectId, instanceId, resourceId })}>${dim}`);
    }
  }
  return { code: '2.05', contentFormat: ContentFormat.LinkFormat, payload: Buffer.from(links.join(','), 'utf8') };
}

/** Resources with a value plus the executables the client implements, ascending. */
function resourcesOf(ctx: DmContext, objectId: number, instanceId: number): number[] {
  const ids = new Set(ctx.tree.resourceIds(objectId, instanceId));
  for (const key of ctx.executables.keys()) {
    const [o, r] = key.split('/').map(Number);
    if (o === objectId && executableKey(o, r!) === key) ids.add(r!);
  }
  return [...ids].sort((a, b) => a - b);
}
