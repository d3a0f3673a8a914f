/**
 * The attributes ONE LwM2M Server attached (TS-Core §7.3: attributes are kept per server — ETS int-951
 * "each server sees only its own"), by path. Lower levels override higher ones (TS-Core §7.3.2
 * "Attachment ... Resource Instance > Resource > Object Instance > Object").
 */
import type { Lwm2mPath } from '../../codecs/types';
import { formatPath, isUnder, parsePath, pathIds } from '../../model/path';
import { overlay, type AttributeSet } from './attribute-set';

/** The path of each level from the Object down to `path` itself. */
export function levelsOf(path: Lwm2mPath): Lwm2mPath[] {
  const ids = pathIds(path);
  return ids.map((_, i) => parsePath('/' + ids.slice(0, i + 1).join('/')));
}

export class AttributeStore {
  private readonly byPath = new Map<string, AttributeSet>();

  /** What was attached at exactly this path. */
  attached(path: Lwm2mPath): AttributeSet {
    return { ...(this.byPath.get(formatPath(path)) ?? {}) };
  }

  /** Replaces what is attached at `path`; an empty set detaches everything there. */
  attach(path: Lwm2mPath, set: AttributeSet): void {
    const key = formatPath(path);
    if (Object.keys(set).length === 0) this.byPath.delete(key);
    else this.byPath.set(key, { ...set });
  }

  /** Attached at this level or inherited from the levels above (`from` limits how high to look). */
  inherited(path: Lwm2mPath, fromDepth = 1): AttributeSet {
    return levelsOf(path)
      .slice(fromDepth - 1)
      .reduce<AttributeSet>((acc, level) => overlay(acc, this.attached(level)), {});
  }

  /** Inherited from the levels above `path` only (what `path` itself attaches is left out). */
  inheritedAbove(path: Lwm2mPath): AttributeSet {
    return levelsOf(path)
      .slice(0, -1)
      .reduce<AttributeSet>((acc, level) => overlay(acc, this.attached(level)), {});
  }

  /** A deleted Object Instance (or Resource Instance) takes its attributes with it. */
  removeUnder(path: Lwm2mPath): void {
    for (const key of [...this.byPath.keys()]) if (isUnder(parsePath(key), path)) this.byPath.delete(key);
  }

  clear(): void {
    this.byPath.clear();
  }
}
