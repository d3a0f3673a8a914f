/**
 * What a Register says about the client's objects (TS-Core §6.2.1): the object list in link format,
 * or with a 1.2 Profile ID the `pid=` for the core objects plus a list of the rest (ETS int-110: no
 * list at all for C.1; int-111: `</4/0>` for C.5).
 */
import type { RegisteredObject } from '../../codecs/registration-links';
import { registrationObjectLinks } from '../../codecs/registration-links';
import { registrationObjectList } from '../object-links';
import type { ObjectTree } from '../object-tree';
import { announcedVersion } from '../objects';
import { dynamicProfileId, splitByProfile } from './profile-id';

export interface RegistrationPayload {
  objectLinks: string;
  profileId?: string;
}

export function registeredObjects(tree: ObjectTree): RegisteredObject[] {
  return tree.objectIds().map((objectId) => {
    const version = announcedVersion(objectId);
    return { objectId, instances: tree.instanceIds(objectId), ...(version !== undefined ? { version } : {}) };
  });
}

export function registrationPayload(tree: ObjectTree, useProfileId: boolean, enablerVersion: string): RegistrationPayload {
  if (!useProfileId) return { objectLinks: registrationObjectList(tree) };
  const { profile, rest } = splitByProfile(registeredObjects(tree));
  return { objectLinks: rest.length === 0 ? '' : registrationObjectLinks(rest), profileId: dynamicProfileId(profile, enablerVersion) };
}
