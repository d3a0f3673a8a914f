/**
 * Plain text and opaque carry exactly one value: a single-instance Resource or one Resource Instance
 * (TS-Core §7.4.1, §7.4.2). A multiple-instance Resource has no single value, so `/3/0/6` in CF 0 is
 * rejected and the caller must address `/3/0/6/0`.
 */
import { formatPath, pathDepth, samePath } from '../model/path';
import { CodecError, type Lwm2mPath, type Lwm2mRecord, type ModelLookup, type ResourceDef } from './types';

/** Checks that `path` names a single value and returns its resource definition, if the model has one. */
export function singleValueTarget(path: Lwm2mPath, model: ModelLookup, cf: number, format: string): ResourceDef | undefined {
  let depth: number;
  try {
    depth = pathDepth(path);
  } catch (e) {
    throw new CodecError(cf, (e as Error).message);
  }
  const where = formatPath(path);
  if (depth < 3) throw new CodecError(cf, `${format} carries a single Resource value; ${where} is not a Resource path`);
  const def = model.resource(path.objectId, path.resourceId!);
  if (depth === 3 && def?.multiple) {
    throw new CodecError(cf, `${format} cannot carry multiple-instance Resource ${where}; address a Resource Instance`);
  }
  return def;
}

/** The one record to encode; it must sit exactly at the request path. */
export function singleRecord(records: readonly Lwm2mRecord[], path: Lwm2mPath, cf: number, format: string): Lwm2mRecord {
  if (records.length !== 1) throw new CodecError(cf, `${format} encodes exactly one value, got ${records.length}`);
  const record = records[0]!;
  if (!samePath(record.path, path)) {
    throw new CodecError(cf, `${format}: record ${safeFormat(record.path)} is not the request path ${formatPath(path)}`);
  }
  return record;
}

function safeFormat(p: Lwm2mPath): string {
  try {
    return formatPath(p);
  } catch {
    return JSON.stringify(p);
  }
}
