/**
 * Bootstrap-Write (TS-Core §6.1.7.5; TS-Transport §6.4.2 `PUT /o`, `/o/i`, `/o/i/r`): the client writes
 * the values whatever the access rights and whether or not the Object Instance exists yet — a
 * missing instance is created. Resources the client does not know are ignored, never an error
 * (unknown optional resources, TS-Core §6.1.7.5). 2.04, or 4.00 malformed, 4.15 unknown format.
 */
import { CodecError, type Lwm2mPath, type Lwm2mRecord, type ResourceValue } from '../../codecs/types';
import type { CoapResponseSpec } from '../../../transport/coap-udp/types';
import { isUnder, pathDepth } from '../../model/path';
import type { BootstrapContext } from './bootstrap-context';

export function handleBootstrapWrite(ctx: BootstrapContext, path: Lwm2mPath, contentFormat: number | undefined, payload: Buffer): CoapResponseSpec {
  if (pathDepth(path) > 3) return { code: '4.00' };
  if (contentFormat === undefined) return { code: '4.00' };
  const codec = ctx.codecFor(contentFormat);
  if (!codec) return { code: '4.15' };
  let records: Lwm2mRecord[];
  try {
    records = codec.decode(payload, path, ctx.model);
  } catch (e) {
    if (e instanceof CodecError) return { code: '4.00' };
    throw e;
  }
  if (records.some((r) => !isUnder(r.path, path) || r.path.instanceId === undefined || r.path.resourceId === undefined)) return { code: '4.00' };
  writeRecords(ctx, records);
  if (path.instanceId !== undefined) ctx.tree.createInstance(path.objectId, path.instanceId); // an empty instance is still written
  return { code: '2.04' };
}

/** Stores records into the tree, creating instances; a multiple-instance resource is replaced whole. */
export function writeRecords(ctx: BootstrapContext, records: readonly Lwm2mRecord[]): void {
  const multiple = new Map<string, Map<number, ResourceValue>>();
  for (const { path, value } of records) {
    const { objectId } = path;
    const instanceId = path.instanceId!;
    const resourceId = path.resourceId!;
    const def = ctx.model.resource(objectId, resourceId);
    ctx.tree.createInstance(objectId, instanceId);
    if (!def) continue;
    if (!def.multiple) {
      ctx.tree.setResource(objectId, instanceId, resourceId, value);
      continue;
    }
    if (path.resourceInstanceId === undefined) continue;
    const key = `${objectId}/${instanceId}/${resourceId}`;
    const instances = multiple.get(key) ?? new Map<number, ResourceValue>();
    instances.set(path.resourceInstanceId, value);
    multiple.set(key, instances);
  }
  for (const [key, instances] of multiple) {
    const [o, i, r] = key.split('/').map(Number) as [number, number, number];
    ctx.tree.setResource(o, i, r, instances);
  }
}
