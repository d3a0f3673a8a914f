/**
 * Paths as the server's callers give them: text (`/3/0/1`) or a typed ref (`Obj.Device[0].Manufacturer`).
 */
import type { Lwm2mPath } from '../../codecs/types';
import { parsePath } from '../../model/path';

/** A path as text (`/3/0/1`) or a typed ref (`Obj.Device[0].Manufacturer`). */
export type PathLike = string | { path: string };

export const pathText = (p: PathLike): string => (typeof p === 'string' ? p : p.path);

/** Throws InvalidPathError for anything that is not `/o[/i[/r[/ri]]]`. */
export const lwm2mPath = (p: PathLike): Lwm2mPath => parsePath(pathText(p));
