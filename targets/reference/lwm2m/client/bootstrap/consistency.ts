/**
 * The check behind Bootstrap-Finish (TS-Core §6.1.3.3, §6.1.6; TS-Transport Table 6.7-1): after
 * bootstrap the client MUST hold at least one LwM2M Server Account — a Security Object Instance with
 * Bootstrap-Server false, a Server URI and a Short Server ID, and a Server Object Instance with that
 * Short Server ID and its mandatory Resources. If not, Finish is answered 4.06 Not Acceptable
 * (ETS int-9).
 */
import type { ModelLookup } from '../../codecs/types';
import type { ObjectTree } from '../object-tree';
import { findServerAccounts } from '../server-account';

/** Undefined when consistent, else why not (for the log and the diagnostics). */
export function bootstrapInconsistency(tree: ObjectTree, model: ModelLookup): string | undefined {
  const accounts = findServerAccounts(tree);
  if (accounts.length === 0) return 'no LwM2M Server Account (a /0 instance with bs=false, URI and SSID, and a /1 instance with that SSID)';
  for (const account of accounts) {
    const missing = tree.resourceIds(1, account.serverInstanceId).length === 0 ? ['all'] : mandatoryMissing(tree, model, account.serverInstanceId);
    if (missing.length > 0) return `Server Object Instance /1/${account.serverInstanceId} lacks mandatory Resource(s) ${missing.join(', ')}`;
  }
  return undefined;
}

/** Mandatory, non-executable Server Object Resources (SSID, Lifetime, Notification Storing, Binding). */
function mandatoryMissing(tree: ObjectTree, model: ModelLookup, instanceId: number): string[] {
  const missing: string[] = [];
  for (let resourceId = 0; resourceId < 64; resourceId++) {
    const def = model.resource(1, resourceId);
    if (!def || !def.mandatory || def.type === 'none') continue;
    if (tree.resource(1, instanceId, resourceId) === undefined) missing.push(`/1/${instanceId}/${resourceId}`);
  }
  return missing;
}
