/**
 * Device Management request builders and result decoding (see dm/): re-exported under their first
 * names so existing callers keep working.
 */
export { lwm2mPath, pathText, type PathLike } from './dm/paths';
export { executeRequest, readRequest, writeRequest, type WriteOptions } from './dm/requests';
export type { DmResult, ReadResult } from './dm/results';
