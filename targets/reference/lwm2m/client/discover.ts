/**
 * Discover (TS-Core §6.3.4; TS-Transport §6.4.4 GET with Accept 40): the Object Instances, Resources
 * (and, deeper, Resource Instances) under the path in link format, `ver=` on the Object when the
 * client implements a version other than 1.0 (objects/versions.ts; ETS int-1201), `dim=` on
 * multiple-instance Resources, with the attributes the REQUESTING server attached (ETS int-951).
 *
 * Which attributes each line shows:
 * - LwM2M 1.1 (no `depth`): an Object target shows what is attached to the Object; an Instance target
 *   what is attached to the instance and to each Resource; a Resource target what it inherits from the
 *   Object and Instance plus its own, and its Resource Instances' own (ETS int-260 step 6, int-261).
 * - LwM2M 1.2 `?depth=0..3` (TS-Core 1.2 §6.3.4): "attached or inherited": the target line also shows
 *   the server's default pmin/pmax (/1/x/2, /1/x/3), every other line what is attached to it
 *   (ETS int-264 `</3>;pmin=1;pmax=10,</3/0>;pmax=200`, int-266).
 * Without `depth` an Object lists down to Resources, an Instance or a Resource one level down.
 */
import type { Lwm2mPath } from '../codecs/types';
import type { CoapResponseSpec } from '../../transport/coap-udp/types';
import { formatPath, pathDepth } from '../model/path';
import { linkParams, overlay, type AttributeSet } from './attributes/attribute-set';
import type { AttributeStore } from './attributes/attribute-store';
import { defaultsSet, type ServerDefaults } from './attributes/effective';
import { ContentFormat } from './content-format';
import { executableKey, hasExecutable, type DmContext } from './dm-context';
import { announcedVersion } from './objects';

export interface DiscoverView {
  attributes: AttributeStore;
  defaults: ServerDefaults;
}

/** `depth` query parameter of a 1.2 Discover: 0..3, or undefined when absent; throws on anything else. */
export function depthOf(query: readonly string[]): number | undefined {
  const item = query.find((q) => q === 'depth' || q.startsWith('depth='));
  if (item === undefined) return undefined;
  const m = /^depth=([0-3])$/.exec(item);
  if (!m) throw new RangeError(`"${item}" is not depth=0..3`);
  return Number(m[1]);
}

export function handleDiscover(ctx: DmContext, path: Lwm2mPath, view: DiscoverView, depth?: number): CoapResponseSpec {
  const targetDepth = pathDepth(path);
  if (targetDepth === 4) return { code: '4.00' };
  const executable = targetDepth === 3 && hasExecutable(ctx, path.objectId, path.instanceId!, path.resourceId!);
  if (!ctx.tree.exists(path) && !executable) return { code: '4.04' };
  const deepest = Math.min(4, targetDepth + (depth ?? (targetDepth === 1 ? 2 : 1)));
  const lines: string[] = [];
  const line = (p: Lwm2mPath, extra = '') => {
    const level = pathDepth(p);
    const isTarget = level === targetDepth;
    let attrs: AttributeSet;
    if (depth !== undefined) attrs = isTarget ? overlay(defaultsSet(view.defaults), view.attributes.inherited(p)) : view.attributes.attached(p);
    else if (isTarget) attrs = targetDepth === 3 ? view.attributes.inherited(p) : view.attributes.attached(p);
    else attrs = targetDepth === 1 ? {} : view.attributes.attached(p);
    const ver = level === 1 ? announcedVersion(p.objectId) : undefined; // TS-Core §7.2.2: no ver = 1.0
    lines.push(`<${formatPath(p)}>${ver === undefined ? '' : `;ver=${ver}`}${extra}${linkParams(attrs)}`);
  };
  const { objectId } = path;
  if (targetDepth === 1) line(path);
  const instanceIds = path.instanceId === undefined ? ctx.tree.instanceIds(objectId) : [path.instanceId];
  for (const instanceId of instanceIds) {
    if (deepest < 2) break;
    if (targetDepth <= 2) line({ objectId, instanceId });
    for (const resourceId of resourcesOf(ctx, objectId, instanceId)) {
      if (deepest < 3) break;
      if (path.resourceId !== undefined && resourceId !== path.resourceId) continue;
      const stored = ctx.tree.resource(objectId, instanceId, resourceId);
      line({ objectId, instanceId, resourceId }, stored instanceof Map ? `;dim=${stored.size}` : '');
      if (deepest < 4 || !(stored instanceof Map)) continue;
      for (const resourceInstanceId of [...stored.keys()].sort((a, b) => a - b)) line({ objectId, instanceId, resourceId, resourceInstanceId });
    }
  }
  return { code: '2.05', contentFormat: ContentFormat.LinkFormat, payload: Buffer.from(lines.join(','), 'utf8') };
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
