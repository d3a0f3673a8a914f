/**
 * Behaviours of the objects beyond the core ones (Connectivity Statistics Start/Stop, Location,
 * Portfolio, ...): each object module contributes its executable resources here, so the client's
 * core files need no change when an object is added.
 */
import type { ExecuteAction } from '../dm-context';
import type { ObjectTree } from '../object-tree';

/** `objectId/resourceId` → behaviour, merged into the client's executables. */
export function objectExecutables(_tree: ObjectTree): Array<[string, ExecuteAction]> {
  return [];
}
