/**
 * Write-Composite (TS-Core 1.2 §6.3.9; TS-Transport §6.4.4 iPATCH on `/`): values for Resources and
 * Resource Instances anywhere, in SenML JSON/CBOR or LwM2M CBOR, applied atomically — every target is
 * checked (exists, writable, not a bootstrap-only object) before anything changes, and one failure
 * refuses all (ETS int-230, int-257). New Resource Instances of an existing multiple Resource are
 * created; Resources not named are untouched.
 */
import { isCompositeCodec } from '../../codecs/composite';
import { CodecError, type Lwm2mPath, type Lwm2mRecord, type ResourceValue } from '../../codecs/types';
import { formatPath, pathDepth } from '../../model/path';
import { BOOTSTRAP_ONLY_OBJECTS, isWritable } from '../access';
import type { DmContext } from '../dm-context';
import type { WriteOutcome } from '../write';

const refuse = (code: string, why?: string): WriteOutcome => ({ response: { code, payload: why ? Buffer.from(why, 'utf8') : undefined }, changed: [] });

export function handleWriteComposite(ctx: DmContext, contentFormat: number | undefined, payload: Buffer): WriteOutcome {
  if (contentFormat === undefined) return refuse('4.00', 'no Content-Format');
  const codec = ctx.codecFor(contentFormat);
  if (!isCompositeCodec(codec)) return refuse('4.15');
  let records: Lwm2mRecord[];
  try {
    records = codec.decodeComposite(payload, ctx.model);
  } catch (e) {
    if (e instanceof CodecError) return refuse('4.00', e.message);
    throw e;
  }
  if (records.length === 0) return refuse('4.00', 'no values');
  for (const { path } of records) {
    const where = formatPath(path);
    if (pathDepth(path) < 3) return refuse('4.00', `${where} is not a Resource`);
    if (BOOTSTRAP_ONLY_OBJECTS.has(path.objectId)) return refuse('4.01');
    if (!ctx.tree.hasInstance(path.objectId, path.instanceId!)) return refuse('4.04', `${where}: no such Object Instance`);
    const def = ctx.model.resource(path.objectId, path.resourceId!);
    if (!def) return refuse('4.04', `${where}: no such Resource`);
    if (!isWritable(def)) return refuse('4.05', `${where} is not writable`);
    if (def.multiple !== (path.resourceInstanceId !== undefined)) return refuse('4.00', `${where}: wrong level for this Resource`);
  }
  const changed = new Map<string, Lwm2mPath>();
  for (const { path, value } of records) {
    const { objectId, instanceId, resourceId, resourceInstanceId } = path as Required<Lwm2mPath>;
    if (path.resourceInstanceId === undefined) {
      ctx.tree.setResource(objectId, instanceId, resourceId, value);
    } else {
      const previous = ctx.tree.resource(objectId, instanceId, resourceId);
      const instances = new Map<number, ResourceValue>(previous instanceof Map ? previous : []);
      instances.set(resourceInstanceId, value);
      ctx.tree.setResource(objectId, instanceId, resourceId, instances);
    }
    changed.set(`${objectId}/${instanceId}/${resourceId}`, { objectId, instanceId, resourceId });
  }
  return { response: { code: '2.04' }, changed: [...changed.values()] };
}
