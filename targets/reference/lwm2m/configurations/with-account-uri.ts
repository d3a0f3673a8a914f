/**
 * Points one account of a configuration at a concrete address: the Bootstrap-Server Account
 * (`withBootstrapServerUri`) or the Server Account with a given Short Server ID
 * (`withServerAccountUri`, for the two servers of C.14). Returns a copy; fixtures stay constants.
 */
import type { ClientConfiguration, ConfigInstance } from '../../../roles/lwm2m-client';

const SECURITY = 0;

function mapSecurity(config: ClientConfiguration, pick: (i: ConfigInstance) => boolean, uri: string, what: string): ClientConfiguration {
  let found = false;
  const instances = config.instances.map((instance) => {
    if (instance.objectId !== SECURITY || !pick(instance)) return instance;
    found = true;
    return { ...instance, resources: { ...instance.resources, 0: uri } };
  });
  if (!found) throw new Error(`configuration ${config.id} has no ${what}`);
  return { ...config, instances };
}

export function withBootstrapServerUri(config: ClientConfiguration, uri: string): ClientConfiguration {
  return mapSecurity(config, (i) => i.resources[1] === true, uri, 'Bootstrap-Server Account');
}

export function withServerAccountUri(config: ClientConfiguration, shortServerId: number, uri: string): ClientConfiguration {
  return mapSecurity(config, (i) => i.resources[1] !== true && i.resources[10] === shortServerId, uri, `Server Account with Short Server ID ${shortServerId}`);
}
