/**
 * An ETS Appendix C configuration (targets/reference/lwm2m/configurations) as the scripted client's
 * values: the same fixtures the client-role cases provision, so "C.1" means one thing in the suite.
 * The Security Object (/0) is left out: a server can never read it (TS-Core §E.1) and a client
 * never registers it.
 */
import type { ClientConfiguration, ConfigValue } from '../../targets/roles/lwm2m-client';
import type { Lwm2mRecord, ResourceValue } from '../../targets/reference/lwm2m/codecs/types';

function valueOf(v: ConfigValue): ResourceValue {
  if (typeof v === 'object' && 'opaque' in v) return Buffer.from(v.opaque, 'base64');
  if (typeof v === 'object' && 'objlnk' in v) {
    const [objectId, instanceId] = v.objlnk.split(':').map(Number);
    return { objectId: objectId!, instanceId: instanceId! };
  }
  return v;
}

const isMultiple = (v: ConfigValue | Record<number, ConfigValue>): v is Record<number, ConfigValue> =>
  typeof v === 'object' && !('opaque' in v) && !('objlnk' in v);

export function configurationRecords(configuration: ClientConfiguration): Lwm2mRecord[] {
  return configuration.instances
    .filter((i) => i.objectId !== 0)
    .flatMap(({ objectId, instanceId, resources }) =>
      Object.entries(resources).flatMap(([rid, v]) => {
        const resourceId = Number(rid);
        if (!isMultiple(v)) return [{ path: { objectId, instanceId, resourceId }, value: valueOf(v) }];
        return Object.entries(v).map(([ri, iv]) => ({ path: { objectId, instanceId, resourceId, resourceInstanceId: Number(ri) }, value: valueOf(iv) }));
      }),
    );
}
