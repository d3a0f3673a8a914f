/**
 * How the reference device's memory is filled (TS-Core §6.1 bootstrap modes): Factory Bootstrap is the
 * provisioned configuration (server accounts still carrying the placeholder URI get the URI the
 * client was started with; concrete URIs, e.g. two servers of ETS C.14, are kept), and Bootstrap from
 * Smartcard lays the card's Security and Server Object Instances over it at power-on.
 */
import type { ClientConfiguration, ConfigInstance } from '../../../../roles/lwm2m-client';
import { UNSET_SERVER_URI } from '../../configurations/c1';
import type { ModelLookup } from '../../codecs/types';
import { ObjectTree } from '../object-tree';

const SECURITY = 0;
const SERVER = 1;

/** The factory configuration with `serverUri` in every non-bootstrap account that has no URI of its own. */
export function factoryTree(configuration: ClientConfiguration, serverUri: string, model: ModelLookup): ObjectTree {
  const instances = configuration.instances.map((instance): ConfigInstance => {
    if (instance.objectId !== SECURITY || instance.resources[1] === true) return instance;
    const uri = instance.resources[0];
    if (uri !== undefined && uri !== UNSET_SERVER_URI) return instance;
    return { ...instance, resources: { ...instance.resources, 0: serverUri } };
  });
  return ObjectTree.fromConfiguration({ ...configuration, instances }, model);
}

/** A deep copy (the device's flash stays untouched while a smartcard is in). */
export function copyTree(tree: ObjectTree, model: ModelLookup): ObjectTree {
  const copy = new ObjectTree(model);
  for (const objectId of tree.objectIds()) {
    for (const instanceId of tree.instanceIds(objectId)) {
      copy.createInstance(objectId, instanceId);
      for (const resourceId of tree.resourceIds(objectId, instanceId)) {
        const stored = tree.resource(objectId, instanceId, resourceId)!;
        copy.setResource(objectId, instanceId, resourceId, stored instanceof Map ? new Map(stored) : stored);
      }
    }
  }
  return copy;
}

/**
 * Bootstrap from Smartcard (TS-Core 1.0 §5.1.2.2; ETS int-3, int-6): the card's Bootstrap Information
 * replaces the Server Accounts — every non-bootstrap Security instance and every Server instance —
 * and adds whatever else the card holds. The Bootstrap-Server Account stays unless the card brings one.
 */
export function withSmartcard(flash: ObjectTree, card: ClientConfiguration, model: ModelLookup): ObjectTree {
  const tree = copyTree(flash, model);
  const cardTree = ObjectTree.fromConfiguration(card, model);
  for (const instanceId of tree.instanceIds(SECURITY)) if (tree.resource(SECURITY, instanceId, 1) !== true) tree.deleteInstance(SECURITY, instanceId);
  for (const instanceId of tree.instanceIds(SERVER)) tree.deleteInstance(SERVER, instanceId);
  for (const objectId of cardTree.objectIds()) {
    for (const instanceId of cardTree.instanceIds(objectId)) {
      tree.deleteInstance(objectId, instanceId);
      tree.createInstance(objectId, instanceId);
      for (const resourceId of cardTree.resourceIds(objectId, instanceId)) tree.setResource(objectId, instanceId, resourceId, cardTree.resource(objectId, instanceId, resourceId)!);
    }
  }
  return tree;
}
