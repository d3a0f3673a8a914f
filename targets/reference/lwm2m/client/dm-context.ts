/**
 * What the Device Management handlers work on: the object tree, its model, the content formats the
 * client speaks, and the executable resources the client implements.
 */
import type { ContentCodec, ModelLookup } from '../codecs/types';
import type { ObjectTree } from './object-tree';

/** An executable resource's behaviour; runs after the 2.04 has been sent. */
export type ExecuteAction = (instanceId: number, args: Buffer) => void;

export interface DmContext {
  tree: ObjectTree;
  model: ModelLookup;
  /** The codec for a Content-Format number, or undefined when the client does not support it. */
  codecFor(contentFormat: number): ContentCodec | undefined;
  /** `objectId/resourceId` → behaviour, for Execute (TS-Core §6.3.5). */
  executables: ReadonlyMap<string, ExecuteAction>;
}

export const executableKey = (objectId: number, resourceId: number): string => `${objectId}/${resourceId}`;

/** True when /o/i/r is an executable the client implements on an existing instance. */
export function hasExecutable(ctx: DmContext, objectId: number, instanceId: number, resourceId: number): boolean {
  return ctx.tree.hasInstance(objectId, instanceId) && ctx.executables.has(executableKey(objectId, resourceId));
}
