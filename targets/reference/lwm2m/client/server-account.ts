/**
 * The accounts the client holds (TS-Core §6.1.2 "Bootstrap Information"): each LwM2M Server Account is
 * a Security Object Instance with Bootstrap-Server false and the Server Object Instance with the same
 * Short Server ID; the (at most one) LwM2M Bootstrap-Server Account is the Security Object Instance with
 * Bootstrap-Server true. The reference client registers to every Server Account it holds (ETS int-950).
 */
import { Obj } from '../model/ids.generated';
import { ConfigurationError } from './config-values';
import type { ObjectTree } from './object-tree';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './registration-engine';

/** TS-Core App. E.2: Disable Timeout default when /1/x/5 is absent. */
export const DEFAULT_DISABLE_TIMEOUT_S = 86400;

export interface ServerAccount {
  securityInstanceId: number;
  serverInstanceId: number;
  shortServerId: number;
  serverUri: string;
}

export interface BootstrapAccount {
  securityInstanceId: number;
  serverUri: string;
}

/** Every complete LwM2M Server Account, by Security Object Instance ID. */
export function findServerAccounts(tree: ObjectTree): ServerAccount[] {
  const accounts: ServerAccount[] = [];
  for (const securityInstanceId of tree.instanceIds(Obj.Security.id)) {
    if (tree.resource(Obj.Security.id, securityInstanceId, Obj.Security.BootstrapServer) === true) continue;
    const shortServerId = tree.resource(Obj.Security.id, securityInstanceId, Obj.Security.ShortServerID);
    const serverUri = tree.resource(Obj.Security.id, securityInstanceId, Obj.Security.LWM2MServerURI);
    if (typeof shortServerId !== 'number' || typeof serverUri !== 'string') continue;
    const serverInstanceId = tree
      .instanceIds(Obj.Server.id)
      .find((i) => tree.resource(Obj.Server.id, i, Obj.Server.ShortServerID) === shortServerId);
    if (serverInstanceId !== undefined) accounts.push({ securityInstanceId, serverInstanceId, shortServerId, serverUri });
  }
  return accounts;
}

/** The first LwM2M Server Account; a configuration without one is an error. */
export function findServerAccount(tree: ObjectTree): ServerAccount {
  const account = findServerAccounts(tree)[0];
  if (!account) throw new ConfigurationError('no LwM2M Server account: needs a /0 instance with bs=false and a /1 instance with the same Short Server ID');
  return account;
}

/** The LwM2M Bootstrap-Server Account, if the client holds one. */
export function findBootstrapAccount(tree: ObjectTree): BootstrapAccount | undefined {
  for (const securityInstanceId of tree.instanceIds(Obj.Security.id)) {
    if (tree.resource(Obj.Security.id, securityInstanceId, Obj.Security.BootstrapServer) !== true) continue;
    const serverUri = tree.resource(Obj.Security.id, securityInstanceId, Obj.Security.LWM2MServerURI);
    if (typeof serverUri === 'string') return { securityInstanceId, serverUri };
  }
  return undefined;
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

/** TS-Core 1.1 §6.2.1.1: the retry parameters /1/x/17..20 of the account, defaults when absent. */
export function retryPolicyOf(tree: ObjectTree, account: ServerAccount): RetryPolicy {
  const d = DEFAULT_RETRY_POLICY;
  return {
    retryCount: Math.max(1, serverNumber(tree, account, Obj.Server.CommunicationRetryCount, d.retryCount)),
    retryTimerS: serverNumber(tree, account, Obj.Server.CommunicationRetryTimer, d.retryTimerS),
    sequenceDelayS: serverNumber(tree, account, Obj.Server.CommunicationSequenceDelayTimer, d.sequenceDelayS),
    sequenceRetryCount: Math.max(1, serverNumber(tree, account, Obj.Server.CommunicationSequenceRetryCount, d.sequenceRetryCount)),
  };
}

/** /1/x/16 Bootstrap on Registration Failure: default true (TS-Core 1.1 Table 6.2.1.1-1). */
export function bootstrapOnFailure(tree: ObjectTree, account: ServerAccount): boolean {
  return tree.resource(Obj.Server.id, account.serverInstanceId, Obj.Server.BootstrapOnRegistrationFailure) !== false;
}
