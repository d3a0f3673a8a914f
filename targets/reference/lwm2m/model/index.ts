/** Public API of the LwM2M object model: DDF loading, paths and typed path constants. */
export * from './types';
export { parseDdf } from './ddf-parse';
export { ObjectModel, DEFAULT_DDF_DIR, compareVersions, defaultModel, loadObjectModel } from './object-model';
export { InvalidPathError, MAX_ID, formatPath, isUnder, parsePath, pathDepth, pathIds, samePath } from './path';
export { defineObject, ref, type InstanceNode, type ObjectNode, type PathRef, type ResourceIds, type ResourceRef } from './paths';
export { Obj } from './ids.generated';
