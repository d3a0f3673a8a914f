/**
 * Cellular connectivity (Objects 10 and 11 v1.1; CONMGMT-int-1250): an APN Connection Profile whose
 * Enable status /11/x/3 is true gets a PDN connection, and /10/0/11 "Activated Profile Names" links
 * "every APN connection profile that has an activated PDN connection". The reference client has no
 * modem, so activation succeeds at once: the list follows the Enable status of the profiles, as
 * profiles are created, enabled, disabled or deleted.
 */
import type { Lwm2mPath, ObjectLink } from '../../codecs/types';
import { Obj } from '../../model/ids.generated';
import type { ObjectTree } from '../object-tree';
import { perTree } from './environment';

const Cellular = Obj.CellularConnectivity;
const Apn = Obj.APNConnectionProfile;

/** The profiles a modem would have activated: Enable status explicitly true. */
export function activatedProfiles(tree: ObjectTree): ObjectLink[] {
  return tree
    .instanceIds(Apn.id)
    .filter((i) => tree.resource(Apn.id, i, Apn.EnableStatus) === true)
    .map((instanceId) => ({ objectId: Apn.id, instanceId }));
}

function sameLinks(a: ReadonlyMap<number, unknown> | undefined, b: readonly ObjectLink[]): boolean {
  if (!a || a.size !== b.length) return false;
  return b.every((link, i) => {
    const v = a.get(i) as ObjectLink | undefined;
    return v?.objectId === link.objectId && v.instanceId === link.instanceId;
  });
}

function refresh(tree: ObjectTree): void {
  const links = activatedProfiles(tree);
  for (const instanceId of tree.instanceIds(Cellular.id)) {
    const current = tree.resource(Cellular.id, instanceId, Cellular.ActivatedProfileNames);
    if (current instanceof Map && sameLinks(current, links)) continue;
    tree.setResource(Cellular.id, instanceId, Cellular.ActivatedProfileNames, new Map(links.map((l, i) => [i, l])));
  }
}

const touchesProfiles = (p: Lwm2mPath) => p.objectId === Apn.id && (p.resourceId === undefined || p.resourceId === Apn.EnableStatus);

const cache = new WeakMap<ObjectTree, () => void>();

/** Keeps /10/x/11 in step with the enabled profiles from now on (once per tree). */
export function followApnActivation(tree: ObjectTree): void {
  perTree(cache, tree, () => tree.onChange((path) => touchesProfiles(path) && refresh(tree)));
}
