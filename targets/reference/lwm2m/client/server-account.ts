/**
 * The LwM2M Server account the client registers to (TS-Core §6.2.1): the Security Object Instance
 * that is not a Bootstrap-Server account, and the Server Object Instance with the same Short Server ID.
 * The reference client serves exactly one server.
 */
import { Obj } from '../model/ids.generated';
import { ConfigurationError } from './config-values';
import type { ObjectTree } from './object-tree';

/** TS-Core App. E.2: Disable Timeout default when /1/x/5 is absent. */
export const DEFAULT_DISABLE_TIMEOUT_S = 86400;

export interface ServerAccount {
  securityInstanceId: number;
  serverInstanceId: number;
  shortServerId: number;
  serverUri: string;
}

export function findServerAccount(tree: ObjectTree): ServerAccount {
  for (const securityInstanceId of tree.instanceIds(Obj.Security.id)) {
    if (tree.resource(Obj.Security.id, securityInstanceId, Obj.Security.BootstrapServer) === true) continue;
    const shortServerId = tree.resource(Obj.Security.id, securityInstanceId, Obj.Security.ShortServerID);
    const serverUri = tree.resource(Obj.Security.id, securityInstanceId, Obj.Security.LWM2MServerURI);
    if (typeof shortServerId !== 'number' || typeof serverUri !== 'string') continue;
    const serverInstanceId = tree
      .instanceIds(Obj.Server.id)
      .find((i) => tree.resource(Obj.Server.id, i, Obj.Server.ShortServerID) === shortServerId);
    if (serverInstanceId !== undefined) return { securityInstanceId, serverInstanceId, shortServerId, serverUri };
  }
  throw new ConfigurationError('no LwM2M Server account: needs a /0 instance with bs=false and a /1 instance with the same Short Server ID');
}

/** A numeric resource of the Server Object Instance, or the fallback when absent. */
export function serverNumber(tree: ObjectTree, account: ServerAccount, resourceId: number, fallback: number): number {
  const v = tree.resource(Obj.Server.id, account.serverInstanceId, resourceId);
  return typeof v === 'number' ? v : fallback;
}

export function serverBinding(tree: ObjectTree, account: ServerAccount): string {
  const v = tree.resource(Obj.Server.id, account.serverInstanceId, Obj.Server.Binding);
  return typeof v === 'string' ? v : 'U';
}
