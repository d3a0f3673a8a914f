import type { ConfigInstance, Lwm2mClientStartOptions } from '../../roles/lwm2m-client';
import type { TemplateValues } from './template';

function resource(instances: ConfigInstance[], objectId: number, resourceId: number): unknown {
  return instances.find((i) => i.objectId === objectId)?.resources[resourceId];
}

/** Placeholder values for one start of a launched client. */
export function templateValues(options: Lwm2mClientStartOptions, configFile: string): TemplateValues {
  const uri = new URL(options.serverUri);
  const psk = resource(options.configuration.instances, 0, 5);
  return {
    serverUri: options.serverUri,
    host: uri.hostname.replace(/^\[|\]$/g, ''),
    port: uri.port,
    endpoint: options.endpoint,
    lifetime: String(resource(options.configuration.instances, 1, 1) ?? 86400),
    configFile,
    timeScale: String(options.timeScale),
    pskId: String(resource(options.configuration.instances, 0, 3) ?? ''),
    pskKey: psk && typeof psk === 'object' && 'opaque' in psk ? Buffer.from(String(psk.opaque), 'base64').toString('hex') : '',
  };
}
