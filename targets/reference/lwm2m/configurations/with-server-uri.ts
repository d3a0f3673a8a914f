/**
 * Points a configuration's LwM2M Server account at a concrete server: /0/x/0 of every
 * non-bootstrap Security Object Instance. The fixtures are constants; this returns a copy.
 */
import type { ClientConfiguration, ConfigInstance } from '../../../roles/lwm2m-client';

const SECURITY = 0;
const SERVER_URI = 0;
const BOOTSTRAP_SERVER = 1;

export function withServerUri(config: ClientConfiguration, uri: string): ClientConfiguration {
  return {
    ...config,
    instances: config.instances.map((instance): ConfigInstance => {
      if (instance.objectId !== SECURITY || instance.resources[BOOTSTRAP_SERVER] === true) return instance;
      return { ...instance, resources: { ...instance.resources, [SERVER_URI]: uri } };
    }),
  };
}

/** A copy of the configuration with one resource of one instance replaced (e.g. a 20 s lifetime). */
export function withResource(
  config: ClientConfiguration,
  path: { objectId: number; instanceId: number; resourceId: number },
  value: ConfigInstance['resources'][number],
): ClientConfiguration {
  let found = false;
  const instances = config.instances.map((instance) => {
    if (instance.objectId !== path.objectId || instance.instanceId !== path.instanceId) return instance;
    found = true;
    return { ...instance, resources: { ...instance.resources, [path.resourceId]: value } };
  });
  if (!found) throw new Error(`configuration ${config.id} has no instance /${path.objectId}/${path.instanceId}`);
  return { ...config, instances };
}
