/**
 * Create (TS-Core 1.2 §6.3.6; TS-Transport §6.4.4 POST on /o with a payload): one new Object Instance
 * from TLV, SenML JSON/CBOR or LwM2M CBOR. The payload names the instance (TLV Object Instance TLV,
 * SenML `/o/i/...`) or not (TLV Resource TLVs only: the client assigns the lowest free id). Answers
 * 2.01 with Location-Path `/o/i`; 4.00 for a malformed payload, an instance id already in use, or a
 * missing mandatory writable Resource; 4.04 for an Object the client does not support; 4.05 for an
 * Object whose instances the client manages itself (single-instance Objects such as Device /3 —
 * ETS int-680 — and the Server and Access Control Objects); 4.15 for an unknown format.
 * Read-only values in the payload are ignored (TS-Core §6.3.6).
 */
import { CodecError, type Lwm2mPath, type Lwm2mRecord, type ResourceDef, type ResourceValue } from '../codecs/types';
import type { CoapResponseSpec } from '../../transport/coap-udp/types';
import { isWritable } from './access';
import { ContentFormat } from './content-format';
import type { DmContext } from './dm-context';
import type { StoredResource } from './object-tree';

/** Objects whose instances only the client (or the Bootstrap-Server) creates and deletes. */
export const CLIENT_MANAGED_OBJECTS: ReadonlySet<number> = new Set([0, 1, 2, 3]);

/** True when the DDF says the Object may have several instances (unknown models: assume it may). */
export function isMultipleInstanceObject(ctx: DmContext, objectId: number): boolean {
  const model = ctx.model as { object?: (id: number) => { multiple: boolean } | undefined };
  return model.object?.(objectId)?.multiple ?? true;
}

export interface CreateOutcome {
  response: CoapResponseSpec;
  created?: Lwm2mPath;
}

const refuse = (code: string, why?: string): CreateOutcome => ({ response: { code, payload: why ? Buffer.from(why, 'utf8') : undefined } });

export function handleCreate(ctx: DmContext, objectId: number, contentFormat: number | undefined, payload: Buffer): CreateOutcome {
  if (!ctx.tree.exists({ objectId })) return refuse('4.04');
  if (CLIENT_MANAGED_OBJECTS.has(objectId) || !isMultipleInstanceObject(ctx, objectId)) return refuse('4.05');
  if (contentFormat === undefined) return refuse('4.00', 'no Content-Format');
  const codec = ctx.codecFor(contentFormat);
  if (!codec || contentFormat === ContentFormat.PlainText || contentFormat === ContentFormat.Opaque) return refuse('4.15');
  const free = freeInstanceId(ctx, objectId);
  let records: Lwm2mRecord[];
  try {
    records = decodeCreate(codec.decode.bind(codec), payload, objectId, free, contentFormat, ctx);
  } catch (e) {
    if (e instanceof CodecError) return refuse('4.00', e.message);
    throw e;
  }
  const instanceIds = new Set(records.map((r) => r.path.instanceId));
  if (instanceIds.size !== 1 || records.some((r) => r.path.resourceId === undefined)) return refuse('4.00', 'a Create carries one Object Instance');
  const instanceId = [...instanceIds][0]!;
  if (ctx.tree.hasInstance(objectId, instanceId)) return refuse('4.00', `/${objectId}/${instanceId} exists already`);
  const resources = new Map<number, StoredResource>();
  for (const { path, value } of records) {
    const def = ctx.model.resource(objectId, path.resourceId!);
    if (!def) return refuse('4.00', `Object ${objectId} has no Resource ${path.resourceId}`);
    if (!isWritable(def)) continue;
    if (def.multiple !== (path.resourceInstanceId !== undefined)) return refuse('4.00', `Resource ${def.id}: wrong level`);
    if (!def.multiple) resources.set(def.id, value);
    else {
      const instances = (resources.get(def.id) as Map<number, ResourceValue> | undefined) ?? new Map<number, ResourceValue>();
      instances.set(path.resourceInstanceId!, value);
      resources.set(def.id, instances);
    }
  }
  const missing = mandatoryWritables(ctx, objectId).filter((id) => !resources.has(id));
  if (missing.length > 0) return refuse('4.00', `mandatory Resource(s) ${missing.join(', ')} missing`);
  ctx.tree.createInstance(objectId, instanceId);
  for (const [resourceId, value] of resources) ctx.tree.setResource(objectId, instanceId, resourceId, value);
  return { response: { code: '2.01', locationPath: [String(objectId), String(instanceId)] }, created: { objectId, instanceId } };
}

/** TLV without an Object Instance TLV means "client, pick the id" (TS-Core §7.4.3); SenML names it. */
function decodeCreate(
  decode: (payload: Buffer, path: Lwm2mPath, model: DmContext['model']) => Lwm2mRecord[],
  payload: Buffer,
  objectId: number,
  free: number,
  contentFormat: number,
  ctx: DmContext,
): Lwm2mRecord[] {
  try {
    return decode(payload, { objectId }, ctx.model);
  } catch (e) {
    if (!(e instanceof CodecError) || contentFormat !== ContentFormat.Tlv) throw e;
    return decode(payload, { objectId, instanceId: free }, ctx.model);
  }
}

function freeInstanceId(ctx: DmContext, objectId: number): number {
  const used = new Set(ctx.tree.instanceIds(objectId));
  let id = 0;
  while (used.has(id)) id++;
  return id;
}

function mandatoryWritables(ctx: DmContext, objectId: number): number[] {
  const model = ctx.model as { object?: (id: number) => { resources: ReadonlyMap<number, ResourceDef> } | undefined };
  const resources = model.object?.(objectId)?.resources;
  if (!resources) return [];
  return [...resources.values()].filter((r) => r.mandatory && isWritable(r)).map((r) => r.id);
}
