/**
 * What a LwM2M Server may do with a resource: the DDF `<Operations>` (R, W, E) and the objects no
 * server may touch through the DM interface.
 */
import type { ResourceDef } from '../codecs/types';

/**
 * Objects a LwM2M Server never accesses (TS-Core §7.1: the Security Object is accessible only to the
 * Bootstrap-Server; likewise OSCORE /21 and COSE /23). Any DM operation on them is 4.01 (ETS int-221).
 */
export const BOOTSTRAP_ONLY_OBJECTS: ReadonlySet<number> = new Set([0, 21, 23]);

export const isReadable = (def: ResourceDef): boolean => def.operations.includes('R');
export const isWritable = (def: ResourceDef): boolean => def.operations.includes('W');
export const isExecutable = (def: ResourceDef): boolean => def.operations.includes('E');
