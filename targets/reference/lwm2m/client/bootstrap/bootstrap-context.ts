/**
 * What the Bootstrap Interface handlers work on (TS-Core §6.1.7): the client's object tree with its
 * model and codecs, the enabler version it reports in Bootstrap-Discover, and who holds the
 * Bootstrap-Server Account (which no Bootstrap-Delete may remove).
 */
import type { ContentCodec, ModelLookup } from '../../codecs/types';
import { isObjectLink } from '../../codecs/values';
import type { ObjectTree } from '../object-tree';

export interface BootstrapContext {
  tree: ObjectTree;
  model: ModelLookup;
  codecFor(contentFormat: number): ContentCodec | undefined;
  /** `1.1` or `1.2`: the `lwm2m=` of Bootstrap-Discover. */
  version: string;
}

/** RFC 6690 application/link-format and the TLV default of Bootstrap-Read (TS-Core §6.1.7.4). */
export const LINK_FORMAT = 40;
export const TLV = 11542;

/** Security Object Instance IDs of Bootstrap-Server Accounts (Bootstrap-Server resource /0/x/1 true). */
export function bootstrapAccountInstances(tree: ObjectTree): number[] {
  return tree.instanceIds(0).filter((i) => tree.resource(0, i, 1) === true);
}

/**
 * TS-Core §6.1.7.6: Bootstrap-Delete never removes the Bootstrap-Server Account nor the Device Object
 * Instance /3/0; Bootstrap-Pack never replaces them either (§6.1.7.7). An account secured with OSCORE
 * (1.2, /0/x/17 → /21/y) includes its OSCORE Object Instance: without it the client could not reach
 * the Bootstrap-Server again (ETS 1.2-int-11 bootstraps over OSCORE; Leshan's client keeps it too).
 */
export function isProtectedInstance(tree: ObjectTree, objectId: number, instanceId: number): boolean {
  if (objectId === 3 && instanceId === 0) return true;
  if (objectId === OSCORE) return bootstrapAccountInstances(tree).some((i) => linksTo(tree.resource(0, i, OSCORE_SECURITY_MODE), OSCORE, instanceId));
  return objectId === 0 && bootstrapAccountInstances(tree).includes(instanceId);
}

const OSCORE = 21;
/** /0/x/17 OSCORE Security Mode (objlnk). */
const OSCORE_SECURITY_MODE = 17;

function linksTo(value: unknown, objectId: number, instanceId: number): boolean {
  return isObjectLink(value) && value.objectId === objectId && value.instanceId === instanceId;
}
