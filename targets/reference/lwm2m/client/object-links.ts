/**
 * The object list of Register and Update (TS-Core §6.2.1): every Object Instance as `</o/i>`, an
 * Object without instances as `</o>`. The Security Object, OSCORE and COSE are never listed
 * (`registrationObjectLinks` drops them; ETS int-101). No `ver=`: every resource the reference client
 * serves exists in version 1.0 of its object, which is what a link without `ver` claims.
 */
import { registrationObjectLinks } from '../codecs/registration-links';
import type { ObjectTree } from './object-tree';

export function registrationObjectList(tree: ObjectTree): string {
  return registrationObjectLinks(tree.objectIds().map((objectId) => ({ objectId, instances: tree.instanceIds(objectId) })));
}
