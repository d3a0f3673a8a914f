/**
 * What the client was provisioned with, for criteria such as "the values equal the configuration"
 * (ETS int-201, int-203): look-ups into an ETS Appendix C configuration and a comparison of a
 * decoded value with a provisioned one.
 */
import type { ClientConfiguration, ConfigValue } from '../../targets/roles/lwm2m-client';
import type { Lwm2mPath, ResourceValue } from '../../targets/reference/lwm2m/codecs/types';
import { InconclusiveError } from '../support/verdict';

export type ProvisionedResource = ConfigValue | Record<number, ConfigValue>;

/** The provisioned value of /o/i/r, or of /o/i/r/ri; undefined when not provisioned. */
export function provisionedValue(config: ClientConfiguration, path: Lwm2mPath): ProvisionedResource | undefined {
  const instance = config.instances.find((i) => i.objectId === path.objectId && i.instanceId === path.instanceId);
  if (!instance || path.resourceId === undefined) return undefined;
  const value: ProvisionedResource | undefined = instance.resources[path.resourceId];
  if (path.resourceInstanceId === undefined || value === undefined) return value;
  return isInstanceMap(value) ? (value as Record<number, ConfigValue>)[path.resourceInstanceId] : undefined;
}

/** Like provisionedValue, for values a step relies on: a missing one is a harness/feature problem. */
export function requireProvisioned(config: ClientConfiguration, path: Lwm2mPath): ProvisionedResource {
  const value = provisionedValue(config, path);
  if (value === undefined) throw new InconclusiveError(`configuration ${config.id} provisions nothing at ${JSON.stringify(path)}`);
  return value;
}

export function isInstanceMap(v: ProvisionedResource): v is Record<number, ConfigValue> {
  return typeof v === 'object' && !('opaque' in v) && !('objlnk' in v);
}

/** True when a value read from the client is the provisioned one. */
export function sameAsProvisioned(value: ResourceValue, provisioned: ConfigValue): boolean {
  if (typeof provisioned === 'object') {
    if ('opaque' in provisioned) return Buffer.isBuffer(value) && value.equals(Buffer.from(provisioned.opaque, 'base64'));
    return typeof value === 'object' && 'objectId' in value && `${value.objectId}:${value.instanceId}` === provisioned.objlnk;
  }
  if (typeof value === 'bigint') return typeof provisioned === 'number' && BigInt(provisioned) === value;
  return value === provisioned;
}

export function describeProvisioned(v: ProvisionedResource): string {
  return JSON.stringify(v);
}
