/**
 * Applying a Bootstrap-Pack (TS-Core 1.2 §6.1.7.7, §6.1.6): for every Object in the pack the client
 * replaces all its instances with the pack's, leaves Objects the pack does not name alone, and never
 * touches the Bootstrap-Server Account or /3/0. The pack is one composite payload (SenML CBOR here);
 * afterwards the configuration must hold a Server Account, as after Bootstrap-Finish — otherwise the
 * client falls back to Bootstrap-Request.
 */
import { isCompositeCodec } from '../../codecs/composite';
import { CodecError, type Lwm2mRecord } from '../../codecs/types';
import { isProtectedInstance, type BootstrapContext } from './bootstrap-context';
import { writeRecords } from './bootstrap-write';
import { bootstrapInconsistency } from './consistency';

/** Undefined when applied and consistent; else why the pack could not be used. */
export function applyBootstrapPack(ctx: BootstrapContext, contentFormat: number | undefined, payload: Buffer): string | undefined {
  const codec = contentFormat === undefined ? undefined : ctx.codecFor(contentFormat);
  if (!isCompositeCodec(codec)) return `the pack's Content-Format ${contentFormat ?? '(none)'} is not a composite format the client decodes`;
  let records: Lwm2mRecord[];
  try {
    records = codec.decodeComposite(payload, ctx.model);
  } catch (e) {
    if (e instanceof CodecError) return `malformed pack: ${e.message}`;
    throw e;
  }
  if (records.some((r) => r.path.instanceId === undefined || r.path.resourceId === undefined)) return 'the pack names something that is not a Resource';
  const { tree } = ctx;
  const objects = new Set(records.map((r) => r.path.objectId));
  for (const objectId of objects) {
    for (const instanceId of tree.instanceIds(objectId)) if (!isProtectedInstance(tree, objectId, instanceId)) tree.deleteInstance(objectId, instanceId);
  }
  writeRecords(ctx, records.filter((r) => !isProtectedInstance(tree, r.path.objectId, r.path.instanceId!)));
  return bootstrapInconsistency(tree, ctx.model);
}
