/**
 * Object Instances a step brought into being or found: the one a Create made (TS-Core §6.3.6: named
 * by the Location-Path of the 2.01, or by the instance the payload gave), and the ones a Discover
 * listed.
 */
import type { Lwm2mPath } from '../../targets/reference/lwm2m/codecs/types';
import { formatPath, InvalidPathError, parsePath, pathDepth } from '../../targets/reference/lwm2m/model/path';
import { CriterionFailed } from '../support/verdict';
import { discoveredLinks, responseOf } from './objects-content';
import type { StepRequest } from './objects-state';

/** /o/i of the instance a Create made; fails `name` when the Create did not succeed or named no instance. */
export function createdInstance(name: string, create: StepRequest): { objectId: number; instanceId: number } {
  const response = responseOf(name, create, '2.01');
  const target = parsePath(create.spec.path);
  if (response.locationPath.length > 0) {
    const location = '/' + response.locationPath.join('/');
    let p: Lwm2mPath | undefined;
    try {
      p = parsePath(location);
    } catch (e) {
      if (!(e instanceof InvalidPathError)) throw e;
    }
    if (!p || pathDepth(p) !== 2 || p.objectId !== target.objectId) {
      throw new CriterionFailed(name, `a Location-Path naming an Instance of ${formatPath(target)}`, location);
    }
    return { objectId: p.objectId, instanceId: p.instanceId! };
  }
  const given = create.written?.find((r) => r.path.instanceId !== undefined)?.path.instanceId;
  if (given === undefined) throw new CriterionFailed(name, 'a Location-Path with the new Instance (the payload named none)', 'no Location-Path');
  return { objectId: target.objectId, instanceId: given };
}

/** `/o/i` of every Instance of `objectId` a Discover listed, ascending. */
export function discoveredInstances(name: string, discover: StepRequest, objectId: number): string[] {
  const instances = new Set<number>();
  for (const link of discoveredLinks(name, discover)) {
    try {
      const p = parsePath(link.target);
      if (p.objectId === objectId && p.instanceId !== undefined) instances.add(p.instanceId);
    } catch (e) {
      if (!(e instanceof InvalidPathError)) throw e;
    }
  }
  return [...instances].sort((a, b) => a - b).map((instanceId) => formatPath({ objectId, instanceId }));
}
