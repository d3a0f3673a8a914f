/**
 * ETS Appendix C builds most configurations as "a superset of C.x" (App. C preamble: a richer
 * configuration may be used as long as it keeps the minimum). `extendConfiguration` writes that
 * down: the base's instances, with the listed ones added or, for the same /o/i, merged over them.
 */
import type { ClientConfiguration, ConfigInstance } from '../../../roles/lwm2m-client';

export function extendConfiguration(base: ClientConfiguration, id: string, extra: readonly ConfigInstance[]): ClientConfiguration {
  const same = (a: ConfigInstance, b: ConfigInstance) => a.objectId === b.objectId && a.instanceId === b.instanceId;
  const instances = base.instances.map((instance) => {
    const over = extra.find((e) => same(e, instance));
    return over ? { ...instance, resources: { ...instance.resources, ...over.resources } } : instance;
  });
  for (const e of extra) if (!base.instances.some((i) => same(i, e))) instances.push(e);
  return { id, instances };
}

/** Opaque configuration values are base64 (roles/lwm2m-client.ts `ConfigValue`). */
export const opaque = (bytes: Buffer | string): { opaque: string } => ({
  opaque: (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64'),
});
