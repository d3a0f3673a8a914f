/**
 * Behaviours of the objects beyond the core ones (Connectivity Statistics Start/Stop, Event Log,
 * APN activation, Location fixes, ...): each object module contributes its executable resources here, so the client's
 * core files need no change when an object is added.
 *
 * `env` brings what some behaviours need besides the tree: the client's traffic (Connectivity
 * Statistics counters, Event Log data), the time scale (Collection Period) and the broken target's
 * faults. Without it, those behaviours still run but count and log nothing.
 */
import type { ExecuteAction } from '../dm-context';
import type { ObjectTree } from '../object-tree';
import { followApnActivation } from './apn-activation';
import { connectivityStatistics } from './connectivity-statistics';
import type { ObjectEnvironment } from './environment';
import { eventLog } from './event-log';
import { followLocationFixes } from './location';

export type { ObjectEnvironment } from './environment';
export type { ObjectFaults } from './faults';
export type { TrafficSource } from './traffic';
export { announcedVersion, OBJECT_VERSIONS } from './versions';

/** `objectId/resourceId` → behaviour, merged into the client's executables. */
export function objectExecutables(tree: ObjectTree, env: ObjectEnvironment = {}): Array<[string, ExecuteAction]> {
  followApnActivation(tree);
  followLocationFixes(tree, env);
  return [...connectivityStatistics(tree, env), ...eventLog(tree, env)];
}
