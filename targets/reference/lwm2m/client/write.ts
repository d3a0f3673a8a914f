/**
 * Write (TS-Core §6.3.3): Replace with PUT on /o/i, /o/i/r or /o/i/r/ri, Partial Update with POST on
 * /o/i (TS-Transport §6.4.4). All-or-nothing: every record is checked before anything is stored.
 * 4.00 malformed or outside the path, 4.04 absent, 4.05 not writable, 4.15 unknown Content-Format.
 */
import { CodecError, type Lwm2mPath, type Lwm2mRecord, type ResourceValue } from '../codecs/types';
import type { CoapResponseSpec } from '../../transport/coap-udp/types';
import { isUnder, pathDepth } from '../model/path';
import { isWritable } from './access';
import type { DmContext } from './dm-context';
import type { StoredResource } from './object-tree';

export type WriteMode = 'replace' | 'partial-update';

export interface WriteOutcome {
  response: CoapResponseSpec;
  /** Resources whose value changed (`/o/i/r`), for side effects such as the Update with `lt=`. */
  changed: Lwm2mPath[];
}

const refuse = (code: string): WriteOutcome => ({ response: { code }, changed: [] });

export function handleWrite(
  ctx: DmContext,
  path: Lwm2mPath,
  mode: WriteMode,
  contentFormat: number | undefined,
  payload: Buffer,
): WriteOutcome {
  const depth = pathDepth(path);
  if (depth === 1 || (mode === 'partial-update' && depth !== 2)) return refuse('4.05');
  if (!ctx.tree.hasInstance(path.objectId, path.instanceId!)) return refuse('4.04');
  if (contentFormat === undefined) return refuse('4.00');
  const codec = ctx.codecFor(contentFormat);
  if (!codec) return refuse('4.15');
  let records: Lwm2mRecord[];
  try {
    records = codec.decode(payload, path, ctx.model);
  } catch (e) {
    if (e instanceof CodecError) return refuse('4.00');
    throw e;
  }
  const grouped = new Map<number, Lwm2mRecord[]>();
  for (const record of records) {
    const { resourceId, instanceId } = record.path;
    if (!isUnder(record.path, path) || resourceId === undefined || instanceId !== path.instanceId) return refuse('4.00');
    const def = ctx.model.resource(path.objectId, resourceId);
    if (!def) return refuse('4.04');
    if (!isWritable(def)) return refuse('4.05');
    if (def.multiple !== (record.path.resourceInstanceId !== undefined)) return refuse('4.00');
    grouped.set(resourceId, [...(grouped.get(resourceId) ?? []), record]);
  }
  if (depth === 4 && !ctx.tree.exists({ ...path, resourceInstanceId: undefined })) return refuse('4.04');
  return { response: { code: '2.04' }, changed: apply(ctx, path, mode, grouped) };
}

function apply(ctx: DmContext, path: Lwm2mPath, mode: WriteMode, grouped: Map<number, Lwm2mRecord[]>): Lwm2mPath[] {
  const { objectId } = path;
  const instanceId = path.instanceId!;
  if (pathDepth(path) === 2 && mode === 'replace') removeAbsentOptionalWritables(ctx, objectId, instanceId, grouped);
  const changed: Lwm2mPath[] = [];
  for (const [resourceId, recs] of grouped) {
    const multiple = ctx.model.resource(objectId, resourceId)!.multiple;
    let stored: StoredResource = recs[recs.length - 1]!.value;
    if (multiple) {
      const previous = ctx.tree.resource(objectId, instanceId, resourceId);
      // Replacing the Resource (or the Instance) replaces all its Resource Instances; a Partial
      // Update or a write to one Resource Instance merges into the existing ones.
      const merge = mode === 'partial-update' || pathDepth(path) === 4;
      const instances = new Map<number, ResourceValue>(merge && previous instanceof Map ? previous : []);
      for (const r of recs) instances.set(r.path.resourceInstanceId!, r.value);
      stored = instances;
    }
    ctx.tree.setResource(objectId, instanceId, resourceId, stored);
    changed.push({ objectId, instanceId, resourceId });
  }
  return changed;
}

/** Replace on an Object Instance: optional writable Resources the payload leaves out are removed. */
function removeAbsentOptionalWritables(ctx: DmContext, objectId: number, instanceId: number, grouped: Map<number, Lwm2mRecord[]>): void {
  for (const resourceId of ctx.tree.resourceIds(objectId, instanceId)) {
    const def = ctx.model.resource(objectId, resourceId);
    if (def && isWritable(def) && !def.mandatory && !grouped.has(resourceId)) ctx.tree.deleteResource(objectId, instanceId, resourceId);
  }
}
