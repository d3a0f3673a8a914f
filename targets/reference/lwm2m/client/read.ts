/**
 * Read (TS-Core §6.3.1; TS-Transport §6.4.4 GET without Accept 40). Answers 2.05 with the readable
 * values under the path, 4.04 for anything absent, 4.05 for a non-readable resource and 4.06 for a
 * format the client cannot produce for that path (TS-Transport Table 6.7-3).
 *
 * Without Accept the client chooses (TS-Core §7.4, ETS int-237): plain text for one Resource value;
 * for anything hierarchical SenML CBOR, the compact format every LwM2M 1.1 server must read (TLV when
 * no SenML CBOR codec is available).
 */
import { CodecError, type Lwm2mPath, type Lwm2mRecord } from '../codecs/types';
import type { CoapResponseSpec } from '../../transport/coap-udp/types';
import { pathDepth } from '../model/path';
import { isReadable } from './access';
import { ContentFormat } from './content-format';
import { hasExecutable, type DmContext } from './dm-context';

/** One value: a Resource Instance, or a single-instance Resource. */
export function isSingleValue(ctx: DmContext, path: Lwm2mPath): boolean {
  const depth = pathDepth(path);
  if (depth === 4) return true;
  return depth === 3 && ctx.model.resource(path.objectId, path.resourceId!)?.multiple === false;
}

/** The client's own choice of format when the request has no Accept option. */
export function preferredFormat(ctx: DmContext, path: Lwm2mPath): number {
  if (isSingleValue(ctx, path)) return ContentFormat.PlainText;
  return ctx.codecFor(ContentFormat.SenmlCbor) ? ContentFormat.SenmlCbor : ContentFormat.Tlv;
}

/** Every readable value under an existing path (executables and write-only resources left out). */
export function readableRecords(ctx: DmContext, path: Lwm2mPath): Lwm2mRecord[] {
  return ctx.tree.records(path, (o, r) => {
    const def = ctx.model.resource(o, r);
    return def !== undefined && isReadable(def);
  });
}

/** 2.05 with the records in `contentFormat`, or 4.06 when that format cannot carry them. */
export function encodeRead(ctx: DmContext, path: Lwm2mPath, contentFormat: number, records: Lwm2mRecord[]): CoapResponseSpec {
  const codec = ctx.codecFor(contentFormat);
  if (!codec || (contentFormat === ContentFormat.PlainText && !isSingleValue(ctx, path))) return { code: '4.06' };
  try {
    return { code: '2.05', contentFormat, payload: codec.encode(records, path, ctx.model) };
  } catch (e) {
    if (e instanceof CodecError) return { code: '4.06' };
    throw e;
  }
}

/** Why the path cannot be read (4.04 / 4.05), or undefined when it can. */
export function readRefusal(ctx: DmContext, path: Lwm2mPath): string | undefined {
  if (!ctx.tree.exists(path)) {
    // An executable the client implements exists but has no value to read.
    const executable = pathDepth(path) === 3 && hasExecutable(ctx, path.objectId, path.instanceId!, path.resourceId!);
    return executable ? '4.05' : '4.04';
  }
  if (path.resourceId !== undefined) {
    const def = ctx.model.resource(path.objectId, path.resourceId);
    if (!def || !isReadable(def)) return '4.05';
  }
  return undefined;
}

export function handleRead(ctx: DmContext, path: Lwm2mPath, accept: number | undefined): CoapResponseSpec {
  const refusal = readRefusal(ctx, path);
  if (refusal) return { code: refusal };
  return encodeRead(ctx, path, accept ?? preferredFormat(ctx, path), readableRecords(ctx, path));
}
