/**
 * Provisioned (JSON-safe) configuration values → typed resource values, by the resource's DDF data
 * type (TS-Core App. C). A value that does not fit its type is a configuration error, reported with
 * its path, before the client starts.
 */
import type { ConfigValue } from '../../../roles/lwm2m-client';
import type { ResourceType, ResourceValue } from '../codecs/types';

export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

function fail(where: string, type: ResourceType, value: ConfigValue): never {
  throw new ConfigurationError(`${where}: ${JSON.stringify(value)} is not a valid ${type} value`);
}

export function toResourceValue(type: ResourceType, value: ConfigValue, where: string): ResourceValue {
  switch (type) {
    case 'string':
    case 'corelnk':
      return typeof value === 'string' || typeof value === 'number' ? String(value) : fail(where, type, value);
    case 'integer':
    case 'unsigned':
    case 'time':
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(where, type, value);
      if (type !== 'float' && !Number.isInteger(value)) return fail(where, type, value);
      if (type === 'unsigned' && value < 0) return fail(where, type, value);
      return value;
    case 'boolean':
      return typeof value === 'boolean' ? value : fail(where, type, value);
    case 'opaque':
      return typeof value === 'object' && 'opaque' in value ? Buffer.from(value.opaque, 'base64') : fail(where, type, value);
    case 'objlnk': {
      const m = typeof value === 'object' && 'objlnk' in value ? /^(\d+):(\d+)$/.exec(value.objlnk) : null;
      return m ? { objectId: Number(m[1]), instanceId: Number(m[2]) } : fail(where, type, value);
    }
    case 'none':
      throw new ConfigurationError(`${where}: an executable resource has no value to provision`);
  }
}
