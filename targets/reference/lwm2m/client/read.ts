/**
 * Read (TS-Core §6.3.1; TS-Transport §6.4.4 GET without Accept 40). Answers 2.05 with the readable
 * values under the path, 4.04 for anything absent, 4.05 for a non-readable resource and 4.06 for a
 * format the client cannot produce for that path.
 *
 * Without Accept the client chooses (TS-Core §7.4): plain text for one Resource value, TLV otherwise.
 */
import { CodecError, type Lwm2mPath } from '../codecs/types';
import type { CoapResponseSpec } from '../../transport/coap-udp/types';
import { pathDepth } from '../model/path';
import { isReadable } from './access';
import { ContentFormat } from './content-format';
import { hasExecutable, type DmContext } from './dm-context';

/** One value: a Resource Instance, or a single-instance Resource. */
function isSingleValue(ctx: DmContext, path: Lwm2mPath): boolean {
  const depth = pathDepth(path);
  if (depth === 4) return true;
  return depth === 3 && ctx.model.resource(path.objectId, path.resourceId!)?.multiple === false;
}

export function handleRead(ctx: DmContext, path: Lwm2mPath, accept: number | undefined): CoapResponseSpec {
  if (!ctx.tree.exists(path)) {
    // An executable the client implements exists but has no value to read.
    const executable = pathDepth(path) === 3 && hasExecutable(ctx, path.objectId, path.instanceId!, path.resourceId!);
    return { code: executable ? '4.05' : '4.04' };
  }
  if (path.resourceId !== undefined) {
    const def = ctx.model.resource(path.objectId, path.resourceId);
    if (!def || !isReadable(def)) return { code: '4.05' };
  }
  const single = isSingleValue(ctx, path);
  const contentFormat = accept ?? (single ? ContentFormat.PlainText : ContentFormat.Tlv);
  const codec = ctx.codecFor(contentFormat);
  if (!codec || (contentFormat === ContentFormat.PlainText && !single)) return { code: '4.06' };
  const records = ctx.tree.records(path, (o, r) => {
    const def = ctx.model.resource(o, r);
    return def !== undefined && isReadable(def);
  });
  try {
    return { code: '2.05', contentFormat, payload: codec.encode(records, path, ctx.model) };
  } catch (e) {
    if (e instanceof CodecError) return { code: '4.06' };
    throw e;
  }
}
